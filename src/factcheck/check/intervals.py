"""Counts and dates -> the intervals of values they allow.

Claims and facts are compared as intervals: a claim contradicts a fact only when
the two cannot both be true (their intervals are disjoint). The interval of a
count claim follows its modifier:

| modifier  | interval                 | example                    |
|-----------|--------------------------|----------------------------|
| exact     | [v, v]                   | "50 guards"                |
| about     | [v - a*v, v + a*v]       | "about 50" (a = 10%)       |
| nearly    | [v - n*v, v)             | "nearly 50" (n = 10%)      |
| at_least  | [v, inf)                 | "at least six"             |
| more_than | (v, inf)                 | "more than 2,200"          |
| at_most   | (-inf, v]                | "at most 40"               |
| less_than | (-inf, v)                | "fewer than 40"            |
| range     | [v, value_max]           | "40 to 50"                 |

A date covers the days of its granularity: 2023-08 is 1-31 August, 2023-SU is
June-August (meteorological, northern hemisphere), 2023-W35 is that ISO week.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from factcheck.records import CountClaim
from factcheck.reference import CountFact


@dataclass(frozen=True, slots=True)
class Interval:
    """A set of reals [lo, hi], each end open or closed."""

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def disjoint(self, other: Interval) -> bool:
        return _below(self, other) or _below(other, self)

    def __str__(self) -> str:
        lo, hi = _num(self.lo), _num(self.hi)
        if self.lo == self.hi:
            return lo
        if math.isinf(self.hi):
            return f"{'>' if self.lo_open else '>='} {lo}"
        if math.isinf(self.lo):
            return f"{'<' if self.hi_open else '<='} {hi}"
        return f"{'(' if self.lo_open else '['}{lo}, {hi}{')' if self.hi_open else ']'}"


def _below(a: Interval, b: Interval) -> bool:
    """Every point of a is below every point of b."""
    return a.hi < b.lo or (a.hi == b.lo and (a.hi_open or b.lo_open))


def _num(v: float) -> str:
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.4g}"


def count_interval(
    claim: CountClaim, *, about: float = 0.10, nearly: float = 0.10
) -> Interval:
    """The values a count claim allows (see the module docstring)."""
    v = float(claim.value)
    m = claim.modifier
    inf = math.inf
    if m == "about":
        return Interval(v - abs(v) * about, v + abs(v) * about)
    if m == "nearly":
        # "nearly 50" is below 50 but not far below: [45, 50) by default.
        return Interval(v - abs(v) * nearly, v, hi_open=True)
    if m == "at_least":
        return Interval(v, inf)
    if m == "more_than":
        return Interval(v, inf, lo_open=True)
    if m == "at_most":
        return Interval(-inf, v)
    if m == "less_than":
        return Interval(-inf, v, hi_open=True)
    if m == "range" and claim.value_max is not None:
        hi = float(claim.value_max)
        return Interval(min(v, hi), max(v, hi))
    return Interval(v, v)


def fact_interval(fact: CountFact) -> Interval:
    """The values a reference count allows: value +/- tolerance, or [min, max]."""
    if fact.value is not None:
        v = float(fact.value)
        slack = abs(v) * fact.tolerance
        return Interval(v - slack, v + slack)
    lo = -math.inf if fact.min is None else float(fact.min)
    hi = math.inf if fact.max is None else float(fact.max)
    return Interval(lo, hi)


def _days(first: dt.date, last: dt.date) -> Interval:
    return Interval(float(first.toordinal()), float(last.toordinal()))


def date_interval(value: str) -> Interval | None:
    """The days a TIMEX3 date value covers (as ordinals), or None if unanchored.

    Handles YYYY-MM-DD[Thh:mm], YYYY-MM, YYYY, decades (199), centuries (19),
    YYYY-Www[-WE], seasons (YYYY-SU) and quarters/halves (YYYY-Q3, YYYY-H1).
    """
    try:
        return _date_interval(value)
    except ValueError:  # 2023-02-30 or week 54: not a date we can place
        return None


def _date_interval(value: str) -> Interval | None:
    # The tagger's own reading of its values: one parser of TIMEX3 periods.
    from factcheck.timex.values import covered_days

    covered = covered_days(value)
    return None if covered is None else _days(*covered)


def date_range_str(iv: Interval) -> str:
    """A date interval as 2023-08-31 or 2023-08-01..2023-08-31."""
    first = dt.date.fromordinal(int(iv.lo))
    last = dt.date.fromordinal(int(iv.hi))
    return first.isoformat() if first == last else f"{first}..{last}"
