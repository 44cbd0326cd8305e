"""What a percentage or an amount counts, and whose it is (extract/counts.py).

check matches reference facts on these: `counted` is what a share is of or
what an amount pays for, `holder` whose share it is.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def counts(text: str) -> list[tuple[str, str | None, str | None]]:
    from factcheck.api import extract
    from factcheck.records import CountClaim

    return [
        (c.text, c.counted, c.holder)
        for c in extract(text, published="2024-05-20").claims
        if isinstance(c, CountClaim)
    ]


def test_a_candidates_share_counts_the_vote_and_names_its_holder() -> None:
    text = (
        "Maria Becker won the election on Sunday with 52.4 percent of the vote.\n"
        "Her rival, Thomas Krall, took 41.8 percent.\n"
    )
    assert counts(text) == [
        ("52.4 percent", "vote", "Maria Becker"),
        ("41.8 percent", "vote", "Thomas Krall"),
    ]


def test_a_rate_counts_its_subject() -> None:
    text = (
        "Turnout was 38 percent, down from 44 percent in 2019.\n"
        "The unemployment rate rose to 5.2 percent in March.\n"
        "The deficit will fall to 1.2 percent of economic output.\n"
    )
    got = [(t, (c or "").lower(), h) for t, c, h in counts(text)]
    assert got == [
        ("38 percent", "turnout", None),
        ("44 percent", "turnout", None),
        ("5.2 percent", "unemployment rate", None),
        ("1.2 percent", "deficit", None),
    ]


def test_an_amount_counts_what_it_pays_for() -> None:
    text = (
        "The judge ordered him to pay a fine of $250,000.\n"
        "The council passed a budget of 8.4 billion euros.\n"
        "Health spending rises to 2.9 billion euros.\n"
    )
    assert [c for _, c, _ in counts(text)] == ["fine", "budget", "Health spending"]


def test_a_plain_count_has_no_holder() -> None:
    assert counts("Rebels freed 50 guards on Friday.\n") == [("50", "guards", None)]
