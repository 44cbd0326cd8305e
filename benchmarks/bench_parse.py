#!/usr/bin/env python3
"""What factcheck's way of parsing costs against one bare nlp.pipe, in one run.

    .venv/bin/python benchmarks/bench_parse.py --docs 60 --repeat 3

factcheck.nlp.parse_texts parses each paragraph on its own and lets the model
read figures rounded (pipe_masked); both keep a diff local (README, "Claims").
On the same canonical stories (benchmarks/news.py: the PolNeAR texts in
`.devsets/`, else generated ones) it times, as process CPU seconds, best of
--repeat interleaved rounds:

  bare     nlp.pipe(texts) over whole stories, as spaCy would
  masked   pipe_masked(texts): whole stories, figures masked
  para     parse_texts(texts): paragraph by paragraph, figures masked

and prints each with its ratio to `bare`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from news import news_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=60, help="stories (default 60)")
    ap.add_argument("--repeat", type=int, default=3, help="rounds (default 3)")
    args = ap.parse_args()

    from factcheck.canonical import canonicalize
    from factcheck.nlp import load_pipeline, parse_texts, pipe_masked

    nlp = load_pipeline(None)
    name, docs = news_corpus(args.docs)
    texts = [canonicalize(str(doc["text"])).text for doc in docs]
    ways = {
        "bare": lambda: list(nlp.pipe(texts, batch_size=len(texts))),
        "masked": lambda: list(pipe_masked(nlp, texts, batch_size=len(texts))),
        "para": lambda: list(parse_texts(nlp, texts)),
    }
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for way, run in ways.items():
            start = time.process_time()
            run()
            best[way] = min(best.get(way, float("inf")), time.process_time() - start)
    chars = sum(len(text) for text in texts)
    print(f"corpus: {name}, {len(texts)} stories, {chars / len(texts):,.0f} characters on average")
    for way, seconds in best.items():
        print(f"{way:7s} {seconds:7.2f} s CPU   x{seconds / best['bare']:.3f} of bare")


if __name__ == "__main__":
    main()
