"""check/intervals.py: the values counts and dates allow, and when they contradict."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from factcheck.check import Interval, count_interval, date_interval, fact_interval
from factcheck.records import CountClaim
from factcheck.reference import CountFact


def count(value: float, modifier: str = "exact", value_max: float | None = None):  # type: ignore[no-untyped-def]
    return CountClaim(
        text="x", span=(0, 1), value=value, modifier=modifier, value_max=value_max
    )


@pytest.mark.parametrize(
    ("modifier", "value", "agrees", "contradicts"),
    [
        ("exact", 50, [50], [49, 51]),
        ("at_least", 6, [6, 10, 1000], [5]),
        ("more_than", 2200, [2201, 5000], [2200, 2000]),
        ("about", 100, [90, 110, 95], [89, 111]),
        ("nearly", 50, [45, 49], [50, 44, 60]),
        ("at_most", 40, [40, 0], [41]),
        ("less_than", 40, [39], [40, 41]),
    ],
)
def test_check_interval_semantics(
    modifier: str, value: int, agrees: list[int], contradicts: list[int]
) -> None:
    have = count_interval(count(value, modifier))
    for v in agrees:
        assert not have.disjoint(Interval(v, v)), (modifier, v)
    for v in contradicts:
        assert have.disjoint(Interval(v, v)), (modifier, v)


def test_check_interval_range_and_about_tolerance() -> None:
    have = count_interval(count(40, "range", 50))
    assert (have.lo, have.hi) == (40, 50)
    assert count_interval(count(100, "about"), about=0.2).disjoint(Interval(121, 121))
    assert not count_interval(count(100, "about"), about=0.2).disjoint(
        Interval(120, 120)
    )


def test_check_interval_fact_min_max_and_tolerance() -> None:
    fact = CountFact(id="c", source="f", line=1, counted="x", min=2200)
    assert fact_interval(fact) == Interval(2200, math.inf)
    # "more than 2,200" agrees with "at least 2,200": (2200, inf) meets [2200, inf).
    assert not count_interval(count(2200, "more_than")).disjoint(fact_interval(fact))
    loose = CountFact(id="c", source="f", line=1, counted="x", value=50, tolerance=0.1)
    assert not Interval(55, 55).disjoint(fact_interval(loose))


def test_check_interval_open_ends_touching_are_disjoint() -> None:
    assert Interval(0, 5, hi_open=True).disjoint(Interval(5, 9))
    assert not Interval(0, 5).disjoint(Interval(5, 9))


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2023-08-09", "2023-08-09", "2023-08-09"),
        ("2023-08-31T14:00", "2023-08-31", "2023-08-31"),
        ("2023-08", "2023-08-01", "2023-08-31"),
        ("2023-02", "2023-02-01", "2023-02-28"),
        ("2023", "2023-01-01", "2023-12-31"),
        ("2023-SU", "2023-06-01", "2023-08-31"),
        ("2023-WI", "2023-12-01", "2024-02-29"),
        ("2023-W35", "2023-08-28", "2023-09-03"),
        ("2023-Q3", "2023-07-01", "2023-09-30"),
        ("199", "1990-01-01", "1999-12-31"),
    ],
)
def test_check_date_interval_covers_granularity(
    value: str, first: str, last: str
) -> None:
    iv = date_interval(value)
    assert iv is not None
    assert dt.date.fromordinal(int(iv.lo)).isoformat() == first
    assert dt.date.fromordinal(int(iv.hi)).isoformat() == last


@pytest.mark.parametrize("value", ["XXXX-WXX-4", "PRESENT_REF", "P3D", "2023-02-30"])
def test_check_date_interval_unanchored_is_none(value: str) -> None:
    assert date_interval(value) is None
