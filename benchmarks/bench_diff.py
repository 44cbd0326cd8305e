"""Benchmark: diffing two seed-size versions vs extracting both (target <= 1.2x).

Run from the repository root:

    .venv/bin/python benchmarks/bench_diff.py [--repeat 15]

Both sides run in-process on a warm pipeline (loading the model is the same fixed
cost for both commands and would only flatter the ratio). "Extract both" is one
extract_articles([old, new]) call, as `factcheck extract old new` makes; "diff
both" is what `factcheck diff old new` does: the same call plus diff_claims. Runs
are interleaved, and the ratio is taken of the medians (best-of is shown too).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from factcheck.diff import diff_claims
from factcheck.extract import extract_articles
from factcheck.ingest import read_article
from factcheck.nlp import load_pipeline
from factcheck.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "seeds" / "000_9b8fa9f70d0e437b.txt"
NEW = ROOT / "fixtures" / "diff" / "combination" / "new.txt"
TARGET = 1.2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    settings = Settings(published=dt.date(2023, 9, 2))
    articles = [
        read_article(str(p), encoding="utf-8", max_chars=10**6) for p in (OLD, NEW)
    ]
    load_pipeline(settings.model)

    def extract_both() -> None:
        list(extract_articles(articles, settings=settings))

    def diff_both() -> None:
        old, new = extract_articles(articles, settings=settings)
        diff_claims(old, new, old_text=articles[0].text, new_text=articles[1].text)

    def diff_only() -> None:
        diff_claims(old, new, old_text=articles[0].text, new_text=articles[1].text)

    old, new = extract_articles(articles, settings=settings)
    runs: dict[str, list[float]] = {"extract": [], "diff": [], "diff_claims": []}
    jobs: dict[str, Callable[[], None]] = {
        "extract": extract_both,
        "diff": diff_both,
        "diff_claims": diff_only,
    }
    for job in jobs.values():  # warm-up: lazy imports, caches
        job()
    for _ in range(args.repeat):
        for name, job in jobs.items():
            start = time.perf_counter()
            job()
            runs[name].append(time.perf_counter() - start)

    chars = sum(len(a.text) for a in articles)
    print(f"versions: {OLD.name} vs {NEW.relative_to(ROOT)} ({chars:,} chars)")
    print(f"repetitions: {args.repeat} (interleaved, warm pipeline)")
    for name in ("extract", "diff", "diff_claims"):
        t = runs[name]
        print(
            f"{name:12} median {statistics.median(t) * 1e3:8.1f} ms   "
            f"best {min(t) * 1e3:8.1f} ms"
        )
    median = statistics.median(runs["diff"]) / statistics.median(runs["extract"])
    best = min(runs["diff"]) / min(runs["extract"])
    verdict = "ok" if median <= TARGET else "OVER TARGET"
    print(
        f"ratio diff/extract: {median:.3f}x (median), {best:.3f}x (best); "
        f"target <= {TARGET}x: {verdict}"
    )


if __name__ == "__main__":
    main()
