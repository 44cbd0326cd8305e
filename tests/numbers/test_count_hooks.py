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


def fields(claims, names):  # type: ignore[no-untyped-def]
    """Each claim as the tuple of the fields a case checks, in order."""
    return [tuple(getattr(c, name) for name in names) for c in claims]


# Each case: the parse of one sentence (rows, ents as in make_doc), the fields
# to compare, and every count the sentence must give, as those fields. An empty
# list means no count at all; one tuple means exactly one count.
NAME_CASES = [
    pytest.param(
        # Losses were -40 points  (the tagger slipped: "-40" as ORG)
        [
            ("Losses", 1, "nsubj", "NOUN"),
            ("were", 1, "ROOT", "AUX"),
            ("-40", 3, "nummod", "NUM"),
            ("points", 1, "attr", "NOUN"),
        ],
        [(2, 3, "ORG")],
        ("value", "counted"),
        [(-40, "points")],
        id="a-number-tagged-as-a-name-without-letters-stays-a-count",
    ),
    pytest.param(
        # Voyager 2 flew on
        [
            ("Voyager", 2, "nsubj", "PROPN"),
            ("2", 0, "nummod", "NUM"),
            ("flew", 2, "ROOT", "VERB"),
            ("on", 2, "prt", "ADP"),
        ],
        [(0, 2, "PRODUCT")],
        ("value",),
        [],
        id="a-number-inside-a-real-name-is-still-dropped",
    ),
    pytest.param(
        # Samples with y<20 were dropped  (the tagger slipped: "y<20" as ORG)
        [
            ("Samples", 4, "nsubjpass", "NOUN"),
            ("with", 0, "prep", "ADP"),
            ("y<20", 1, "pobj", "PROPN"),
            ("were", 4, "auxpass", "AUX"),
            ("dropped", 4, "ROOT", "VERB"),
        ],
        [(2, 3, "ORG")],
        ("text", "value", "modifier"),
        [("<20", 20, "less_than")],
        id="a-bound-with-a-comparison-sign-is-never-inside-a-name",
    ),
    pytest.param(
        # the Corvair 500 sold 40 units
        [
            ("the", 1, "det", "DET", "DT"),
            ("Corvair", 3, "nsubj", "PROPN", "NNP"),
            ("500", 1, "nummod", "NUM", "CD"),
            ("sold", 3, "ROOT", "VERB", "VBD"),
            ("40", 5, "nummod", "NUM", "CD"),
            ("units", 3, "dobj", "NOUN", "NNS"),
        ],
        [],
        ("value", "counted"),
        [(40, "units")],
        id="a-number-a-proper-noun-takes-as-modifier-is-a-name",
    ),
    pytest.param(
        # Ohio 11.8 million
        [
            ("Ohio", 0, "ROOT", "PROPN", "NNP"),
            ("11.8", 2, "compound", "NUM", "CD"),
            ("million", 0, "nummod", "NUM", "CD"),
        ],
        [],
        ("value",),
        [(11_800_000,)],
        id="a-scaled-number-after-a-place-stays-a-count",
    ),
]

ZERO_CASES = [
    pytest.param(
        # No ferries were cancelled
        [
            ("No", 1, "det", "DET", "DT"),
            ("ferries", 3, "nsubjpass", "NOUN", "NNS"),
            ("were", 3, "auxpass", "AUX", "VBD"),
            ("cancelled", 3, "ROOT", "VERB", "VBN"),
        ],
        ("text", "value", "counted", "event"),
        [("No", 0, "ferries", "cancelled")],
        id="no-before-a-plural-noun-is-a-count-of-zero",
    ),
    pytest.param(
        # none of the climbers returned
        [
            ("none", 4, "nsubj", "PRON", "NN"),
            ("of", 0, "prep", "ADP", "IN"),
            ("the", 3, "det", "DET", "DT"),
            ("climbers", 1, "pobj", "NOUN", "NNS"),
            ("returned", 4, "ROOT", "VERB", "VBD"),
        ],
        ("text", "value", "counted"),
        [("none", 0, "climbers")],
        id="none-of-the-x-is-a-count-of-zero",
    ),
    pytest.param(
        # There were no reports of casualties
        [
            ("There", 1, "expl", "PRON", "EX"),
            ("were", 1, "ROOT", "VERB", "VBD"),
            ("no", 3, "det", "DET", "DT"),
            ("reports", 1, "attr", "NOUN", "NNS"),
            ("of", 3, "prep", "ADP", "IN"),
            ("casualties", 4, "pobj", "NOUN", "NNS"),
        ],
        ("value", "counted"),
        [(0, "casualties")],
        id="no-reports-of-x-counts-x",
    ),
    pytest.param(
        # He has no plans
        [
            ("He", 1, "nsubj", "PRON", "PRP"),
            ("has", 1, "ROOT", "VERB", "VBZ"),
            ("no", 3, "det", "DET", "DT"),
            ("plans", 1, "dobj", "NOUN", "NNS"),
        ],
        ("value",),
        [],
        id="no-that-counts-nothing-is-not-a-count",
    ),
    pytest.param(
        # There is no evidence  (a singular mass noun)
        [
            ("There", 1, "expl", "PRON", "EX"),
            ("is", 1, "ROOT", "VERB", "VBZ"),
            ("no", 3, "det", "DET", "DT"),
            ("evidence", 1, "attr", "NOUN", "NN"),
        ],
        ("value",),
        [],
        id="no-before-a-mass-noun-is-not-a-count",
    ),
]

LONE_ONE_CASES = [
    pytest.param(
        # if one counts the suburbs
        [
            ("if", 2, "mark", "SCONJ", "IN"),
            ("one", 2, "nsubj", "PRON", "PRP"),
            ("counts", 2, "ROOT", "VERB", "VBZ"),
            ("the", 4, "det", "DET", "DT"),
            ("suburbs", 2, "dobj", "NOUN", "NNS"),
        ],
        ("value",),
        [],
        id="a-lone-one-without-a-counted-thing-is-not-emitted",
    ),
    pytest.param(
        # One ferry sank ; Cruz has 22
        [
            ("One", 1, "nummod", "NUM", "CD"),
            ("ferry", 2, "nsubj", "NOUN", "NN"),
            ("sank", 2, "ROOT", "VERB", "VBD"),
            (";", 2, "punct", "PUNCT", ":"),
            ("Cruz", 5, "nsubj", "PROPN", "NNP"),
            ("has", 2, "conj", "VERB", "VBZ"),
            ("22", 5, "dobj", "NUM", "CD"),
        ],
        ("value", "counted"),
        [(1, "ferry"), (22, None)],
        id="one-with-a-counted-thing-and-bare-larger-numbers-stay",
    ),
]


@pytest.mark.parametrize(("rows", "ents", "names", "expected"), NAME_CASES)
def test_count_hooks_numbers_in_and_beside_names(  # type: ignore[no-untyped-def]
    vocab, rows, ents, names, expected
) -> None:
    assert fields(counts_of(make_doc(vocab, rows, ents)), names) == expected


# ---------------------------------------------------------------- zero counts
@pytest.mark.parametrize(("rows", "names", "expected"), ZERO_CASES)
def test_count_hooks_zero_counts(vocab, rows, names, expected) -> None:  # type: ignore[no-untyped-def]
    assert fields(counts_of(make_doc(vocab, rows)), names) == expected


# ---------------------------------------------------------------- lone "one"
@pytest.mark.parametrize(("rows", "names", "expected"), LONE_ONE_CASES)
def test_count_hooks_lone_one(vocab, rows, names, expected) -> None:  # type: ignore[no-untyped-def]
    assert fields(counts_of(make_doc(vocab, rows)), names) == expected


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
