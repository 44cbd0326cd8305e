"""Merging and combining candidates: date + time, ranges, offsets, parts of periods."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .candidates import Candidate, char_at, day_candidate, make, replace, squash_spaces
from .lexicon import (
    BETWEEN_BEFORE,
    FIRST_LAST,
    FIRST_WORDS,
    FOR_BEFORE,
    FROM_BEFORE,
    GAP_DATE_ON_WEEKDAY,
    GAP_DATE_PART_OF_DAY,
    GAP_DATE_TIME,
    GAP_FROM,
    GAP_PART_OF_DAY_DATE,
    GAP_PART_OF_DAY_TIME,
    GAP_SET_TIME,
    GAP_TIME_DATE,
    GAP_TIME_LATER_PART_OF_DAY,
    GAP_TIME_PART_OF_DAY,
    GAP_WEEKDAY_DATE,
    OFFSET_GAPS,
    OF_GAP,
    OF_THE_YEAR_AFTER,
    POSSESSIVE_ENDINGS,
    RANGE_GAP,
    RANGE_NEEDS_BETWEEN,
    STARTING_GAP,
    TIME_NEXT,
    TO_DATE_AFTER,
    WEEKDAY_ONLY,
)
from .values import (
    CALENDAR_LIMITS,
    DURATION_VALUE,
    YEAR_VALUE,
    add_months,
    monday_of,
    next_period_start,
    part_of_day_hour,
    part_of_period,
    period_start,
    safe_date,
    time_value,
)

if TYPE_CHECKING:
    from .resolve import Context


def merge(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    text = ctx.text
    out: list[Candidate] = []
    i = 0
    cands = sorted(cands, key=lambda c: c.start)
    while i < len(cands):
        cur = cands[i]
        j = i + 1
        while j < len(cands):
            nxt = cands[j]
            gap = text[cur.end : nxt.start]
            merged = combine_pair(ctx, cur, nxt, gap)
            if merged is None:
                break
            cur = merged
            j += 1
        out.append(cur)
        i = j
    return out


def combine_pair(
    ctx: Context, a: Candidate, b: Candidate, gap: str
) -> Candidate | None:
    """One candidate for `a`, `gap`, `b` read together, or None."""
    if len(gap) > 40:
        return None
    g = squash_spaces(gap.lower()).strip()
    for combine in _COMBINERS:
        try:
            merged = combine(ctx, a, b, g)
        except CALENDAR_LIMITS:  # 'two weeks after 9999-12-25': left apart
            ctx.beyond.append((a.start, b.end))
            return None
        if merged is not None:
            return merged
    return None


def _weekday_and_date(
    ctx: Context, a: Candidate, b: Candidate, g: str
) -> Candidate | None:
    # weekday + explicit date ('Monday, Feb 18', 'Jul 18, Fri')
    if (
        a.kind == "weekday"
        and b.kind in ("md", "mdy", "date")
        and g in GAP_WEEKDAY_DATE
    ):
        if b.ymd is None and a.date is not None and b.date is not None:
            # 'Monday two weeks from now': that weekday in the week reached
            return weekday_in_week(ctx, a.date.isoweekday(), b, a.start, b.end)
        return replace(b, start=a.start, weak=False)
    if (
        a.kind == "date"
        and a.ymd is None
        and a.date is not None
        and b.kind == "weekday"
        and b.date is not None
        and g in GAP_DATE_ON_WEEKDAY
        and WEEKDAY_ONLY.fullmatch(ctx.text, b.start, b.end)
    ):
        # 'in 3 days on Friday': the Friday of the week three days from now
        return weekday_in_week(ctx, b.date.isoweekday(), a, a.start, b.end)
    if a.kind in ("md", "mdy", "date") and b.kind == "weekday" and g in (",", "", "("):
        end = b.end + (1 if char_at(ctx.text, b.end) == ")" else 0)
        return replace(a, end=end)
    return None


def _date_and_time(
    ctx: Context, a: Candidate, b: Candidate, g: str
) -> Candidate | None:
    """A day with a clock time or a part of day, in either order."""
    a_day = a.day is not None and a.type == "DATE"
    b_day = b.day is not None and b.type == "DATE"
    a_time = a.kind in ("time", "trange") and a.hms is not None
    b_time = b.kind in ("time", "trange") and b.hms is not None
    if a_day and b_time and GAP_DATE_TIME.fullmatch(g):
        return date_with_time(ctx, a, b, a.start, b.end)
    if a_time and b_day and GAP_TIME_DATE.fullmatch(g):
        return date_with_time(ctx, b, a, a.start, b.end)
    b_bare_pod = b.kind == "pod" and b.day is None
    a_bare_pod = a.kind == "pod" and a.day is None
    if a_day and b_bare_pod and GAP_DATE_PART_OF_DAY.fullmatch(g):
        return _day_part(a.start, b.end, a, b.pod)
    if a_bare_pod and b_day and GAP_PART_OF_DAY_DATE.fullmatch(g):
        return _day_part(a.start, b.end, b, a.pod)
    # 'Tuesday at 2' + 'in the afternoon': the part of day sets the hour
    if (
        a.kind == "time_full"
        and a.hms is not None
        and a.pod is not None
        and b.kind == "pod"
        and b.day is None
        and g in GAP_TIME_LATER_PART_OF_DAY
    ):
        h, mi, s = a.hms
        if not a.ampm:
            h = part_of_day_hour(h, b.pod)
        return make(
            a.start,
            b.end,
            "TIME",
            "time",
            a.pod + time_value(h, mi or 0, s),
            kind="time_full",
            date=a.date,
            hms=(h, mi, s),
            ampm=True,
            pod=a.pod,
        )
    if a.kind == "pod" and b_time and GAP_PART_OF_DAY_TIME.fullmatch(g):
        return part_of_day_with_time(ctx, a, b, a.start, b.end)
    if a_time and b.kind == "pod" and GAP_TIME_PART_OF_DAY.fullmatch(g):
        return part_of_day_with_time(ctx, b, a, a.start, b.end)
    return None


def _day_part(start: int, end: int, day: Candidate, pod: str | None) -> Candidate:
    return make(
        start,
        end,
        "TIME",
        "time",
        f"{day.day}T{pod}",
        kind="pod",
        pod=pod,
        day=day.day,
        date=day.date,
    )


def _duration_and_date(
    ctx: Context, a: Candidate, b: Candidate, g: str
) -> Candidate | None:
    if a.kind != "dur":
        return None
    # 'a two-week ceasefire starting Friday', 'for 3 days, from today': a
    # stretch of time laid down from a start day
    if (
        b.type == "DATE"
        and b.date is not None
        and b.gran == "day"
        and not TIME_NEXT.match(ctx.text, b.end)
        and (
            STARTING_GAP.fullmatch(g)
            or (g in GAP_FROM and FOR_BEFORE.search(ctx.text, 0, a.start))
        )
    ):
        r = duration_from(ctx, a, b)
        if r is not None:
            return r
    # offset + date: 'three days after Easter', 'two years after 2011'
    if (
        g in OFFSET_GAPS
        and (b.date is not None or b.kind == "year")
        and ctx.text[b.end : b.end + 2] not in POSSESSIVE_ENDINGS
    ):
        return offset_from(ctx, a, b, OFFSET_GAPS[g])
    return None


def _set_and_time(
    ctx: Context, a: Candidate, b: Candidate, g: str
) -> Candidate | None:
    """Recurring day + time: 'every Monday at 4pm', 'Thursdays at 17.30'."""
    b_time = b.kind == "time" and b.hms is not None
    if a.type == "SET" and b_time and GAP_SET_TIME.fullmatch(g):
        return set_with_time(ctx, a, b, a.start, b.end)
    a_time = a.kind == "time" and a.hms is not None
    if b.type == "SET" and a_time and g in ("", ","):
        return set_with_time(ctx, b, a, a.start, b.end)
    return None


_COMBINERS = (_weekday_and_date, _date_and_time, _duration_and_date, _set_and_time)


def duration_from(ctx: Context, a: Candidate, b: Candidate) -> Candidate | None:
    m = DURATION_VALUE.fullmatch(a.value)
    if m is None or b.date is None:
        return None
    n, u = int(m[1]), m[2]
    lo = b.date
    if u in ("D", "W"):
        hi = lo + datetime.timedelta(days=n if u == "D" else 7 * n)
    else:
        hi = add_months(lo, n if u == "M" else 12 * n)
    value = f"({lo.isoformat()},{hi.isoformat()},{a.value})"
    return make(a.start, b.end, "DATE", "day", value, kind="range")


def weekday_in_week(
    ctx: Context,
    wd: int,
    c: Candidate,
    start: int,
    end: int,
) -> Candidate:
    assert c.date is not None
    d = monday_of(c.date) + datetime.timedelta(days=wd - 1)
    v = d.isoformat()
    return make(start, end, "DATE", "day", v, kind="date", day=v, date=d)


def set_with_time(
    ctx: Context,
    st: Candidate,
    t: Candidate,
    start: int,
    end: int,
) -> Candidate | None:
    """'every Monday at 4pm' -> XXXX-WXX-1T16, 'every day at 7pm' -> T19."""
    h, mi, sec = t.hms  # type: ignore[misc]
    if st.value.startswith("XXXX-"):
        base = st.value
    elif st.value in ("P1D", "TMO", "TAF", "TEV", "TNI"):
        base = ""
        if not t.ampm and st.value != "P1D":
            h = part_of_day_hour(h, st.value[1:])
    else:
        return None
    return make(start, end, "SET", "set", base + time_value(h, mi, sec), kind="set")


def offset_from(
    ctx: Context, a: Candidate, b: Candidate, sign: int
) -> Candidate | None:
    """Duration `a` after (sign 1) or before (-1) the date `b`."""
    m = DURATION_VALUE.fullmatch(a.value)
    if not m:
        return None
    n, u = int(m[1]), m[2]
    if b.date is None:
        if u != "Y" or not YEAR_VALUE.fullmatch(b.value):
            return None
        y = int(b.value) + sign * n
        return make(a.start, b.end, "DATE", "year", f"{y:04d}", kind="year")
    if u == "D":
        d = b.date + datetime.timedelta(days=sign * n)
    elif u == "W":
        d = b.date + datetime.timedelta(days=sign * 7 * n)
    elif u == "M":
        d = add_months(b.date, sign * n)
    else:
        d = add_months(b.date, sign * 12 * n)
    return make(
        a.start,
        b.end,
        "DATE",
        "day",
        d.isoformat(),
        kind="date",
        day=d.isoformat(),
        date=d,
    )


def date_with_time(
    ctx: Context,
    d: Candidate,
    t: Candidate,
    start: int,
    end: int,
) -> Candidate:
    assert t.hms is not None and d.day is not None
    h, mi, s = t.hms
    if d.pod and not t.ampm:
        h = part_of_day_hour(h, d.pod)
    if t.kind == "trange" and t.hms2 is not None:
        return clock_interval(ctx, 
            start, end, t.hms, t.hms2, t.ampm, t.ampm2, d.day, d.pod, d.date
        )
    return make(
        start,
        end,
        "TIME",
        "time",
        d.day + time_value(h, mi or 0, s),
        kind="time_full",
        date=d.date,
        hms=(h, mi, s),
        # a bare hour ('Tuesday at 2') stays open to a later part of day
        ampm=t.ampm or d.pod is not None,
        pod=d.day,
    )


def part_of_day_with_time(
    ctx: Context,
    p: Candidate,
    t: Candidate,
    start: int,
    end: int,
) -> Candidate:
    assert t.hms is not None
    if t.kind == "trange" and t.hms2 is not None:
        return clock_interval(ctx, 
            start, end, t.hms, t.hms2, t.ampm, t.ampm2, p.day, p.pod, p.date
        )
    h, mi, s = t.hms
    if not t.ampm:
        h = part_of_day_hour(h, p.pod)
    if p.day is not None:
        return make(
            start,
            end,
            "TIME",
            "time",
            p.day + time_value(h, mi or 0, s),
            kind="time_full",
            date=p.date,
            hms=(h, mi, s),
            ampm=True,
            pod=p.day,
        )
    return make(
        start,
        end,
        "TIME",
        "time",
        time_value(h, mi, s),
        kind="time",
        hms=(h, mi, s),
        ampm=True,
    )


def join_ranges(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Join 'X to Y', 'between X and Y', 'X - Y' into one interval."""
    text = ctx.text
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        if i + 1 < len(cands):
            b = cands[i + 1]
            gap = text[a.end : b.start]
            if RANGE_GAP.fullmatch(gap):
                conn = gap.strip().lower()
                pre = text[max(0, a.start - 10) : a.start].lower()
                if conn not in RANGE_NEEDS_BETWEEN or BETWEEN_BEFORE.search(pre):
                    r = range_of(ctx, a, b)
                    if r is not None:
                        out.append(r)
                        i += 2
                        continue
        if (
            ctx.ref is not None
            and a.type == "DATE"
            and a.kind != "range"
            and (tail := TO_DATE_AFTER.match(text, a.end))
            and FROM_BEFORE.search(text, max(0, a.start - 8), a.start)
        ):
            # 'from March to date': the interval up to the publication day
            now = day_candidate(
                tail.start(1), tail.end(), ctx.ref.isoformat(), ctx.ref
            )
            r = range_of(ctx, a, now)
            if r is not None:
                out.append(r)
                i += 1
                continue
        out.append(a)
        i += 1
    return out


def range_of(ctx: Context, a: Candidate, b: Candidate) -> Candidate | None:
    """'X to Y' as one interval, or None (also when it leaves the calendar)."""
    try:
        return _range_of(ctx, a, b)
    except CALENDAR_LIMITS:
        ctx.beyond.append((a.start, b.end))
        return None


def _range_of(ctx: Context, a: Candidate, b: Candidate) -> Candidate | None:
    if a.type == "TIME" or b.type == "TIME":
        return time_range(ctx, a, b)
    if (
        a.type != "DATE"
        or b.type != "DATE"
        or a.kind == "range"
        or b.kind == "range"
    ):
        return None
    a, b = share_year(ctx, a, b)
    if (
        b.kind == "weekday"
        and a.date is not None
        and b.date is not None
        and b.date < a.date
        and WEEKDAY_ONLY.fullmatch(ctx.text, b.start, b.end)
    ):
        # 'from next Monday to Friday': a bare weekday ends after the start
        d = b.date + datetime.timedelta(
            days=7 * (((a.date - b.date).days + 6) // 7)
        )
        b = replace(b, value=d.isoformat(), day=d.isoformat(), date=d)
    pa = period_start(a.value, ctx.ref)
    pb = period_start(b.value, ctx.ref)
    if pa is None or pb is None:
        return None
    (sa, ga), (sb, gb) = pa, pb
    if a.mod == "END":
        sa = next_period_start(sa, ga)
    if b.mod == "END":
        sb = next_period_start(sb, gb)
    if sb < sa:
        return None
    order = ["year", "quarter", "month", "week", "day"]
    fine = max(ga, gb, key=order.index)
    if fine == "year":
        dur = f"P{sb.year - sa.year}Y"
    elif fine in ("month", "quarter"):
        dur = f"P{(sb.year - sa.year) * 12 + sb.month - sa.month}M"
    elif fine == "week":
        dur = f"P{(sb - sa).days // 7}W"
    else:
        dur = f"P{(sb - sa).days}D"
    value = f"({sa.isoformat()},{sb.isoformat()},{dur})"
    gran = ga if ga != "quarter" else "month"
    return make(a.start, b.end, "DATE", gran, value, kind="range")


def parts_of_periods(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """'the first two weeks of 2021', 'the last four months of the year'.

    The stretch named is a stretch of calendar time, so it becomes the
    interval it covers instead of a bare duration beside a separate year.
    """
    text = ctx.text
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        edge = FIRST_LAST.match(text, a.start) if a.kind == "dur" else None
        dur = DURATION_VALUE.fullmatch(a.value) if edge else None
        if edge and dur:
            b = cands[i + 1] if i + 1 < len(cands) else None
            period: tuple[str, int] | None = None
            if (
                b is not None
                and b.type == "DATE"
                and OF_GAP.fullmatch(text, a.end, b.start)
            ):
                period = (b.value, b.end)
            elif ctx.ref and (y := OF_THE_YEAR_AFTER.match(text, a.end)):
                period = (f"{ctx.ref.year:04d}", y.end())
            if period is not None:
                first = edge.group(1).lower() in FIRST_WORDS
                n, unit = int(dur[1]), dur[2]
                try:
                    span = part_of_period(period[0], first, n, unit)
                except CALENDAR_LIMITS:  # 'the last two weeks of 9999'
                    ctx.beyond.append((a.start, period[1]))
                    span = None
                if span is not None:
                    lo, hi = span
                    out.append(
                        make(
                            a.start,
                            period[1],
                            "DATE",
                            {"D": "day", "W": "week", "M": "month"}[unit],
                            f"({lo.isoformat()},{hi.isoformat()},P{n}{unit})",
                            kind="range",
                        )
                    )
                    i += 2 if b is not None and period[1] == b.end else 1
                    continue
        out.append(a)
        i += 1
    return out


def share_year(ctx: Context, a: Candidate, b: Candidate) -> tuple[Candidate, Candidate]:
    """'Nov 18 - Dec 19, 2015': a year written once serves both ends."""
    ay, by = a.ymd, b.ymd
    if not ay or not by or not ay[1] or not by[1]:
        if (
            ay
            and by
            and ay[0] is None
            and ay[1]
            and by[0] is not None
            and not by[1]
        ):
            return with_year(ctx, a, by[0]), b
        return a, b
    if ay[0] is None and by[0] is not None:
        return with_year(ctx, a, by[0] - (1 if ay[1] > by[1] else 0)), b
    if by[0] is None and ay[0] is not None:
        return a, with_year(ctx, b, ay[0] + (1 if by[1] < ay[1] else 0))
    if ay[0] is None and by[0] is None and a.value[:4].isdigit():
        ya = int(a.value[:4])
        later = (by[1], by[2] or 0) < (ay[1], ay[2] or 0)
        return a, with_year(ctx, b, ya + (1 if later else 0))
    return a, b


def with_year(ctx: Context, c: Candidate, y: int) -> Candidate:
    assert c.ymd is not None
    _, mo, d = c.ymd
    if mo is None:
        return c
    if d:
        dt = safe_date(y, mo, d)
        v = f"{y:04d}-{mo:02d}-{d:02d}"
        return replace(c, value=v, date=dt, day=v, ymd=(y, mo, d))
    return replace(c, value=f"{y:04d}-{mo:02d}", ymd=(y, mo, None))


def time_range(ctx: Context, a: Candidate, b: Candidate) -> Candidate | None:
    if a.hms is None or b.hms is None or a.kind == "trange" or b.kind == "trange":
        return None
    if a.kind not in ("time", "time_full") or b.kind not in ("time", "time_full"):
        return None
    a_date = a.date if a.kind == "time_full" else None
    if (
        a_date is None
        and b.kind == "time_full"
        and ctx.ref is not None
        and not ctx.text[b.start : b.end][:1].isdigit()
    ):
        # '2pm till tomorrow 4:30pm': a day written before the end time
        # belongs to the end only; the start is on the publication day
        a_date = ctx.ref
    if (
        a_date is not None
        and b.kind == "time_full"
        and b.date is not None
        and a_date != b.date
    ):
        return cross_day_range(ctx, a, b, a_date, b.date)
    day = (
        a.pod if a.kind == "time_full" else b.pod if b.kind == "time_full" else None
    )
    date = a.date if a.kind == "time_full" else b.date
    return clock_interval(ctx, 
        a.start, b.end, a.hms, b.hms, a.ampm, b.ampm, day, None, date
    )


def cross_day_range(
    ctx: Context, a: Candidate, b: Candidate, da: datetime.date, db: datetime.date
) -> Candidate | None:
    """'from 2pm today to 4pm tomorrow': each end keeps its own day."""
    assert a.hms is not None and b.hms is not None
    (h1, m1, s1), (h2, m2, s2) = a.hms, b.hms
    t1 = datetime.datetime.combine(da, datetime.time()) + datetime.timedelta(
        hours=h1, minutes=m1 or 0
    )
    t2 = datetime.datetime.combine(db, datetime.time()) + datetime.timedelta(
        hours=h2, minutes=m2 or 0
    )
    mins = int((t2 - t1).total_seconds() // 60)
    if mins <= 0 or h1 > 23 or h2 > 23:
        return None
    hh, mm = divmod(mins, 60)
    dur = "PT" + (f"{hh}H" if hh else "") + (f"{mm}M" if mm else "")
    value = (
        f"({da.isoformat()}{time_value(h1, m1, s1)},"
        f"{db.isoformat()}{time_value(h2, m2, s2)},{dur})"
    )
    return make(a.start, b.end, "TIME", "time", value, kind="trange_done", date=da)


def clock_interval(ctx: Context,
    start: int,
    end: int,
    t1: tuple[int, int | None, int | None] | None,
    t2: tuple[int, int | None, int | None],
    k1: bool,
    k2: bool,
    day: str | None,
    pod: str | None,
    date: datetime.date | None,
) -> Candidate:
    assert t1 is not None
    h1, m1, s1 = t1
    h2, m2, s2 = t2
    if pod and not k1:
        h1 = part_of_day_hour(h1, pod)
        k1 = True
    if pod and not k2:
        h2 = part_of_day_hour(h2, pod)
        k2 = True
    # '5 to 6pm': the meridiem written once applies to both ends
    if (
        not k1
        and k2
        and h2 >= 12
        and h1 < 12
        and (h1 + 12) * 60 + (m1 or 0) <= h2 * 60 + (m2 or 0)
    ):
        h1 += 12
    if not k2 and h2 < 12 and (h2 * 60 + (m2 or 0)) < (h1 * 60 + (m1 or 0)):
        h2 += 12
    mins = (h2 * 60 + (m2 or 0)) - (h1 * 60 + (m1 or 0))
    if mins < 0:
        mins += 24 * 60
    hh, mm = divmod(mins, 60)
    dur = "PT" + (f"{hh}H" if hh else "") + (f"{mm}M" if mm else "")
    if dur == "PT":
        dur = "PT0M"
    prefix = day or ""
    value = (
        f"({prefix}{time_value(h1, m1, s1)},{prefix}{time_value(h2, m2, s2)},{dur})"
    )
    return make(start, end, "TIME", "time", value, kind="trange_done", date=date)
