"""Doc + Article -> Extraction: run the extractors, link them, number the claims."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from factcheck.canonical import Canonical, canonicalize
from factcheck.records import (
    Claim,
    ClaimKind,
    Diagnostic,
    Document,
    Extraction,
    sort_key,
)

from . import actors, attributions, counts, dates
from .context import DocContext
from .link import link_claims

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from factcheck.ingest import Article
    from factcheck.settings import Settings

# Plain registry (no import-time decorators); order matters: later extractors read
# the claims of earlier ones from the context.
EXTRACTORS: dict[ClaimKind, Callable[[DocContext], Iterable[Claim]]] = {
    ClaimKind.DATE: dates.extract,
    ClaimKind.COUNT: counts.extract,
    ClaimKind.ACTOR: actors.extract,
    ClaimKind.ATTRIBUTION: attributions.extract,
}


def extract_claims(doc: Doc, article: Article, *, settings: Settings) -> Extraction:
    """Extract every claim kind from a parsed article.

    Args:
        doc: the spaCy Doc of article.text.
        article: the article (text, metadata).
        settings: published date fallback and the kinds to keep.

    Returns:
        The claims of the requested kinds, sorted by span, with stable ids.
    """
    published = settings.published or article.published
    # The parser read the canonical text (whitespace-invariant); spans go back to
    # article.text at the end. A Doc of the text as written needs no map.
    canon = canonicalize(article.text)
    if doc.text != canon.text:
        canon = Canonical(article.text, article.text)
    ctx = DocContext(doc=doc, text=canon.text, published=published)
    # Every extractor runs even when its kind is filtered out: counts need dates
    # (exclusion, `when`) and attributions (`source`).
    for kind, extractor in EXTRACTORS.items():
        ctx.claims[kind] = list(extractor(ctx))
    link_claims(ctx)
    wanted = [canon.claim(c) for kind in settings.kinds for c in ctx.claims[kind]]
    claims = _number(sorted(wanted, key=sort_key))
    document = Document(
        id=article.id,
        path=article.path,
        published=published.isoformat() if published else None,
        sha256=article.sha256,
        title=article.title,
    )
    diagnostics = [canon.diagnostic(d) for d in ctx.diagnostics]
    if published is None and any(
        getattr(c, "anchored", True) is False for c in ctx.claims[ClaimKind.DATE]
    ):
        diagnostics.insert(
            0,
            Diagnostic(
                code="FC101",
                message="no publication date: relative dates are left in XXXX form "
                "(pass --published DATE)",
            ),
        )
    return Extraction(
        document=document, claims=tuple(claims), diagnostics=tuple(diagnostics)
    )


def _number(claims: list[Claim]) -> Iterator[Claim]:
    seen: dict[ClaimKind, int] = {}
    for claim in claims:
        seen[claim.kind] = seen.get(claim.kind, 0) + 1
        yield dataclasses.replace(claim, id=f"{claim.kind.value}-{seen[claim.kind]}")


# spaCy's batches are cheapest large (256 is the model's own default; at 64 it
# parses the benchmark corpus ~20% slower); a budget in characters keeps a batch
# of long stories from holding hundreds of Docs at once.
BATCH_DOCS = 256
BATCH_CHARS = 200_000
# --jobs hands out chunks of that size too, shrinking toward the end of the input
# so that every worker finishes at about the same time; not below MIN_CHUNK_DOCS,
# as each nlp.pipe call costs about as much as 5-10 short documents.
MIN_CHUNK_DOCS = 64


def guided(left: int, parts: int, lo: int, hi: int) -> int:
    """Guided scheduling: the next piece of work takes 1/parts of what is left,
    within [lo, hi]. Pieces shrink toward the end, so workers that take them in
    turn finish together. `--jobs` (batches, in documents) and the partitioned
    engine (factcheck.dask.plan, in bytes) both cut their input by it."""
    return max(lo, min(hi, -(-left // max(1, parts))))


def batches(
    articles: Iterable[Article],
    max_docs: int,
    max_chars: int,
    *,
    total: int | None = None,
    parts: int = 1,
    min_docs: int = 1,
) -> Iterator[list[Article]]:
    """Consecutive groups of at most max_docs articles and about max_chars text.

    Given `total`, the number of articles, a group also takes at most 1/parts of
    the articles still to come, but at least min_docs: the groups shrink toward
    the end (guided scheduling), so workers that take them in turn finish
    together.
    """

    def cap(left: int | None) -> int:
        return max_docs if left is None else guided(left, parts, min_docs, max_docs)

    left = total
    want = cap(left)
    batch: list[Article] = []
    size = 0
    for article in articles:
        if batch and (len(batch) >= want or size + len(article.text) > max_chars):
            yield batch
            if left is not None:
                left -= len(batch)
            want = cap(left)
            batch, size = [], 0
        batch.append(article)
        size += len(article.text)
    if batch:
        yield batch


def extract_articles(
    articles: Iterable[Article],
    *,
    settings: Settings,
    max_docs: int = BATCH_DOCS,
    max_chars: int = BATCH_CHARS,
) -> Iterator[Extraction]:
    """Parse articles with one spaCy pipeline (nlp.pipe) and extract, in order.

    Raises:
        ModelError: when the pipeline cannot be loaded.
    """
    from factcheck.nlp import load_pipeline, parse_texts

    nlp = load_pipeline(settings.model)
    for batch in batches(articles, max_docs, max_chars):
        texts = [canonicalize(article.text).text for article in batch]
        # One nlp.pipe batch of every paragraph (over-long ones in pieces: linear time).
        for doc, article in zip(parse_texts(nlp, texts), batch, strict=True):
            yield extract_claims(doc, article, settings=settings)


def extract_parallel(
    articles: Iterable[Article],
    *,
    settings: Settings,
    jobs: int,
    transform: Callable[[Extraction], Any] | None = None,
    total: int | None = None,
) -> Iterator[Any]:
    """extract_articles over `jobs` worker processes, results in input order.

    The pipeline is loaded before the workers fork, so they share it copy-on-write,
    and at most 2 chunks per worker are in flight, so memory stays flat however
    long the input is. `transform` (a module-level function, so it pickles) runs
    in the workers: serializing there keeps the parent process off the critical
    path and sends strings rather than records back. `total`, the number of
    articles if known, lets the last chunks shrink so the workers end together.
    """
    if jobs <= 1:
        for extraction in extract_articles(articles, settings=settings):
            yield transform(extraction) if transform else extraction
        return
    import collections
    import concurrent.futures
    import gc
    import multiprocessing

    from factcheck.nlp import load_pipeline

    load_pipeline(settings.model)
    # Keep the collector off the pipeline's objects: touching their headers after
    # the fork would copy the shared pages into every worker.
    froze = gc.get_freeze_count() == 0  # else the caller froze, and unfreezes
    gc.freeze()
    context = multiprocessing.get_context("fork")
    pending: collections.deque[concurrent.futures.Future[list[Any]]]
    pending = collections.deque()
    chunks = batches(
        articles,
        BATCH_DOCS,
        BATCH_CHARS,
        total=total,
        parts=2 * jobs,
        min_docs=MIN_CHUNK_DOCS,
    )
    pool = concurrent.futures.ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_init_worker, initargs=(os.getpid(),)
    )
    try:
        while True:
            chunk = next(chunks, None)
            if chunk:
                pending.append(pool.submit(_extract_chunk, chunk, settings, transform))
            if pending and (len(pending) >= 2 * jobs or not chunk):
                yield from pending.popleft().result()
            if not chunk and not pending:
                break
    except BaseException:
        # ^C, SIGTERM (as SystemExit from output.py), a closed generator or an
        # error: the chunks in flight are not wanted. Waiting for them, as the
        # executor's own exit does, took up to half a minute.
        _stop_workers(pool)
        raise
    else:
        pool.shutdown(wait=True)
    finally:
        if froze:
            gc.unfreeze()  # a library caller's later garbage is collectable again


def _init_worker(parent: int) -> None:
    """Workers leave signals to the parent, and die with it.

    ^C reaches the whole process group: the parent stops the workers, which
    would otherwise each print a KeyboardInterrupt traceback. SIGTERM and
    SIGHUP get their default action back (output.py's handler is inherited
    through fork). If the parent dies, even by SIGKILL, Linux sends SIGTERM.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        except (OSError, AttributeError):
            pass  # no prctl: the parent still stops its workers on the way out
    if os.getppid() != parent:
        os._exit(1)  # the parent died before prctl took effect


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _stop_workers(pool: Any) -> None:
    """Terminate the pool's processes now, rather than wait for their work."""
    # ProcessPoolExecutor has no public terminate before Python 3.14
    # (terminate_workers); its process table is the only handle on them.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=2)
        if process.is_alive():
            process.kill()
            process.join(timeout=1)


def _extract_chunk(
    chunk: list[Article],
    settings: Settings,
    transform: Callable[[Extraction], Any] | None,
) -> list[Any]:
    extractions = extract_articles(chunk, settings=settings)
    return [transform(e) if transform else e for e in extractions]
