"""Anchoring against the reference date: the tense of a clause, the year of a
year-less date, narrative anchors ('the next day')."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from .candidates import Candidate, Match
from .combine import clock_interval
from .lexicon import (
    AUXILIARY_BEFORE,
    CLAUSE_BREAK,
    FUTURE_CUE,
    PAST_CUE,
    PAST_CUES_NOT_INSIDE,
    SEASON_START,
)
from .values import (
    CALENDAR_LIMITS,
    add_months,
    iso_week,
    monday_of,
    period_start,
    safe_date,
    unknown_value,
    within_calendar,
)


class Context:
    """One text, its reference date and the tense oracle; what rules resolve against.

    Relations are codes, not words: the rules map the words of their language
    onto them (lexicon.MONTH_RELATIONS, WEEKDAY_RELATIONS, SEASON_RELATIONS).
    """

    def __init__(
        self,
        text: str,
        ref: datetime.date | None,
        future: Callable[[int], bool] | None,
    ) -> None:
        self.text = text
        self.ref = ref
        self.future_fn = future
        self.stripped = text.strip()
        self._tense_cache: dict[int, int] = {}
        # Spans whose date counted from ref fell outside the years 1..9999.
        self.beyond: list[tuple[int, int]] = []
        self._unanchored: Context | None = None

    def unanchored(self) -> Context:
        """This text without a reference date: the fallback for a span whose
        relative date cannot be counted (it stays in XXXX form)."""
        if self._unanchored is None:
            self._unanchored = Context(self.text, None, self.future_fn)
        return self._unanchored

    def two_digit_year(self, yy: int) -> int:
        base = self.ref.year if self.ref else 2000
        y = 2000 + yy
        return y - 100 if y > base + 20 else y

    def standalone(self, m: Match) -> bool:
        return m.group().strip() == self.stripped

    def unit_value(
        self, unit: str, off: int, base: datetime.date | None = None
    ) -> tuple[str, str] | None:
        """The calendar unit (week, weekend, fortnight, month, year, fiscal_year,
        school_year, decade, century) `off` units from the reference or `base`."""
        ref = base or self.ref
        if ref is None:
            return None
        if unit == "week":
            return iso_week(ref + datetime.timedelta(days=7 * off)), "week"
        if unit == "weekend":
            return iso_week(ref + datetime.timedelta(days=7 * off)) + "-WE", "week"
        if unit == "fortnight":
            return iso_week(ref + datetime.timedelta(days=14 * off)), "week"
        if unit == "month":
            d = add_months(ref.replace(day=1), off)
            return f"{d.year:04d}-{d.month:02d}", "month"
        if unit == "year":
            return f"{within_calendar(ref.year + off):04d}", "year"
        if unit == "fiscal_year":
            return f"FY{within_calendar(ref.year + off):04d}", "year"
        if unit == "school_year":
            return f"SY{within_calendar(ref.year + off):04d}", "year"
        if unit == "decade":
            return f"{within_calendar(ref.year // 10 + off, 10):03d}", "decade"
        if unit == "century":
            return f"{within_calendar(ref.year // 100 + off, 100):02d}", "century"
        return None

    def shift(
        self, n: float | None, unit: str, sign: int, base: datetime.date | None = None
    ) -> tuple[str, str, datetime.date | None] | None:
        """Reference date moved by n units -> (value, granularity, day)."""
        ref = base or self.ref
        if ref is None or n is None or not float(n).is_integer():
            return None
        k = int(n) * sign
        if unit == "D":
            d = ref + datetime.timedelta(days=k)
            return d.isoformat(), "day", d
        if unit == "W":
            d = ref + datetime.timedelta(days=7 * k)
            return d.isoformat(), "day", d
        if unit == "F":
            d = ref + datetime.timedelta(days=14 * k)
            return d.isoformat(), "day", d
        if unit == "M":
            d = add_months(ref, k)
            return f"{d.year:04d}-{d.month:02d}", "month", None
        if unit == "Q":
            d = add_months(ref, 3 * k)
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}", "quarter", None
        if unit == "Y":
            return f"{within_calendar(ref.year + k):04d}", "year", None
        if unit == "DE":
            decade = within_calendar((ref.year + 10 * k) // 10, 10)
            return f"{decade:03d}", "decade", None
        if unit == "CE":
            century = within_calendar((ref.year + 100 * k) // 100, 100)
            return f"{century:02d}", "century", None
        if unit in ("H", "TM", "S"):
            # The reference is a day without a clock time, so 'three hours ago'
            # cannot be a clock time; under a day away it is the reference day.
            secs = {"H": 3600, "TM": 60, "S": 1}[unit] * abs(k)
            if secs >= 86400:
                return None
            return ref.isoformat(), "day", ref
        return None

    def tense(self, start: int, end: int) -> int:
        """+1 future, -1 past, 0 unknown for the clause around [start, end)."""
        if start in self._tense_cache:
            return self._tense_cache[start]
        if self.future_fn is not None:
            res = (
                1
                if self.future_fn(start)
                else (-1 if self._local_tense(start, end) < 0 else 0)
            )
        else:
            res = self._local_tense(start, end)
        self._tense_cache[start] = res
        return res

    def _local_tense(self, start: int, end: int) -> int:
        text = self.text
        lo = max(0, start - 160)
        seg = text[lo:start]
        breaks = list(CLAUSE_BREAK.finditer(seg))
        if breaks:
            lo += breaks[-1].end()
        hi = min(len(text), end + 100)
        b = CLAUSE_BREAK.search(text, end, hi)
        if b:
            hi = b.start()
        best: tuple[int, int, int] | None = None  # (distance, tie, sign)
        for sign, pat in ((1, FUTURE_CUE), (-1, PAST_CUE)):
            for m in pat.finditer(text, lo, hi):
                if (
                    start <= m.start() < end
                    and sign < 0
                    and m.group().lower() in PAST_CUES_NOT_INSIDE
                ):
                    continue
                if sign < 0 and AUXILIARY_BEFORE.search(
                    text, max(lo, m.start() - 10), m.start()
                ):
                    # 'will be held': the auxiliary, not the participle, has the tense
                    continue
                if m.end() <= start:
                    dist = start - m.end()
                elif m.start() >= end:
                    dist = m.start() - end + 15  # cues after the expression count less
                else:
                    dist = 0
                key = (dist, 0 if sign > 0 else 1, sign)
                if best is None or key < best:
                    best = key
        return best[2] if best else 0

    def month_day(
        self, mo: int, d: int, start: int, end: int
    ) -> tuple[str, datetime.date | None]:
        """Year-less month/day: publication year unless the tense contradicts it."""
        ref = self.ref
        if ref is None:
            return f"XXXX-{mo:02d}-{d:02d}", None
        y = ref.year
        cand = safe_date(y, mo, d)
        if cand is None:
            # Feb 29 in a common year: the nearest leap year in the tense's direction.
            t = self.tense(start, end)
            for k in range(1, 5) if t > 0 else range(-1, -5, -1):
                cand = safe_date(y + k, mo, d)
                if cand:
                    return cand.isoformat(), cand
            return f"XXXX-{mo:02d}-{d:02d}", None
        t = self.tense(start, end)
        if t < 0 and cand > ref:
            cand = safe_date(y - 1, mo, d) or cand
        elif t > 0 and cand < ref:
            cand = safe_date(y + 1, mo, d) or cand
        return cand.isoformat(), cand

    def month_year(
        self, mo: int, start: int, end: int, relation: int | None = None
    ) -> str:
        """A year-less month: the previous (-1), next (+1) or this (0) one, or
        with no relation the publication year unless the tense contradicts it."""
        ref = self.ref
        if ref is None:
            return f"XXXX-{mo:02d}"
        y = ref.year
        if relation == -1:
            y = ref.year if mo < ref.month else ref.year - 1
        elif relation == 1:
            y = ref.year if mo > ref.month else ref.year + 1
        elif relation == 0:
            y = ref.year
        else:
            t = self.tense(start, end)
            if t < 0 and mo > ref.month:
                y -= 1
            elif t > 0 and mo < ref.month:
                y += 1
        return f"{y:04d}-{mo:02d}"

    def weekday(
        self, wd: int, start: int, end: int, relation: str = ""
    ) -> tuple[str, datetime.date | None]:
        """ISO weekday `wd` in next_week, last_week, the latest before (latest)
        or soonest after (soonest) the reference, this week, or by tense ("")."""
        ref = self.ref
        if ref is None:
            return f"XXXX-WXX-{wd}", None
        rw = ref.isoweekday()
        mon = monday_of(ref)
        if relation == "next_week":
            d = mon + datetime.timedelta(days=7 + wd - 1)
        elif relation == "last_week":
            d = mon + datetime.timedelta(days=-7 + wd - 1)
        elif relation == "latest":
            d = ref - datetime.timedelta(days=((rw - wd) % 7) or 7)
        elif relation == "soonest":
            d = ref + datetime.timedelta(days=((wd - rw) % 7) or 7)
        elif relation == "this":
            t = self.tense(start, end)
            if t < 0:
                d = ref - datetime.timedelta(days=(rw - wd) % 7)
            else:
                d = ref + datetime.timedelta(days=(wd - rw) % 7)
        else:
            # News convention: a bare weekday is the latest such day up to the
            # publication day, unless the clause is about the future.
            if self.tense(start, end) > 0:
                d = ref + datetime.timedelta(days=(wd - rw) % 7)
            else:
                d = ref - datetime.timedelta(days=(rw - wd) % 7)
        return d.isoformat(), d

    def season_year(
        self, s: str, start: int, end: int, relation: int | None
    ) -> int | None:
        """The year of season `s` (SP SU FA WI): last (-1), next (+1), this (0),
        or with no relation by the tense."""
        ref = self.ref
        if ref is None:
            return None
        # The calendar year a season "belongs" to; winter is named by its December.
        cur = ref.year - 1 if (s == "WI" and ref.month <= 2) else ref.year
        first = SEASON_START[s]
        began = (
            (ref.year, ref.month) >= (cur, first)
            if s != "WI"
            else (ref.month <= 2 or ref.month == 12)
        )
        if relation == -1:
            return cur - 1
        if relation == 1:
            return cur + 1 if began else cur
        if relation is None:
            t = self.tense(start, end)
            if t < 0 and not began:
                return cur - 1
            if t > 0 and began and s != "WI" and ref.month > first + 2:
                return cur + 1
        return cur


def anchor_offset(ctx: Context, c: Candidate, anchor: datetime.date | None) -> None:
    """Resolve 'the next day', 'a year earlier' against the last date seen."""
    assert c.offset is not None
    n, unit, how = c.offset
    base = anchor or ctx.ref
    if how == "shift":
        # a later-than-anchor date needs an anchor: 'later than planned' has none
        if n > 0 and anchor is None:
            c.offset = None
            return
        res = ctx.shift(abs(n), unit, 1 if n > 0 else -1, base)
        if res is not None:
            if c.type == "DURATION":
                c.duration = c.value  # 'a year earlier': 2020, one year back
            c.value, c.gran, c.date = res
            c.type = "TIME" if c.gran == "time" else "DATE"
            c.kind = "rel"
        return
    if base is None:
        c.value = unknown_value(unit)
        return
    if unit == "day":
        d = base + datetime.timedelta(days=int(n))
        c.value, c.gran, c.date = d.isoformat(), "day", d
        return
    got = ctx.unit_value(unit, int(n), base)
    if got is not None:
        c.value, c.gran = got


def finish(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Resolve offsets against the last date before them; drop what stayed weak."""
    out: list[Candidate] = []
    last_date: datetime.date | None = None
    for c in cands:
        if c.offset is not None:
            try:
                anchor_offset(ctx, c, last_date)
            except CALENDAR_LIMITS:  # 'a year later' after 9999-12-31
                ctx.beyond.append((c.start, c.end))
                anchor_offset(ctx.unanchored(), c, None)
        if c.type == "DATE" and not c.weak:
            pt = period_start(c.value, None) if c.kind != "range" else None
            if pt is not None:
                last_date = pt[0]
        if c.weak:
            continue
        if c.kind == "trange" and c.hms is not None and c.hms2 is not None:
            c = clock_interval(ctx, 
                c.start, c.end, c.hms, c.hms2, c.ampm, c.ampm2, None, None, None
            )
        # A clock time with no day stays 'T15:30': anchoring it to the
        # publication day would often be wrong (news reports past days).
        if not c.value:
            continue
        out.append(c)
    return out
