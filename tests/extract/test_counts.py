"""Counts from hand-built parses (no trained model): counted, event, exclusions."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc, Span

from factcheck.extract import counts
from factcheck.extract.context import DocContext
from factcheck.records import ClaimKind, DateClaim


@pytest.fixture(scope="module")
def vocab():  # type: ignore[no-untyped-def]
    return spacy.blank("en").vocab


def make_doc(vocab, rows, ents=()):  # type: ignore[no-untyped-def]
    """rows: (word, head index, dep, pos[, space]); ents: (start, end, label)."""
    words = [r[0] for r in rows]
    spaces = [r[4] if len(r) > 4 else True for r in rows]
    spaces[-1] = False
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
    )
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def counts_of(doc, dates=()):  # type: ignore[no-untyped-def]
    ctx = DocContext(doc=doc, text=doc.text, published=dt.date(2023, 9, 2))
    ctx.claims[ClaimKind.DATE] = list(dates)
    return list(counts.extract(ctx))


def test_counts_counted_phrase_and_passive_event(vocab) -> None:  # type: ignore[no-untyped-def]
    # Fifty prison guards were freed .
    doc = make_doc(
        vocab,
        [
            ("Fifty", 2, "nummod", "NUM"),
            ("prison", 2, "compound", "NOUN"),
            ("guards", 4, "nsubjpass", "NOUN"),
            ("were", 4, "auxpass", "AUX"),
            ("freed", 4, "ROOT", "VERB", False),
            (".", 4, "punct", "PUNCT"),
        ],
    )
    (c,) = counts_of(doc)
    assert (c.value, c.counted, c.event) == (50, "prison guards", "freed")
    assert doc.text[c.counted_span[0] : c.counted_span[1]] == "prison guards"


def test_counts_conjoined_count_shares_the_event(vocab) -> None:  # type: ignore[no-untyped-def]
    # Fifty guards and seven officers were freed
    doc = make_doc(
        vocab,
        [
            ("Fifty", 1, "nummod", "NUM"),
            ("guards", 6, "nsubjpass", "NOUN"),
            ("and", 1, "cc", "CCONJ"),
            ("seven", 4, "nummod", "NUM"),
            ("officers", 1, "conj", "NOUN"),
            ("were", 6, "auxpass", "AUX"),
            ("freed", 6, "ROOT", "VERB"),
        ],
    )
    assert [(c.value, c.counted, c.event) for c in counts_of(doc)] == [
        (50, "guards", "freed"),
        (7, "officers", "freed"),
    ]


def test_counts_left_people_dead_takes_the_result(vocab) -> None:  # type: ignore[no-untyped-def]
    # The uprising left 31 people dead
    doc = make_doc(
        vocab,
        [
            ("The", 1, "det", "DET"),
            ("uprising", 2, "nsubj", "NOUN"),
            ("left", 2, "ROOT", "VERB"),
            ("31", 4, "nummod", "NUM"),
            ("people", 2, "dobj", "NOUN"),
            ("dead", 2, "oprd", "ADJ"),
        ],
    )
    (c,) = counts_of(doc)
    assert (c.value, c.counted, c.event) == (31, "people", "dead")


def test_counts_x_of_the_y(vocab) -> None:  # type: ignore[no-untyped-def]
    # six of the prisoners escaped
    doc = make_doc(
        vocab,
        [
            ("six", 4, "nsubj", "NUM"),
            ("of", 0, "prep", "ADP"),
            ("the", 3, "det", "DET"),
            ("prisoners", 1, "pobj", "NOUN"),
            ("escaped", 4, "ROOT", "VERB"),
        ],
    )
    (c,) = counts_of(doc)
    assert (c.value, c.counted) == (6, "prisoners")


def test_counts_one_of_which_resolves_the_antecedent(vocab) -> None:  # type: ignore[no-untyped-def]
    # bombs targeted buildings , one of which is empty
    doc = make_doc(
        vocab,
        [
            ("bombs", 1, "nsubj", "NOUN"),
            ("targeted", 1, "ROOT", "VERB"),
            ("buildings", 1, "dobj", "NOUN", False),
            (",", 2, "punct", "PUNCT"),
            ("one", 7, "nsubj", "NUM"),
            ("of", 4, "prep", "ADP"),
            ("which", 5, "pobj", "PRON"),
            ("is", 2, "relcl", "AUX"),
            ("empty", 7, "acomp", "ADJ"),
        ],
    )
    (c,) = counts_of(doc)
    assert (c.value, c.counted) == (1, "buildings")


def test_counts_qualifier_is_kept_in_the_span(vocab) -> None:  # type: ignore[no-untyped-def]
    # more than 2,200 personnel
    doc = make_doc(
        vocab,
        [
            ("more", 2, "amod", "ADJ"),
            ("than", 2, "quantmod", "ADP"),
            ("2,200", 3, "nummod", "NUM"),
            ("personnel", 3, "ROOT", "NOUN"),
        ],
    )
    (c,) = counts_of(doc)
    assert (c.text, c.modifier, c.value, c.counted) == (
        "more than 2,200",
        "more_than",
        2200,
        "personnel",
    )


def test_counts_numbers_in_dates_are_not_counts(vocab) -> None:  # type: ignore[no-untyped-def]
    # killed on August 9
    doc = make_doc(
        vocab,
        [
            ("killed", 0, "ROOT", "VERB"),
            ("on", 0, "prep", "ADP"),
            ("August", 1, "pobj", "PROPN"),
            ("9", 2, "nummod", "NUM"),
        ],
    )
    date = DateClaim(text="August 9", span=(10, 18), value="2023-08-09")
    assert counts_of(doc, [date]) == []


def test_counts_durations_are_dates_not_counts(vocab) -> None:  # type: ignore[no-untyped-def]
    # jailed for three years: reported once, as the duration P3Y (#17)
    doc = make_doc(
        vocab,
        [
            ("jailed", 0, "ROOT", "VERB"),
            ("for", 0, "prep", "ADP"),
            ("three", 3, "nummod", "NUM"),
            ("years", 1, "pobj", "NOUN"),
        ],
    )
    duration = DateClaim(
        text="three years", span=(11, 22), value="P3Y", type="DURATION"
    )
    assert counts_of(doc, [duration]) == []
    # without the duration claim the same number is a count of years
    (c,) = counts_of(doc)
    assert (c.value, c.unit) == (3, "year")


def test_counts_numbers_inside_names_are_not_counts(vocab) -> None:  # type: ignore[no-untyped-def]
    # Apollo 11 landed
    doc = make_doc(
        vocab,
        [
            ("Apollo", 2, "nsubj", "PROPN"),
            ("11", 0, "nummod", "NUM"),
            ("landed", 2, "ROOT", "VERB"),
        ],
        ents=[(0, 2, "PRODUCT")],
    )
    assert counts_of(doc) == []


def test_counts_ordinals_are_not_counts(vocab) -> None:  # type: ignore[no-untyped-def]
    # the first time
    doc = make_doc(
        vocab,
        [
            ("the", 2, "det", "DET"),
            ("first", 2, "amod", "ADJ"),
            ("time", 2, "ROOT", "NOUN"),
        ],
    )
    assert counts_of(doc) == []
