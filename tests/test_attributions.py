"""Attribution patterns from fixtures/attributions/cases.yaml, run through the model."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from factcheck.records import AttributionClaim, ClaimKind

from .conftest import FIXTURES

pytestmark = pytest.mark.model

CASES = yaml.safe_load((FIXTURES / "attributions" / "cases.yaml").read_text("utf-8"))
FIELDS = (
    "source",
    "source_text",
    "cue",
    "content",
    "channel",
    "direct",
    "vague",
    "when",
    "cue_class",
    "parent",
)


@pytest.fixture(scope="module")
def extracted():  # type: ignore[no-untyped-def]
    from factcheck.extract import extract_articles
    from factcheck.ingest import Article
    from factcheck.settings import Settings

    articles = [Article(id=c["id"], path=None, text=c["text"]) for c in CASES]
    settings = Settings(published=dt.date(2023, 9, 2))
    return {e.document.id: e for e in extract_articles(articles, settings=settings)}


def _observed(att: AttributionClaim, keys: list[str]) -> dict[str, object]:
    return {k: getattr(att, k) for k in keys}


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_attributions_pattern(case, extracted) -> None:  # type: ignore[no-untyped-def]
    extraction = extracted[case["id"]]
    atts = extraction.of_kind(ClaimKind.ATTRIBUTION)
    expected = case["expect"]
    got = [
        _observed(a, [k for k in FIELDS if k in e])
        for a, e in zip(atts, expected, strict=False)
    ]
    assert got == expected
    assert len(atts) == len(expected)
    for att in atts:  # spans always index the text they claim to
        text = case["text"]
        assert text[att.content_span[0] : att.content_span[1]] != ""
        if att.source_span is None:
            assert att.source is None and att.source_text is None
        else:
            assert text[att.source_span[0] : att.source_span[1]] == att.source_text
    if case.get("warning"):
        assert case["warning"] in {d.code for d in extraction.diagnostics}
