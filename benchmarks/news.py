"""A news-length corpus for the benchmarks: the PolNeAR train texts when the
project's git-ignored `.devsets/` folder has them, else generated stories.

The dev-set texts are read in place and never copied into the project. The
generated stories come from the templates below (written for this file): about
4,000 characters each, with the people, organisations, counts, dates and quotes
that news copy carries, so the extractors see the same kinds of work.

    python benchmarks/news.py --generate 5 | head -c 2000
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / ".devsets" / "polnear-train.jsonl"

FIRST = ["Maria", "Tomas", "Ingrid", "Kofi", "Lena", "Rafael", "Aiko", "Dmitri",
         "Nadia", "Oscar", "Priya", "Samuel", "Yara", "Henrik", "Celia", "Jonas"]
LAST = ["Albrecht", "Okonkwo", "Varga", "Lindqvist", "Moreau", "Castellano",
        "Tanaka", "Brennan", "Halloway", "Quist", "Roszak", "Delacroix", "Mbeki",
        "Farrow", "Ilves", "Pereira"]
ROLES = ["Finance Minister", "Mayor", "Senator", "Governor", "spokeswoman",
         "chief executive", "Health Minister", "police chief", "union leader"]
ORGS = ["the Ministry of Transport", "the National Water Board", "Harbor Union",
        "the Coastal Development Agency", "Northfield Council",
        "the Federal Audit Office", "Greystone Bank", "the Rail Workers Association",
        "the Institute for Public Health", "Meridian Logistics"]
PLACES = ["Northfield", "Port Aster", "Valmont", "Kessling", "Lower Brenna",
          "Oakridge", "San Telmo", "Riverton"]
THINGS = ["teachers", "nurses", "homes", "buses", "families", "jobs", "schools",
          "bridges", "patients", "workers", "passengers", "apartments"]
VERBS = ["said", "told reporters", "said in a statement", "wrote on social media",
         "told a news conference", "said on Tuesday", "added"]
WHEN = ["on Monday", "last week", "in March", "on 14 June", "by the end of the year",
        "next month", "in 2021", "two years ago", "on Friday", "since January"]
NUMBERS = ["12", "about 300", "more than 1,200", "nearly 40 percent", "$3.5 million",
           "two dozen", "at least 85", "4,500", "fewer than 20", "18.7 percent",
           "three", "hundreds of", "1.2 billion euros", "some 60"]

SENTENCES = [
    "{person}, the {role} of {place}, {verb} that {number} {thing} had been "
    "affected {when}.",
    "\u201cWe will not accept {number} {thing} being left behind,\u201d "
    "{person} {verb}.",
    "{org} announced {when} that it would spend {number} on {thing} in {place}.",
    "According to {org}, {number} {thing} were registered in {place} {when}.",
    "{role} {person} {verb} the plan would create {number} new {thing}.",
    "The figure rose to {number} {when}, up from {number2} a year earlier, {org} said.",
    "{person} declined to comment {when}, but an aide said talks with {org} continued.",
    "In {place}, {number} {thing} waited for help {when}, residents told local radio.",
    "\u201cThis is about {thing}, not politics,\u201d said {person}, who has "
    "led {org} since {year}.",
    "Critics, including {person} of {org}, argued that {number} was too little.",
    "The vote is expected {when}; {number} of the {number2} members have signed.",
    "Officials in {place} said {number} {thing} were evacuated after the storm {when}.",
]


def story(rng: random.Random, n: int) -> str:
    """One generated story of about 4,000 characters in 8-14 paragraphs."""
    cast = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(4)]
    paragraphs = []
    size = 0
    while size < 3600 + rng.randrange(900):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            person = rng.choice(cast)
            if sentences and rng.random() < 0.5:
                person = person.split()[-1]  # the surname on later mentions
            s = rng.choice(SENTENCES).format(
                person=person,
                role=rng.choice(ROLES),
                place=rng.choice(PLACES),
                org=rng.choice(ORGS),
                verb=rng.choice(VERBS),
                number=rng.choice(NUMBERS),
                number2=rng.choice(NUMBERS),
                thing=rng.choice(THINGS),
                when=rng.choice(WHEN),
                year=rng.randint(2009, 2022),
            )
            sentences.append(s[0].upper() + s[1:])
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs) + "\n"


def generated(count: int, seed: int = 7) -> list[dict[str, str | None]]:
    rng = random.Random(seed)
    return [
        {
            "id": f"gen-{n:05d}",
            "text": story(rng, n),
            "published": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
        }
        for n in range(count)
    ]


def news_corpus(count: int | None = None) -> tuple[str, list[dict[str, str | None]]]:
    """(name, documents): the dev set if present (repeated to reach `count`),
    else `count` (default 840) generated stories."""
    if DEVSET.is_file():
        docs = []
        with DEVSET.open(encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                docs.append(
                    {
                        "id": str(row["id"]),
                        "text": row["text"],
                        "published": row.get("publication_date")
                        or row.get("published"),
                    }
                )
        name = f"PolNeAR train ({len(docs)} texts, .devsets/)"
    else:
        docs = generated(count or 840)
        name = "generated news stories (benchmarks/news.py)"
    if count is not None:  # repeated, with ids kept unique, to reach count
        n = len(docs)
        docs = [
            docs[i] if i < n else dict(docs[i % n], id=f"{docs[i % n]['id']}#{i // n}")
            for i in range(count)
        ]
    return name, docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--generate", type=int, metavar="N", help="print N stories as JSONL"
    )
    a = ap.parse_args()
    for doc in generated(a.generate or 3):
        print(json.dumps(doc))


if __name__ == "__main__":
    main()
