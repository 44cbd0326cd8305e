"""The seed article end to end: the claims a fact-checker reads off it by hand."""

from __future__ import annotations

import pytest

from factcheck.records import ClaimKind

pytestmark = pytest.mark.model


def by_text(extraction, kind: ClaimKind):  # type: ignore[no-untyped-def]
    return {(c.paragraph, c.text): c for c in extraction.of_kind(kind)}


def find(extraction, kind: ClaimKind, para: int, contains: str):  # type: ignore[no-untyped-def]
    hits = [
        c
        for c in extraction.of_kind(kind)
        if c.paragraph == para and contains in c.text
    ]
    assert hits, f"no {kind.value} containing {contains!r} in paragraph {para}"
    return hits[0]


@pytest.mark.parametrize(
    ("para", "surface", "value", "modifier", "counted", "source"),
    [
        (0, "Fifty", 50, "exact", "prison guards", "authorities"),
        (0, "seven", 7, "exact", "police officers", "authorities"),
        (0, "six", 6, "exact", "prisons", "authorities"),
        (1, "2,200", 2200, "more_than", "security personnel", "SNAI"),
        (3, "two", 2, "exact", "car bombs", "Ministry of the Interior"),
        (3, "six", 6, "at_least", "people", "Ministry of the Interior"),
        (6, "106", 106, "exact", "prison guards", "SNAI"),
        (6, "five", 5, "exact", "different prisons", "SNAI"),
        (7, "31", 31, "exact", "people", "Attorney General's office"),
    ],
)
def test_seed_counts(
    seed_extraction, para, surface, value, modifier, counted, source
) -> None:  # type: ignore[no-untyped-def]
    c = find(seed_extraction, ClaimKind.COUNT, para, surface)
    assert (c.value, c.modifier, c.counted, c.source) == (
        value,
        modifier,
        counted,
        source,
    )


def test_seed_count_events_and_when(seed_extraction) -> None:  # type: ignore[no-untyped-def]
    assert find(seed_extraction, ClaimKind.COUNT, 0, "Fifty").event == "freed"
    assert find(seed_extraction, ClaimKind.COUNT, 7, "31").event == "dead"
    assert find(seed_extraction, ClaimKind.COUNT, 3, "two").when == "2023-08-31"
    assert find(seed_extraction, ClaimKind.COUNT, 6, "106").when == "2023-07"


def test_seed_not_counts(seed_extraction) -> None:  # type: ignore[no-untyped-def]
    texts = {c.text for c in seed_extraction.of_kind(ClaimKind.COUNT)}
    assert "first" not in texts and "9" not in texts


@pytest.mark.parametrize(
    ("para", "surface", "value", "granularity"),
    [
        (1, "Thursday", "2023-08-31", "day"),
        (3, "Thursday", "2023-08-31", "day"),
        (4, "Saturday", "2023-09-02", "day"),
        (6, "July", "2023-07", "month"),
        (10, "August 9", "2023-08-09", "day"),
    ],
)
def test_seed_dates(seed_extraction, para, surface, value, granularity) -> None:  # type: ignore[no-untyped-def]
    d = find(seed_extraction, ClaimKind.DATE, para, surface)
    assert (d.value, d.granularity) == (value, granularity)


def test_seed_no_date_for_we_or_to_date(seed_extraction, seed_text) -> None:  # type: ignore[no-untyped-def]
    for d in seed_extraction.of_kind(ClaimKind.DATE):
        assert d.text.lower() not in ("we", "to date", "date")


def test_seed_actors(seed_extraction) -> None:  # type: ignore[no-untyped-def]
    actors = {a.name: a for a in seed_extraction.of_kind(ClaimKind.ACTOR)}
    assert actors["SNAI"].type == "ORG"
    assert {"Ecuador's penitentiary service", "the agency"} <= set(
        actors["SNAI"].aliases
    )
    assert actors["Ministry of the Interior"].aliases == ("the ministry",)
    assert actors["Guillermo Lasso"].role == "President"
    assert actors["Fernando Villavicencio"].role == "presidential candidate"
    assert actors["Guayaquil"].type == "GPE"  # "the port city of Guayaquil"
    assert "Twitter" not in actors and "X" not in actors  # channels, not people


def test_seed_attributions(seed_extraction) -> None:  # type: ignore[no-untyped-def]
    atts = seed_extraction.of_kind(ClaimKind.ATTRIBUTION)
    summary = [
        (a.paragraph, a.source, a.cue, a.channel, a.direct, a.vague) for a in atts
    ]
    assert summary == [
        (0, "authorities", "said", None, False, True),
        (1, "SNAI", "according to", None, False, False),
        (2, "military", "said", "X", False, False),
        (3, "Ministry of the Interior", "according to", None, False, False),
        (3, "Ministry of the Interior", "said", None, False, False),
        (4, "SNAI", "said", None, False, False),
        (5, "Guillermo Lasso", "said", "X", True, False),
        (5, "Guillermo Lasso", "said", "X", True, False),
        (6, "SNAI", "said", None, False, False),
        (7, "Attorney General's office", "according to", None, False, False),
    ]
    split = atts[1]
    assert [seed_extraction_text(split, s) for s in split.content_spans] == [
        "The protests began on Thursday",
        "hours after the military carried out a major operation involving more than "
        "2,200 security personnel at prison in Latacunga, a city south of the capital, "
        "Quito",
    ]
    assert atts[3].source_text == "Ecuador's Ministry of the Interior"
    assert atts[4].source_text == "the ministry"
    assert atts[5].when == "2023-09-02" and atts[8].when == "2023-07"


def seed_extraction_text(att, span) -> str:  # type: ignore[no-untyped-def]
    start = span[0] - att.span[0]
    return att.text[start : start + span[1] - span[0]]
