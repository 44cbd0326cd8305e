"""#17 item 6 end to end: the numbers of international copy survive the count
extractor's filters (dates, names, lone numbers) and become count claims."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.records import ClaimKind

STORY = (
    "The clip passed 100K views by noon. The port upgrade will cost $3.5bn. "
    "About 1.2 lakh pilgrims arrived, and the state set aside 3 crore for roads "
    "while losses ran into 450 crores.\n\n"
    "Only 1/5 of the ballots were counted. Two-thirds of the members voted yes. "
    "One in five households has no car. Net migration was -1.2 million. "
    "It was minus 5 degrees at dawn.\n\n"
    "A couple of lorries and a pair of vans were stopped; a dozen drivers and a "
    "few passengers were questioned. Forty-five (45) homes flooded. Inflation "
    "reached 2,5 percent."
)
EXPECTED = [
    ("100K", 100_000, "exact"),
    ("$3.5bn", 3_500_000_000, "exact"),
    ("About 1.2 lakh", 120_000, "about"),
    ("3 crore", 30_000_000, "exact"),
    ("450 crores", 4_500_000_000, "exact"),
    ("1/5", 0.2, "exact"),
    ("Two-thirds", 2 / 3, "exact"),
    ("One in five", 0.2, "exact"),
    ("-1.2 million", -1_200_000, "exact"),
    ("minus 5 degrees", -5, "exact"),
    ("A couple", 2, "about"),
    ("a pair", 2, "exact"),
    ("a dozen", 12, "exact"),
    ("a few", 3, "about"),
    ("Forty-five (45)", 45, "exact"),
    ("2,5 percent", 2.5, "exact"),
]


@pytest.mark.model
def test_international_numbers_are_count_claims() -> None:
    result = factcheck.extract(STORY, published="2024-03-01")
    got = [
        (c.text, pytest.approx(c.value), c.modifier)
        for c in result.of_kind(ClaimKind.COUNT)
    ]
    assert got == EXPECTED
