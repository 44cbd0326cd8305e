"""Batching of articles for nlp.pipe and for --jobs workers (no model needed)."""

from __future__ import annotations

from factcheck.extract import batches
from factcheck.ingest import Article


def _articles(*sizes: int) -> list[Article]:
    return [
        Article(id=str(i), path=None, text="x" * n, published=None)
        for i, n in enumerate(sizes)
    ]


def test_batches_cap_documents_and_keep_order() -> None:
    arts = _articles(*([10] * 7))
    groups = list(batches(arts, max_docs=3, max_chars=1_000))
    assert [len(g) for g in groups] == [3, 3, 1]
    assert [a.id for g in groups for a in g] == [a.id for a in arts]


def test_batches_cap_characters() -> None:
    groups = list(batches(_articles(40, 40, 40, 10), max_docs=100, max_chars=100))
    assert [[a.id for a in g] for g in groups] == [["0", "1"], ["2", "3"]]


def test_batches_long_article_goes_alone() -> None:
    groups = list(batches(_articles(5, 500, 5), max_docs=100, max_chars=100))
    assert [[a.id for a in g] for g in groups] == [["0"], ["1"], ["2"]]


def test_batches_empty_input() -> None:
    assert list(batches([], max_docs=3, max_chars=10)) == []


def test_batches_shrink_toward_the_end_when_total_is_known() -> None:
    arts = _articles(*([1] * 100))
    groups = list(
        batches(arts, max_docs=20, max_chars=1_000, total=100, parts=4, min_docs=3)
    )
    sizes = [len(g) for g in groups]
    # Capped at 20 while plenty is left, then a quarter of what remains, never < 3.
    assert sizes == [20, 20, 15, 12, 9, 6, 5, 4, 3, 3, 3]
    assert sizes == sorted(sizes, reverse=True)
    assert [a.id for g in groups for a in g] == [a.id for a in arts]


def test_batches_without_total_keep_the_cap() -> None:
    groups = list(batches(_articles(*([1] * 50)), max_docs=20, max_chars=1_000))
    assert [len(g) for g in groups] == [20, 20, 10]
