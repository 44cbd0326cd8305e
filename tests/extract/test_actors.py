"""Actors through the model: merging, aliases, roles and the model's known slips."""

from __future__ import annotations

import pytest

from factcheck.records import ClaimKind

pytestmark = pytest.mark.model


def actors_of(text: str) -> dict[str, object]:
    from factcheck.extract import extract_articles
    from factcheck.ingest import Article
    from factcheck.settings import Settings

    (ex,) = extract_articles(
        [Article(id="t", path=None, text=text)], settings=Settings()
    )
    return {a.name: a for a in ex.of_kind(ClaimKind.ACTOR)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ecuadorian President Guillermo Lasso spoke on Monday.",
            "Guillermo Lasso",
            "President",
        ),
        (
            "Interior Minister Juan Zapata told a news conference that it was over.",
            "Juan Zapata",
            "Interior Minister",
        ),
        (
            "Police Chief Maria Gomez said the suspects fled north.",
            "Maria Gomez",
            "Police Chief",
        ),
        ("Vice President Ana Lopez left the country.", "Ana Lopez", "Vice President"),
        (
            "The victim was presidential candidate Fernando Villavicencio.",
            "Fernando Villavicencio",
            "presidential candidate",
        ),
    ],
)
def test_actors_role_from_title(text: str, name: str, role: str) -> None:
    actors = actors_of(text)
    assert actors[name].role == role  # type: ignore[attr-defined]
    assert "Interior" not in actors  # a portfolio is not an organisation


def test_actors_surname_merges_with_full_name() -> None:
    actors = actors_of("Guillermo Lasso spoke first. Later, Lasso said he was firm.")
    lasso = actors["Guillermo Lasso"]
    assert "Lasso" not in actors
    assert len(lasso.mentions) == 2  # type: ignore[attr-defined]


def test_actors_apposition_gives_acronym_an_alias() -> None:
    actors = actors_of(
        "The riot began, according to Ecuador's penitentiary service, the SNAI. "
        "The agency said it was over."
    )
    snai = actors["SNAI"]
    assert "Ecuador's penitentiary service" in snai.aliases  # type: ignore[attr-defined]
    assert "the agency" in snai.aliases  # type: ignore[attr-defined]


def test_actors_platforms_and_port_cities() -> None:
    actors = actors_of(
        "The military said on X, formerly known as Twitter, that it was ready. "
        "A riot in the port city of Guayaquil left 31 people dead."
    )
    assert "Twitter" not in actors and "X" not in actors
    assert actors["Guayaquil"].type == "GPE"  # type: ignore[attr-defined]
