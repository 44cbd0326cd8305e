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
