"""Hostile input in linear time: paragraphs parsed on their own, no quadratic scans.

Speed itself is measured in benchmarks/bench_hostile.py, not asserted here; these
tests check that the linear paths give the answers of the old ones.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.nlp import PIECE, paragraph_pieces, split_pieces
from factcheck.timex import engine
from factcheck.timex.candidates import Candidate
from factcheck.timex.resolve import Context
from factcheck.timex.values import calendar_limit

# --- timex: select() by bisection picks what the scan of every span picked ---


def _cand(start: int, width: int, prio: int, weak: bool) -> Candidate:
    return Candidate(
        start=start, end=start + width, type="DATE", gran="day", value="2023",
        prio=prio, weak=weak,
    )  # fmt: skip


@given(
    st.lists(
        st.builds(
            _cand,
            st.integers(0, 60),
            st.integers(0, 12),
            st.integers(0, 3),
            st.booleans(),
        ),
        max_size=40,
    )
)
def test_select_matches_the_pairwise_scan(cands: list[Candidate]) -> None:
    fast = engine.select(list(cands))
    slow = engine._select_slow(list(cands))
    assert [(c.start, c.end, c.prio) for c in fast] == [
        (c.start, c.end, c.prio) for c in slow
    ]
    assert [id(c) for c in fast] == [id(c) for c in slow]


def test_select_keeps_longest_and_drops_overlaps() -> None:
    long, inner, apart, touching = (
        _cand(10, 20, 0, False),
        _cand(15, 3, 0, False),
        _cand(40, 5, 0, False),
        _cand(30, 4, 0, False),
    )
    assert engine.select([inner, apart, long, touching]) == [long, touching, apart]


# --- timex: only calendar limits are swallowed, a bug is not ---


@pytest.mark.parametrize(
    "make",
    [
        lambda: dt.date(10000, 1, 1),
        lambda: dt.date(2023, 2, 30),
        lambda: dt.date(2023, 13, 1),
        lambda: dt.date.fromordinal(0),
        lambda: dt.date.fromisocalendar(10000, 1, 1),
        lambda: dt.date.fromisocalendar(2023, 53, 1),
        lambda: dt.date.max + dt.timedelta(days=1),
        lambda: int("9" * 5000),
    ],
)
def test_calendar_limit_recognizes_calendar_errors(make) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises((ValueError, OverflowError)) as info:
        make()
    assert calendar_limit(info.value)


@pytest.mark.parametrize(
    "make",
    [
        lambda: int("twelve"),
        lambda: [1, 2].index(3),
        lambda: dict([(1, 2, 3)]),
        lambda: float("soon"),
    ],
)
def test_calendar_limit_rejects_other_value_errors(make) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError) as info:
        make()
    assert not calendar_limit(info.value)


class _Found:
    """A regex match stand-in for engine._run."""

    def start(self) -> int:
        return 4

    def end(self) -> int:
        return 13


def test_run_keeps_a_date_past_the_calendar_as_beyond() -> None:
    ctx = Context("on 9999-12-31 next year", dt.date(9999, 12, 31), None)

    def next_year(context: Context, match: object) -> Candidate | None:
        if context.ref is None:
            return None
        return _cand(context.ref.replace(year=context.ref.year + 1).year, 1, 0, False)

    assert engine._run(next_year, ctx, _Found()) is None  # type: ignore[arg-type]
    assert ctx.beyond == [(4, 13)]


def test_run_lets_a_bug_through() -> None:
    ctx = Context("on Tuesday", dt.date(2023, 9, 2), None)

    def buggy(context: Context, match: object) -> Candidate:
        return _cand(int("Tuesday"), 1, 0, False)

    with pytest.raises(ValueError, match="invalid literal"):
        engine._run(buggy, ctx, _Found())  # type: ignore[arg-type]


# --- splitting a long text into pieces (no model) ---

_WORDS = st.sampled_from(
    ["Police", "said", "40", "inmates.", "escaped,", "on", "Tuesday;", "x" * 30, "\n"]
)


@settings(max_examples=60)
@given(st.lists(_WORDS, min_size=0, max_size=400), st.integers(20, 200))
def test_split_pieces_join_back_and_stay_bounded(words: list[str], size: int) -> None:
    text = " ".join(words).replace(" \n ", "\n")
    pieces = split_pieces(text, size)
    assert "".join(pieces) == text
    assert all(pieces)
    for piece in pieces[1:]:
        assert not piece[0].isspace()
    for piece in pieces[:-1]:
        assert len(piece.rstrip()) <= size


def test_split_pieces_cut_at_paragraphs_then_sentences() -> None:
    paragraph = "The council met on Monday. It voted 7 to 2 for the plan.\n"
    text = paragraph * 40
    pieces = split_pieces(text, 500)
    assert len(pieces) > 1
    assert all(piece.endswith("\n") for piece in pieces)
    one_line = text.replace("\n", " ").strip()
    pieces = split_pieces(one_line, 500)
    assert all(piece.endswith(". ") for piece in pieces[:-1])
    assert split_pieces("short text", 500) == ["short text"]


# --- parsing paragraph by paragraph (model) ---


def _story(size: int) -> str:
    """Made-up news copy of about `size` characters, one paragraph a line."""
    names = ["Ana Ruiz", "Kofi Mensah", "Lena Novak", "Omar Haddad", "Ines Ferreira"]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    lines, total, i = [], 0, 0
    while total < size:
        line = (
            f"Officials said {i % 80 + 12} families left the valley on {days[i % 5]}. "
            f'"The water kept rising," {names[i % 5]} told reporters in {2000 + i % 23}.\n'
        )
        lines.append(line)
        total += len(line)
        i += 1
    return "".join(lines).rstrip("\n")


def _claims(doc, text: str):  # type: ignore[no-untyped-def]
    from factcheck.extract import extract_claims
    from factcheck.ingest import Article
    from factcheck.settings import Settings

    article = Article(id="t", path=None, text=text)
    extraction = extract_claims(
        doc, article, settings=Settings(published=dt.date(2023, 9, 2))
    )
    return extraction.claims


def _assert_valid_spans(doc, text: str) -> None:  # type: ignore[no-untyped-def]
    assert doc.text == text
    for tok in doc:
        assert text[tok.idx : tok.idx + len(tok.text)] == tok.text
    for span in [*doc.ents, *doc.sents]:
        assert text[span.start_char : span.end_char] == span.text
        assert span.text.strip()  # no entity or sentence is only whitespace


def _by_paragraph(doc):  # type: ignore[no-untyped-def]
    """Each paragraph's annotations, with offsets relative to the paragraph."""
    out = []
    start = 0
    for piece in paragraph_pieces(doc.text):
        span = doc.char_span(start, start + len(piece), alignment_mode="expand")
        out.append(
            (
                piece,
                [
                    (t.idx - start, t.text, t.tag_, t.dep_, t.head.i - span.start,
                     t.ent_iob_, t.ent_type_, t.is_sent_start)
                    for t in span
                ],
            )
        )  # fmt: skip
        start += len(piece)
    return out


# Made-up copy whose paragraphs a whole-Doc parse reads differently from the
# paragraphs alone (the dateline paragraph's "board" and "n't" are re-tagged by
# what follows it).
_HARBOR = """DOVER, Del. (AP) \u2014 The harbor board won\u2019t vote on the ferry plan until spring, its chair said Tuesday.
\u201cWe don\u2019t have the numbers yet,\u201d said Marta Quell, who has led the board since 2019.
The latest _ and maybe last _ draft went to members on Friday.
Critics argue the plan favors the port\u2019s biggest tenant, Calloway Lines.
Between the two sides, few expect a deal soon.
Poor weather has kept the old ferry in dock for weeks."""


@pytest.mark.model
def test_a_story_parses_as_its_paragraphs_do_alone() -> None:
    from factcheck.nlp import load_pipeline, parse_texts

    nlp = load_pipeline(None)
    text = _HARBOR + "\n" + _story(1_500)
    (doc,) = parse_texts(nlp, [text])
    _assert_valid_spans(doc, text)
    pieces = paragraph_pieces(text)
    assert len(pieces) > 10 and "".join(pieces) == text
    alone = [parse_texts(nlp, [piece]) for piece in pieces]
    assert _by_paragraph(doc) == [_by_paragraph(next(d))[0] for d in alone]


@pytest.mark.model
def test_an_inserted_paragraph_leaves_the_others_alone() -> None:
    """The locality a diff needs: the words around an edit are read as before."""
    from factcheck.nlp import load_pipeline, parse_texts

    nlp = load_pipeline(None)
    lines = _HARBOR.split("\n")
    # An editor's "UPDATE" line after the dateline paragraph re-tagged it when
    # the story was parsed as one Doc.
    for inserted in ("UPDATE", "Nobody from the ministry replied."):
        for at in range(1, len(lines)):
            edited = "\n".join([*lines[:at], inserted, *lines[at:]])
            before, after = parse_texts(nlp, [_HARBOR, edited])
            old, new = _by_paragraph(before), _by_paragraph(after)
            assert new[at][0] == inserted + "\n"
            assert new[:at] + new[at + 1 :] == old


@pytest.mark.model
def test_a_one_paragraph_text_parses_as_one_doc() -> None:
    from factcheck.nlp import load_pipeline, parse_texts, pipe_masked

    nlp = load_pipeline(None)
    short = "Two boats sank on Friday, the coast guard said."
    one_line = _story(PIECE - 500).replace("\n", " ")
    one_line = one_line[: one_line.rfind(". ", 0, PIECE) + 1]
    assert paragraph_pieces(one_line) == [one_line]
    docs = list(parse_texts(nlp, [short, one_line]))
    wanted = list(pipe_masked(nlp, [short, one_line], batch_size=2))
    for doc, want in zip(docs, wanted, strict=True):
        assert doc.to_bytes(exclude=["user_data"]) == want.to_bytes(
            exclude=["user_data"]
        )


@pytest.mark.model
def test_long_mixed_batch_keeps_order_and_spans() -> None:
    from factcheck.nlp import load_pipeline, parse_texts

    nlp = load_pipeline(None)
    long = _story(5 * PIECE + 15_000)
    # One over-long paragraph: cut at sentence ends inside it.
    one_paragraph = long.replace("\n", " ")
    texts = ["Nine ferries ran late on Sunday.", long, "", one_paragraph, "Done."]
    docs = list(parse_texts(nlp, texts))
    assert [d.text for d in docs] == texts
    for doc, text in zip(docs, texts, strict=True):
        _assert_valid_spans(doc, text)
    # Sentences never run across a cut, and each is whole text of the input.
    assert len(list(docs[3].sents)) >= len(split_pieces(one_paragraph))


@pytest.mark.model
def test_long_text_claims_have_valid_evidence() -> None:
    from factcheck.extract import extract_articles
    from factcheck.ingest import Article
    from factcheck.settings import Settings

    text = _story(5 * PIECE + 5_000).replace("\n", "\n\n   ")
    article = Article(id="t", path=None, text=text)
    settings = Settings(published=dt.date(2023, 9, 2), max_chars=50 * PIECE)
    (extraction,) = extract_articles([article], settings=settings)
    assert len(extraction.claims) > 100
    for claim in extraction.claims:
        start, end = claim.span
        assert text[start:end] == claim.text
