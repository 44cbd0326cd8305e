"""The small hooks in extract/counts.py that the numbers work relies on, on
hand-built parses (no trained model)."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc, Span

from factcheck.extract import counts
from factcheck.extract.context import DocContext


@pytest.fixture(scope="module")
def vocab():  # type: ignore[no-untyped-def]
    return spacy.blank("en").vocab


def make_doc(vocab, rows, ents=()):  # type: ignore[no-untyped-def]
    """rows: (word, head index, dep, pos[, tag]); ents: (start, end, label)."""
    doc = Doc(
        vocab,
        words=[r[0] for r in rows],
        spaces=[True] * (len(rows) - 1) + [False],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] if len(r) > 4 else "" for r in rows],
    )
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def counts_of(doc):  # type: ignore[no-untyped-def]
    ctx = DocContext(doc=doc, text=doc.text, published=dt.date(2024, 5, 1))
    return list(counts.extract(ctx))


def test_a_number_tagged_as_a_name_without_letters_stays_a_count(vocab) -> None:  # type: ignore[no-untyped-def]
    # Losses were -40 points  (the tagger slipped: "-40" as ORG)
    doc = make_doc(
        vocab,
        [
            ("Losses", 1, "nsubj", "NOUN"),
            ("were", 1, "ROOT", "AUX"),
            ("-40", 3, "nummod", "NUM"),
            ("points", 1, "attr", "NOUN"),
        ],
        ents=[(2, 3, "ORG")],
    )
    (count,) = counts_of(doc)
    assert (count.value, count.counted) == (-40, "points")


def test_a_number_inside_a_real_name_is_still_dropped(vocab) -> None:  # type: ignore[no-untyped-def]
    # Voyager 2 flew on
    doc = make_doc(
        vocab,
        [
            ("Voyager", 2, "nsubj", "PROPN"),
            ("2", 0, "nummod", "NUM"),
            ("flew", 2, "ROOT", "VERB"),
            ("on", 2, "prt", "ADP"),
        ],
        ents=[(0, 2, "PRODUCT")],
    )
    assert counts_of(doc) == []


def test_a_bound_with_a_comparison_sign_is_never_inside_a_name(vocab) -> None:  # type: ignore[no-untyped-def]
    # Samples with y<20 were dropped  (the tagger slipped: "y<20" as ORG)
    doc = make_doc(
        vocab,
        [
            ("Samples", 4, "nsubjpass", "NOUN"),
            ("with", 0, "prep", "ADP"),
            ("y<20", 1, "pobj", "PROPN"),
            ("were", 4, "auxpass", "AUX"),
            ("dropped", 4, "ROOT", "VERB"),
        ],
        ents=[(2, 3, "ORG")],
    )
    (count,) = counts_of(doc)
    assert (count.text, count.value, count.modifier) == ("<20", 20, "less_than")


# ---------------------------------------------------------------- zero counts
def test_no_before_a_plural_noun_is_a_count_of_zero(vocab) -> None:  # type: ignore[no-untyped-def]
    # No ferries were cancelled
    doc = make_doc(
        vocab,
        [
            ("No", 1, "det", "DET", "DT"),
            ("ferries", 3, "nsubjpass", "NOUN", "NNS"),
            ("were", 3, "auxpass", "AUX", "VBD"),
            ("cancelled", 3, "ROOT", "VERB", "VBN"),
        ],
    )
    (count,) = counts_of(doc)
    assert (count.text, count.value, count.counted, count.event) == (
        "No", 0, "ferries", "cancelled"
    )  # fmt: skip


def test_none_of_the_x_is_a_count_of_zero(vocab) -> None:  # type: ignore[no-untyped-def]
    # none of the climbers returned
    doc = make_doc(
        vocab,
        [
            ("none", 4, "nsubj", "PRON", "NN"),
            ("of", 0, "prep", "ADP", "IN"),
            ("the", 3, "det", "DET", "DT"),
            ("climbers", 1, "pobj", "NOUN", "NNS"),
            ("returned", 4, "ROOT", "VERB", "VBD"),
        ],
    )
    (count,) = counts_of(doc)
    assert (count.text, count.value, count.counted) == ("none", 0, "climbers")


def test_no_reports_of_x_counts_x(vocab) -> None:  # type: ignore[no-untyped-def]
    # There were no reports of casualties
    doc = make_doc(
        vocab,
        [
            ("There", 1, "expl", "PRON", "EX"),
            ("were", 1, "ROOT", "VERB", "VBD"),
            ("no", 3, "det", "DET", "DT"),
            ("reports", 1, "attr", "NOUN", "NNS"),
            ("of", 3, "prep", "ADP", "IN"),
            ("casualties", 4, "pobj", "NOUN", "NNS"),
        ],
    )
    (count,) = counts_of(doc)
    assert (count.value, count.counted) == (0, "casualties")


@pytest.mark.parametrize(
    "rows",
    [
        # He has no plans
        [
            ("He", 1, "nsubj", "PRON", "PRP"),
            ("has", 1, "ROOT", "VERB", "VBZ"),
            ("no", 3, "det", "DET", "DT"),
            ("plans", 1, "dobj", "NOUN", "NNS"),
        ],
        # There is no evidence  (a singular mass noun)
        [
            ("There", 1, "expl", "PRON", "EX"),
            ("is", 1, "ROOT", "VERB", "VBZ"),
            ("no", 3, "det", "DET", "DT"),
            ("evidence", 1, "attr", "NOUN", "NN"),
        ],
    ],
)
def test_no_that_counts_nothing_is_not_a_count(vocab, rows) -> None:  # type: ignore[no-untyped-def]
    assert counts_of(make_doc(vocab, rows)) == []


# ---------------------------------------------------------------- lone "one"
def test_a_lone_one_without_a_counted_thing_is_not_emitted(vocab) -> None:  # type: ignore[no-untyped-def]
    # if one counts the suburbs
    doc = make_doc(
        vocab,
        [
            ("if", 2, "mark", "SCONJ", "IN"),
            ("one", 2, "nsubj", "PRON", "PRP"),
            ("counts", 2, "ROOT", "VERB", "VBZ"),
            ("the", 4, "det", "DET", "DT"),
            ("suburbs", 2, "dobj", "NOUN", "NNS"),
        ],
    )
    assert counts_of(doc) == []


def test_one_with_a_counted_thing_and_bare_larger_numbers_stay(vocab) -> None:  # type: ignore[no-untyped-def]
    # One ferry sank ; Cruz has 22
    doc = make_doc(
        vocab,
        [
            ("One", 1, "nummod", "NUM", "CD"),
            ("ferry", 2, "nsubj", "NOUN", "NN"),
            ("sank", 2, "ROOT", "VERB", "VBD"),
            (";", 2, "punct", "PUNCT", ":"),
            ("Cruz", 5, "nsubj", "PROPN", "NNP"),
            ("has", 2, "conj", "VERB", "VBZ"),
            ("22", 5, "dobj", "NUM", "CD"),
        ],
    )
    assert [(c.value, c.counted) for c in counts_of(doc)] == [(1, "ferry"), (22, None)]


@pytest.mark.model
def test_zero_counts_on_parsed_text() -> None:
    from factcheck import api

    text = (
        "No arrests were made after the derby. None of the stewards was hurt, "
        "and the club said it had no plans to close the stand."
    )
    claims = api.extract(text, kinds=["count"], published="2024-05-01").claims
    assert [(c.text, c.value, c.counted) for c in claims] == [
        ("No", 0, "arrests"),
        ("None", 0, "stewards"),
    ]


# ---------------------------------------------------------------- model names
def test_a_number_a_proper_noun_takes_as_modifier_is_a_name(vocab) -> None:  # type: ignore[no-untyped-def]
    # the Corvair 500 sold 40 units
    doc = make_doc(
        vocab,
        [
            ("the", 1, "det", "DET", "DT"),
            ("Corvair", 3, "nsubj", "PROPN", "NNP"),
            ("500", 1, "nummod", "NUM", "CD"),
            ("sold", 3, "ROOT", "VERB", "VBD"),
            ("40", 5, "nummod", "NUM", "CD"),
            ("units", 3, "dobj", "NOUN", "NNS"),
        ],
    )
    assert [(c.value, c.counted) for c in counts_of(doc)] == [(40, "units")]


def test_a_scaled_number_after_a_place_stays_a_count(vocab) -> None:  # type: ignore[no-untyped-def]
    # Ohio 11.8 million
    doc = make_doc(
        vocab,
        [
            ("Ohio", 0, "ROOT", "PROPN", "NNP"),
            ("11.8", 2, "compound", "NUM", "CD"),
            ("million", 0, "nummod", "NUM", "CD"),
        ],
    )
    assert [c.value for c in counts_of(doc)] == [11_800_000]
