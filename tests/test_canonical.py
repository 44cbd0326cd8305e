"""canonical: the whitespace-invariant text the parser reads, spans mapped back."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.canonical import canonicalize
from factcheck.paragraphs import paragraph_spans
from factcheck.records import ActorClaim, AttributionClaim, Claim, CountClaim

from .conftest import PUBLISHED

# ---------------------------------------------------------------- the canonical text


def test_canonical_collapses_spaces_and_unifies_line_breaks() -> None:
    text = "Ten  buses\tleft.\r\nThe\u00a0mayor\u2009spoke.\rNine\u3000more came."
    assert canonicalize(text).text == (
        "Ten buses left.\nThe mayor spoke.\nNine more came."
    )


def test_canonical_joins_hard_wrapped_lines_of_a_block() -> None:
    text = (
        "  The council met on\nTuesday and voted\r\n  twice.\n\n\n\n"
        "It adjourned.  \n\n"
    )
    assert canonicalize(text).text == (
        "The council met on Tuesday and voted twice.\nIt adjourned."
    )


def test_canonical_lines_are_paragraphs_without_blank_lines() -> None:
    text = "\n\nThe council met.\nIt adjourned.\n\n"
    assert canonicalize(text).text == "The council met.\nIt adjourned."


def test_canonical_of_canonical_text_is_itself_and_maps_to_itself() -> None:
    text = "The council met.\nIt adjourned."
    canon = canonicalize(text)
    assert canon.text == text
    assert canon.is_identity
    assert canon.span((4, 11)) == (4, 11)


def test_canonical_whitespace_only_text_is_empty() -> None:
    for text in ("", " ", "\r\n\t\u00a0\n"):
        canon = canonicalize(text)
        assert canon.text == ""
        assert canon.span((0, 0)) == (len(text), len(text))


def test_canonical_span_over_collapsed_spaces_covers_them_all() -> None:
    text = "Mayor  Lena\u00a0\u00a0Ortiz\r\n  resigned."
    canon = canonicalize(text)
    start = canon.text.index("Lena Ortiz")
    a, b = canon.span((start, start + len("Lena Ortiz")))
    assert text[a:b] == "Lena\u00a0\u00a0Ortiz"
    whole = canon.span((0, len(canon.text)))
    assert text[whole[0] : whole[1]] == text


def test_canonical_empty_span_stays_empty() -> None:
    canon = canonicalize("A  b.\n\n\nC.")
    for offset in range(len(canon.text) + 1):
        a, b = canon.span((offset, offset))
        assert a == b


# Texts made of a few words and every kind of whitespace, in runs.
_WORDS = st.sampled_from(["Ten", "buses", "left.", "Mr.", "Ortiz", "1,200", "(AP)"])
_SPACES = st.sampled_from(
    [" ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u00a0"]
    + ["\u2009", "\u3000", " \n ", "\u2028", "\u2029", "\x85", "\n \t\n"]
)
_TEXTS = st.lists(st.tuples(_SPACES, _WORDS), max_size=12).flatmap(
    lambda parts: _SPACES.map(lambda tail: "".join(s + w for s, w in parts) + tail)
)


# A loaded machine must not fail a test of pure code (generation is cheap here).
_SLOW = [HealthCheck.too_slow]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@settings(
    derandomize=True, max_examples=300, deadline=None, suppress_health_check=_SLOW
)
@given(_TEXTS, st.data())
def test_canonical_every_span_maps_into_the_original(text: str, data: Any) -> None:
    canon = canonicalize(text)
    n = len(canon.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    a, b = canon.span((start, end))
    assert 0 <= a <= b <= len(text)
    # The original range holds the same words, spaced as written.
    assert _squeeze(text[a:b]) == _squeeze(canon.text[start:end])
    # Monotone: a later canonical span never starts earlier in the original.
    if end > start:
        assert canon.span((start, start + 1))[0] == a
        assert canon.span((end - 1, end))[1] == b


@settings(
    derandomize=True, max_examples=200, deadline=None, suppress_health_check=_SLOW
)
@given(_TEXTS)
def test_canonical_is_the_same_for_every_spacing_of_the_same_words(text: str) -> None:
    canon = canonicalize(text)
    assert canonicalize(canon.text).text == canon.text
    # One paragraph per canonical line, as many as in the original.
    assert len(paragraph_spans(canon.text)) == len(paragraph_spans(text))
    assert _squeeze(canon.text) == _squeeze(text)


# ---------------------------------------------------------------- claims


STORY = (
    "Flood waters forced 1,200 residents of Port Alder from their homes on "
    "Tuesday, the county sheriff said.\n"
    "Mayor Lena Ortiz said 14 shelters had opened by Wednesday night. \"We have "
    "room for everyone,\" she said.\n"
    "The National Weather Service expects two more inches of rain by Friday.\n"
    "Governor Tom Reyes visited the town hall on Thursday and promised $3 million "
    "in aid, according to a statement from his office.\n"
)


def _respace(story: str, how: str) -> str:
    paragraphs = story.rstrip("\n").split("\n")
    if how == "double":
        return "\n".join(
            p.replace(". ", ".  ").replace(" the ", "  the ") for p in paragraphs
        )
    if how == "crlf":
        return "\r\n".join(p + "  " for p in paragraphs) + "\r\n"
    if how == "cr":
        return "\r".join(paragraphs) + "\r"
    if how == "nbsp":
        return "\n".join(
            p.replace("Lena Ortiz", "Lena\u00a0Ortiz").replace("Mayor ", "Mayor\u00a0")
            .replace("Governor Tom", "Governor\u202fTom")
            for p in paragraphs
        )
    if how == "wrapped":
        return "\n\n".join(_wrap(p, 38) for p in paragraphs) + "\n"
    if how == "blank":
        return "\n\n" + "\n\n\n".join(paragraphs) + "\n\n\n"
    if how == "tabs":
        return "\n".join("\t" + p.replace(", ", ",\t") for p in paragraphs)
    raise ValueError(how)


def _wrap(paragraph: str, width: int) -> str:
    lines: list[str] = []
    for word in paragraph.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


_SPAN_FIELDS = (
    "span",
    "counted_span",
    "source_span",
    "cue_span",
    "content_span",
    "content_spans",
    "mentions",
    "text",
    "source_text",
)


def _without_spans(claim: Claim) -> dict[str, Any]:
    from factcheck.records import claim_to_dict

    data = claim_to_dict(claim)
    return {k: v for k, v in data.items() if k not in _SPAN_FIELDS}


def _extract(*texts: str) -> list[Any]:
    from factcheck.extract import extract_articles
    from factcheck.ingest import Article
    from factcheck.settings import Settings

    articles = [Article(id=str(i), path=None, text=t) for i, t in enumerate(texts)]
    return list(extract_articles(articles, settings=Settings(published=PUBLISHED)))


def _assert_spans_index_the_text(text: str, claims: tuple[Claim, ...]) -> None:
    for c in claims:
        assert text[c.span[0] : c.span[1]] == c.text
        if isinstance(c, AttributionClaim):
            assert text[c.source_span[0] : c.source_span[1]] == c.source_text
            for a, b in (c.cue_span, c.content_span, *c.content_spans):
                assert 0 <= a <= b <= len(text)
        if isinstance(c, ActorClaim):
            for a, b in c.mentions:
                assert 0 <= a < b <= len(text)
                assert text[a:b].strip() == text[a:b]  # a name, not its spacing
        if isinstance(c, CountClaim) and c.counted_span is not None:
            a, b = c.counted_span
            assert _squeeze(text[a:b]) == _squeeze(c.counted or "")


VARIANTS = ["double", "crlf", "cr", "nbsp", "wrapped", "blank", "tabs"]


@pytest.mark.model
def test_canonical_whitespace_variants_give_the_same_claims() -> None:
    texts = [STORY] + [_respace(STORY, how) for how in VARIANTS]
    base, *others = _extract(*texts)
    kinds = {c.kind for c in base.claims}
    assert len(kinds) == 4, "the story must exercise every claim kind"
    expected = [_without_spans(c) for c in base.claims]
    for how, text, extraction in zip(VARIANTS, texts[1:], others, strict=True):
        assert [_without_spans(c) for c in extraction.claims] == expected, how
        _assert_spans_index_the_text(text, extraction.claims)


@pytest.mark.model
def test_canonical_nbsp_in_a_title_keeps_the_role() -> None:
    (plain, nbsp) = _extract(STORY, _respace(STORY, "nbsp"))
    roles = {c.name: c.role for c in plain.claims if isinstance(c, ActorClaim)}
    assert roles.get("Lena Ortiz") == "Mayor"
    assert {c.name: c.role for c in nbsp.claims if isinstance(c, ActorClaim)} == roles


@pytest.mark.model
def test_canonical_paragraph_numbers_follow_the_text_as_written() -> None:
    from factcheck.paragraphs import paragraph_starts

    text = _respace(STORY, "wrapped")
    (extraction,) = _extract(text)
    starts = paragraph_starts(text)
    assert len(starts) == 4
    for c in extraction.claims:
        # The paragraph a claim reports is the one its span lies in.
        assert starts[c.paragraph] <= c.span[0]
        assert c.paragraph + 1 == len(starts) or c.span[0] < starts[c.paragraph + 1]
