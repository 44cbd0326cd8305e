#!/usr/bin/env python3
"""factcheck on news-length stories, in one run: every ratio the README quotes.

    .venv/bin/python benchmarks/bench_news.py                 # everything
    .venv/bin/python benchmarks/bench_news.py --docs 100 --repeat 2 --skip-peer

Corpus (benchmarks/news.py): the PolNeAR train texts read in place from the
git-ignored `.devsets/` folder (mean ~4,500 characters), or generated stories
when it is absent. Every figure is the best of --repeat interleaved runs, as a
ratio against a baseline measured in the same run:

  inproc / floor   factcheck's extract + JSONL lines vs bare nlp.pipe, in process
  jobs2 / jobs1    `factcheck extract --format jsonl --jobs 2` vs `--jobs 1`
  dask / local     `--engine dask` (a LocalCluster, one worker per core) vs one
                   local process (`--jobs 1`), both as wall clock from the shell
  rss              peak RSS of `--jobs 1` on --rss-docs stories (the --docs
                   ones repeated) vs --docs
  peer             quantulum3 + dateparser + textacy (bench_extract.peer) vs
                   factcheck in process, on the same parsed stories
  long story       the share of one ~160,000-character story's extraction
                   spent scanning actor names (cProfile)
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_extract import BIN, peer, run_child  # noqa: E402
from news import news_corpus  # noqa: E402


def write_jsonl(docs: list[dict[str, str | None]], path: Path) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def articles(docs: list[dict[str, str | None]]):  # type: ignore[no-untyped-def]
    import datetime as dt

    from factcheck.ingest import Article

    for d in docs:
        published = d.get("published")
        yield Article(
            id=str(d["id"]),
            path=None,
            text=str(d["text"]),
            published=dt.date.fromisoformat(published[:10]) if published else None,
        )


def long_story(docs: list[dict[str, str | None]], size: int = 160_000) -> str:
    text = ""
    for d in docs:
        if len(text) + len(str(d["text"])) > size:
            break
        text += str(d["text"]).strip() + "\n\n"
    return text


def profile_long(text: str) -> dict[str, float]:
    """cProfile of one long story: total, actor name scan and all actor work."""
    from factcheck.extract import extract_articles
    from factcheck.ingest import Article
    from factcheck.render import render_jsonl
    from factcheck.settings import Settings

    profile = cProfile.Profile()
    t0 = time.perf_counter()
    profile.enable()
    for ex in extract_articles(
        [Article(id="long", path=None, text=text)], settings=Settings()
    ):
        render_jsonl(ex)
    profile.disable()
    total = time.perf_counter() - t0
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]

    def cumulative(function: str) -> float:
        return sum(
            v[3]
            for (file, _, name), v in stats.items()
            if name == function and file.endswith(os.path.join("extract", "actors.py"))
        )

    return {
        "long_chars": len(text),
        "long_total_s": total,
        "long_scan_names_s": cumulative("_scan_names"),
        "long_actors_s": cumulative("build_index"),
    }


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, default=200, help="stories per run (200)")
    ap.add_argument("--rss-docs", type=int, default=2000, help="the large RSS run")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measure (3)")
    ap.add_argument("--skip-peer", action="store_true")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--skip-rss", action="store_true")
    ap.add_argument(
        "--rss-only", action="store_true", help="only the two peak RSS runs"
    )
    ap.add_argument("--json", help="also write the figures here")
    a = ap.parse_args()

    name, docs = news_corpus(a.docs)
    n = len(docs)
    chars = sum(len(str(d["text"])) for d in docs)
    print(f"corpus: {name}; {n} stories, mean {chars // n:,} characters")
    print(f"cores: {os.cpu_count()}; load average {os.getloadavg()[0]:.2f}")
    r: dict[str, float] = {}

    from factcheck.extract import extract_articles
    from factcheck.nlp import load_pipeline
    from factcheck.render import render_jsonl
    from factcheck.settings import Settings

    nlp = load_pipeline(None)
    texts = [str(d["text"]) for d in docs]
    list(nlp.pipe(texts[:20]))  # warm up before anything is timed

    def floor() -> None:
        for _ in nlp.pipe(texts):
            pass

    def inproc() -> None:
        for ex in extract_articles(articles(docs), settings=Settings()):
            render_jsonl(ex)

    def best(key: str, seconds: float) -> None:
        r[key] = min(r.get(key, float("inf")), seconds)

    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(docs, Path(tmp) / "news.jsonl")
        fc = str(BIN / "factcheck")
        cli = [fc, "extract", str(corpus), "--format", "jsonl", "-q"]
        if a.rss_only:
            r["rss_small_mb"] = run_child([*cli, "--jobs", "1"])[1]
        for _ in range(0 if a.rss_only else a.repeat):  # interleaved: a burst
            # of load from a neighbour then hits every side
            t0 = time.perf_counter()
            floor()
            best("floor_s", time.perf_counter() - t0)
            t0 = time.perf_counter()
            inproc()
            best("inproc_s", time.perf_counter() - t0)
            secs, mb = run_child([*cli, "--jobs", "1"])
            best("jobs1_s", secs)
            r["rss_small_mb"] = max(r.get("rss_small_mb", 0), mb)
            best("jobs2_s", run_child([*cli, "--jobs", "2"])[0])
            if not a.skip_dask:
                out = Path(tmp) / "dask-out"
                best(
                    "dask_s",
                    run_child(
                        [*cli[:3], "--engine", "dask", "-o", str(out), "-q"]
                    )[0],
                )
        if not a.skip_rss:
            # The same stories over and over: only the count changes.
            big = write_jsonl(
                [
                    dict(docs[i % n], id=f"{docs[i % n]['id']}#{i // n}")
                    for i in range(a.rss_docs)
                ],
                Path(tmp) / "big.jsonl",
            )
            secs, mb = run_child([fc, "extract", str(big), "--format", "jsonl", "-q"])
            r["rss_large_mb"], r["rss_large_s"] = mb, secs
    if a.rss_only:
        print(
            f"peak RSS --jobs 1: {r['rss_large_mb']} MB for {a.rss_docs} stories "
            f"({r['rss_large_s']:.0f} s), {r['rss_small_mb']} MB for {n} "
            f"({r['rss_large_mb'] / r['rss_small_mb']:.2f}x)"
        )
        if a.json:
            Path(a.json).write_text(json.dumps(r, indent=1))
        return
    if not a.skip_peer:
        t0 = time.perf_counter()
        peer(nlp, docs)
        r["peer_s"] = time.perf_counter() - t0
    r.update(profile_long(long_story(news_corpus()[1])))

    def line(label: str, value: str) -> None:
        print(f"  {label:<44}{value}")

    print(f"results (best of {a.repeat}; docs/s = {n} stories / seconds):")
    line("bare nlp.pipe", f"{n / r['floor_s']:.2f} docs/s")
    line("factcheck in process / bare nlp.pipe", f"{r['floor_s'] / r['inproc_s']:.2f}x")
    line("CLI --jobs 1", f"{n / r['jobs1_s']:.2f} docs/s ({r['jobs1_s']:.1f} s)")
    line("CLI --jobs 2 / --jobs 1", f"{r['jobs1_s'] / r['jobs2_s']:.2f}x")
    if "dask_s" in r:
        line(
            f"--engine dask ({os.cpu_count()} workers) / one process",
            f"{r['jobs1_s'] / r['dask_s']:.2f}x ({r['dask_s']:.1f} s)",
        )
    if "rss_large_mb" in r:
        line(
            f"peak RSS {a.rss_docs} / {n} stories (--jobs 1)",
            f"{r['rss_large_mb'] / r['rss_small_mb']:.2f}x "
            f"({r['rss_large_mb']} MB / {r['rss_small_mb']} MB)",
        )
    if "peer_s" in r:
        line(
            "factcheck in process / peer pipeline",
            f"{r['peer_s'] / r['inproc_s']:.2f}x",
        )
    line(
        f"{r['long_chars']:,}-char story: actor name scan",
        f"{100 * r['long_scan_names_s'] / r['long_total_s']:.1f}% "
        f"({r['long_scan_names_s']:.2f} s of {r['long_total_s']:.1f} s; all actor "
        f"work {100 * r['long_actors_s'] / r['long_total_s']:.1f}%)",
    )
    if a.json:
        Path(a.json).write_text(json.dumps(r, indent=1))


if __name__ == "__main__":
    main()
