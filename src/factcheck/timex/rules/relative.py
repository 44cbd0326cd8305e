"""Dates relative to the reference date.

today, tomorrow, 'next month', 'the end of the year', 'the week after next', 'the
weekend before last', 'the next day', 'three days ago', 'in two weeks', now,
recently, the future.
"""

from __future__ import annotations

import datetime
import re

from ..candidates import (
    Candidate,
    Match,
    Rule,
    day_candidate,
    example,
    make,
    squash_spaces,
)
from ..combine import duration_from
from ..lexicon import (
    CALENDAR_UNITS,
    FOR_BEFORE,
    QUANTITY_RE,
    RELATIVE_OFFSETS,
    UNITS,
    UNIT_RE,
    compile_ci,
    quantity,
)
from ..resolve import Context
from ..values import add_months, iso_duration, unknown_value
from .common import duration_value


USA_BEFORE = re.compile(r"USA\s$")


RECORD_CUE_BEFORE = re.compile(
    r"\b(?:first|time|years|lowest|highest|biggest|worst|best|most|least)"
    r"\b[^.]{0,30}$",
    re.I,
)


LETTER_AFTER = re.compile(r"\s*[a-z]")


FORMER_AFTER = re.compile(r"[\s-]*(?:defunct|former|retired|infamous|famous|ex)\b")


LAST_BEFORE = compile_ci(r"\b(?:last|past|next|previous|recent|first|coming)\s*$")


LATER_IN_PERIOD_AFTER = re.compile(
    r"\s+(?:this|next|that)\s+(?:week|month|year|quarter|morning|afternoon|evening)\b"
    r"|\s+in\s+the\s+(?:week|month|year|day|morning|afternoon|evening)\b",
    re.I,
)


def _ago_part(ctx: Context, m: Match, q: str, unit: str, sign: int, start: int
) -> Candidate | None:
    u = UNITS.get(unit.lower())
    n = quantity(q)
    if u is None or u == "WE" or n is None:
        return None
    res = ctx.shift(n, u, sign)
    if res is None:
        return None
    v, gran, d = res
    typ = "TIME" if gran == "time" else "DATE"
    kind = "date" if d else "rel"
    return make(
        start, m.end(), typ, gran, v, kind=kind, day=v if d else None, date=d
    )


def _ago_compound(ctx: Context, m: Match, sign: int) -> Candidate | None:
    """'two years and three months ago', '2 weeks and 2 days ago'."""
    ref = ctx.ref
    if ref is None:
        return None
    d = ref
    fine = ""
    for q, unit in ((m["q"], m["u"]), (m["q2"], m["u2"])):
        u = UNITS.get(unit.lower())
        n = quantity(q)
        if u not in ("Y", "M", "W", "D") or n is None or not float(n).is_integer():
            return None
        k = int(n) * sign
        if u == "Y":
            d = add_months(d, 12 * k)
        elif u == "M":
            d = add_months(d, k)
        else:
            d = d + datetime.timedelta(days=k * (7 if u == "W" else 1))
        fine = u
    if fine in ("W", "D"):
        v = d.isoformat()
        return make(m.start(), m.end(), "DATE", "day", v, kind="date", day=v, date=d)
    if fine == "M":
        return make(
            m.start(), m.end(), "DATE", "month", f"{d.year:04d}-{d.month:02d}"
        )
    return make(m.start(), m.end(), "DATE", "year", f"{d.year:04d}")


def _today_tomorrow_yesterday(ctx: Context, m: Match) -> Candidate | None:
    low = squash_spaces(m.group().lower())
    pre = ctx.text[max(0, m.start() - 5) : m.start()]
    if low == "today" and USA_BEFORE.search(pre):
        return None
    off = {
        "today": 0,
        "tonight": 0,
        "tonite": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "tmrw": 1,
        "tomorrows": 1,
    }.get(low)
    if off is None:
        off = -2 if "yesterday" in low else 2
    pod = "NI" if low in ("tonight", "tonite") else None
    ref = ctx.ref
    if ref is None:
        if off == 0 and pod is None:
            return make(
                m.start(), m.end(), "DATE", "day", "PRESENT_REF", kind="relday"
            )
        v = "XXXX-XX-XX"
        return make(
            m.start(),
            m.end(),
            "TIME" if pod else "DATE",
            "time" if pod else "day",
            v + ("TNI" if pod else ""),
            kind="relday",
            pod=pod,
            day=v,
        )
    dt = ref + datetime.timedelta(days=off)
    v = dt.isoformat()
    if pod:
        return make(
            m.start(),
            m.end(),
            "TIME",
            "time",
            v + "TNI",
            kind="pod",
            pod=pod,
            day=v,
            date=dt,
        )
    return make(m.start(), m.end(), "DATE", "day", v, kind="relday", day=v, date=dt)


TODAY_TOMORROW_YESTERDAY = Rule(
    name="today_tomorrow_yesterday",
    pattern=(
        r"(?:the\s+)?day\s+(?:before|after)\s+(?:yesterday|tomorrow)"
        r"|(?<![\w'\u2019])(?:today|tonight|tonite|yesterday|tomorrow|tmrw|tomorrows)(?"
        r"![\w])"
    ),
    gates=None,
    handler=_today_tomorrow_yesterday,
    examples=(
        example("It rained yesterday.", "2023-09-01"),
        example("We leave tonight.", "2023-09-02TNI"),
        example("The day after tomorrow is free.", "2023-09-04"),
        example("It rained yesterday.", "XXXX-XX-XX", ref=None),
        example("We leave tonight.", "XXXX-XX-XXTNI", ref=None),
        example("It is hot today.", "PRESENT_REF", ref=None),
        example("USA Today reported it."),
        example(
            "From 2pm today to 4pm tomorrow it rains.",
            "(2023-09-02T14,2023-09-03T16,PT26H)",
        ),
        example(
            "Open 2pm till tomorrow 4:30pm.",
            "(2023-09-02T14,2023-09-03T16:30,PT26H30M)",
        ),
    ),
)


def _this_next_last_unit(ctx: Context, m: Match) -> Candidate | None:
    mod = m["mod"].lower()
    unit = squash_spaces(m["unit"].lower()).replace("week-end", "weekend")
    if unit.startswith("work"):
        unit = "week"
    if unit == "yr":
        unit = "year"
    pre = (m["pre"] or "").lower()
    if mod == "same":
        v = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}.get(unit)
        if v is None:
            return None
        return make(m.start(), m.end(), "DATE", unit, v, kind="rel")
    off = RELATIVE_OFFSETS[mod]
    if (
        m["the"]
        and mod in ("past", "last")
        and not pre
        and unit in ("week", "month", "year", "decade", "century", "fortnight")
    ) or (unit == "fortnight" and off != 0 and not pre):
        # a fortnight is no calendar unit: 'the next fortnight' is two weeks
        # 'the past year' is a span of time ending now (TimeML duration)
        u = {
            "week": "W",
            "month": "M",
            "year": "Y",
            "decade": "DE",
            "century": "CE",
            "fortnight": "W",
        }[unit]
        n = 2 if unit == "fortnight" else 1
        return make(
            m.start(), m.end(), "DURATION", "duration", f"P{n}{u}", kind="dur"
        )
    got = ctx.unit_value(CALENDAR_UNITS.get(unit, unit), off)
    if got is None:
        x = unknown_value(unit.replace("-", ""))
        got = (
            x,
            {"weekend": "week", "fortnight": "week"}.get(unit, unit.split()[-1]),
        )
    v, gran = got
    if gran == "year" and unit not in ("year",):
        gran = "year"
    end = m.end("unit")
    return make(m.start(), end, "DATE", gran, v, kind="rel", day=None)


THIS_NEXT_LAST_UNIT = Rule(
    name="this_next_last_unit",
    pattern=(
        r"(?:(?P<pre>earlier|later|early|late|mid|the\s+(?:end|beginning|start|middle"
        r"|rest|remainder)\s+of|(?:at\s+)?(?:the\s+)?end\s+of|beginning\s+of"
        r"|start\s+of|middle\s+of)\s+(?:in\s+)?)?(?:(?P<the>the)\s+)?(?P<mod>this"
        r"|last|next|past|coming|previous|following|current|upcoming|same)\s+"
        r"(?P<unit>week|month|year|yr|decade|century|weekend|week-end|fortnight"
        r"|work(?:ing)?\s?week"
        r"|calendar\s+year|fiscal\s+year|school\s+year)(?![\w-])(?P<pos>['\u2019]s)?"
    ),
    gates=(
        "this",
        "last",
        "next",
        "past",
        "coming",
        "previous",
        "following",
        "current",
        "upcoming",
        "same",
    ),
    handler=_this_next_last_unit,
    examples=(
        example("Prices rose last month.", "2023-08"),
        example("The law changes next year.", "2024"),
        example("Sales fell the past year.", "P1Y"),
        example("We plan for the next fortnight.", "P2W"),
        example("It ends later this week.", "2023-W35"),
        example("Sales were flat the same month.", "XXXX-XX"),
        example("He sold only 3 next week.", "2023-W36"),
        example("We will find 30 minutes later this week.", "PT30M", "2023-W35"),
        example("Prices rose last month.", "XXXX-XX", ref=None),
        example("Rates fell over the past decade.", "P1DE"),
        example("It ends this century.", "20"),
        example("Budgets grow next fiscal year.", "FY2024"),
        example("Fees rise this school year.", "SY2023"),
        example("Prices rose last weekend.", "XXXX-WXX-WE", ref=None),
        example("Prices rose last decade.", "XXX", ref=None),
        example("It rose last fortnight.", "P2W"),
        example("It ends later this calendar year.", "2023"),
    ),
)


def _edge_of_unit(ctx: Context, m: Match) -> Candidate | None:
    if m["acr"]:
        if not m["acr"].isupper():
            return None
        unit = "year" if m["acr"].endswith("Y") else "month"
    else:
        unit = m["unit"].lower()
    got = ctx.unit_value(CALENDAR_UNITS.get(unit, unit), 0)
    if got is None:
        got = (unknown_value(unit), unit)
    return make(m.start(), m.end(), "DATE", got[1], got[0], kind="rel")


EDGE_OF_UNIT = Rule(
    name="edge_of_unit",
    pattern=(
        r"(?P<pre>earlier|later|early|late|(?:the\s+)?(?:end|beginning|start|middle"
        r"|rest|remainder)\s+of)\s+(?:in\s+)?(?:the\s+)?(?P<unit>week|month|year)\b"
        r"(?!['\u2019-]|\s+(?:of|before|after|ago|earlier|later)\b)"
        r"|(?-i:\b(?P<acr>EOY|EOM|BOY|BOM)\b)"
    ),
    gates=(
        "end of",
        "beginning of",
        "start of",
        "middle of",
        "rest of",
        "remainder of",
        "earlier in",
        "later in",
        "early in",
        "late in",
        "eoy",
        "eom",
        "boy",
        "bom",
    ),
    handler=_edge_of_unit,
    examples=(
        example("It ships by the end of the month.", "2023-09"),
        example("Targets are due EOY.", "2023"),
        example("It ships by the end of the month.", "XXXX-XX", ref=None),
    ),
)


def _unit_after_next(ctx: Context, m: Match) -> Candidate | None:
    unit = m["unit"].lower()
    off = 2 if m["dir"].lower().startswith("after") else -2
    got = ctx.unit_value(CALENDAR_UNITS.get(unit, unit), off)
    if got is None:
        v = unknown_value(unit)
        return make(m.start(), m.end(), "DATE", unit, v, kind="rel")
    return make(m.start(), m.end(), "DATE", got[1], got[0], kind="rel")


UNIT_AFTER_NEXT = Rule(
    name="unit_after_next",
    pattern=(
        r"\bthe\s+(?P<unit>week|month|year)\s+(?P<dir>after\s+next|before\s+last)\b"
    ),
    gates=("after next", "before last"),
    handler=_unit_after_next,
    examples=(
        example("We move the week after next.", "2023-W37"),
        example("Prices peaked the year before last.", "2021"),
        example("We move the week after next.", "XXXX-WXX", ref=None),
    ),
)


def _weekend_before_last(ctx: Context, m: Match) -> Candidate:
    """Two weekends back, counted as 'last weekend' (one back) is."""
    got = ctx.unit_value("weekend", -2)
    value = got[0] if got is not None else unknown_value("weekend")
    return make(m.start(), m.end(), "DATE", "week", value, kind="rel")


WEEKEND_BEFORE_LAST = Rule(
    name="weekend_before_last",
    pattern=r"\bthe\s+week-?\s?end\s+before\s+last\b",
    gates=("before last",),
    handler=_weekend_before_last,
    examples=(
        # a Saturday: last weekend is 2023-W34-WE
        example("We met the weekend before last.", "2023-W33-WE"),
        # a Monday: last weekend is the one just past, 2023-W35-WE
        example("The week-end before last was wet.", "2023-W34-WE", ref="2023-09-04"),
        example(
            "Crowds marched the weekend before last and again last weekend.",
            "2023-W33-WE",
            "2023-W34-WE",
        ),
        example("We met the weekend before last.", "XXXX-WXX-WE", ref=None),
    ),
)


def _the_next_unit(ctx: Context, m: Match) -> Candidate | None:
    mod = (m["mod"] or m["dir"] or "").lower()
    unit = (m["unit"] or "day").lower()
    off = 1 if mod in ("next", "following", "after") else -1
    c = make(m.start(), m.end(), "DATE", unit, "", kind="rel", prio=1)
    c.offset = (off, CALENDAR_UNITS[unit], "unit")
    return c


THE_NEXT_UNIT = Rule(
    name="the_next_unit",
    pattern=(
        r"\bthe\s+(?P<mod>next|following|previous|preceding|prior)\s+"
        r"(?P<unit>day|week|month|year)(?![\w-])"
        r"|\bthe\s+day\s+(?P<dir>before|after)(?!\s+(?:yesterday|tomorrow))\b"
    ),
    gates=(
        "the next",
        "the following",
        "the previous",
        "the preceding",
        "the prior",
        "the day",
    ),
    handler=_the_next_unit,
    examples=(
        example(
            "She arrived on 3 March 2021 and left the next day.",
            "2021-03-03",
            "2021-03-04",
        ),
        example("The talks failed; the following week they resumed.", "2023-W36"),
        example("They left the next day.", "XXXX-XX-XX", ref=None),
        example("They left the day before.", "2023-09-01"),
    ),
)


def _unit_to_date(ctx: Context, m: Match) -> Candidate | None:
    unit = m.group().lower().split()[0].split("-")[0]
    ref = ctx.ref
    if ref is None:
        return None
    if unit == "year":
        return make(m.start(), m.end(), "DATE", "year", f"{ref.year:04d}")
    if unit == "month":
        return make(
            m.start(), m.end(), "DATE", "month", f"{ref.year:04d}-{ref.month:02d}"
        )
    return make(
        m.start(),
        m.end(),
        "DATE",
        "quarter",
        f"{ref.year:04d}-Q{(ref.month - 1) // 3 + 1}",
    )


UNIT_TO_DATE = Rule(
    name="unit_to_date",
    pattern=(
        r"\b(?:year|month|quarter)[\s-]+to[\s-]+date\b"
    ),
    gates=("to date", "to-date"),
    handler=_unit_to_date,
    examples=(
        example("Sales are up year to date.", "2023"),
        example("Returns month-to-date are flat.", "2023-09"),
        example("Quarter to date we grew.", "2023-Q3"),
    ),
)


def _ago_later(ctx: Context, m: Match) -> Candidate | None:
    c = _ago_later_value(ctx, m)
    if c is not None and c.type in ("DATE", "TIME") and c.duration is None:
        # 'six years ago' is the year 2017, and keeps the six years it counts back
        # (also when no reference date resolves it: PAST_REF with P6Y).
        c.duration = duration_value(ctx, [(m["q"], m["u"]), (m["q2"], m["u2"])])
    return c


def _ago_later_value(ctx: Context, m: Match) -> Candidate | None:
    direction = squash_spaces(m["dir"].lower())
    u = UNITS.get(m["u"].lower())
    if u is None or u == "WE":
        return None
    n = quantity(m["q"])
    sign = -1 if direction in ("ago", "back", "earlier", "before") else 1
    later_in = LATER_IN_PERIOD_AFTER.match(ctx.text, m.end())
    if direction in ("later", "earlier") and later_in:
        return None  # '30 minutes later this week': 'later this week' is one
    if direction in ("later", "earlier"):
        v = duration_value(ctx, [(m["q"], m["u"]), (m["q2"], m["u2"])])
        if v is None:
            return None
        c = make(m.start(), m.end(), "DURATION", "duration", v, kind="dur")
        if not m["u2"] and n is not None and float(n).is_integer():
            # 'a year earlier' is a date: resolved against the last date
            # mentioned (narrative anchor) or else the publication date
            c.offset = (-n if direction == "earlier" else n, u, "shift")
        return c
    if (
        direction.startswith("from")
        and not m["u2"]
        and ctx.ref is not None
        and n is not None
        and n >= 1
        and float(n).is_integer()
        and u in ("D", "W", "M", "Y")
        and FOR_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        # 'for 3 days from today' lasts three days; '3 days from today' is a day
        dur = make(m.start(), m.end(), "DURATION", "duration", f"P{int(n)}{u}")
        ref = day_candidate(m.end(), m.end(), ctx.ref.isoformat(), ctx.ref, "date")
        r = duration_from(ctx, dur, ref)
        if r is not None:
            return r
    if m["u2"]:
        pre = ctx.text[max(0, m.start() - 12) : m.start()]
        if LAST_BEFORE.search(pre):
            # 'the last 3 months and 2 days ago': the span, then '2 days ago'
            return _ago_part(ctx, m, m["q2"], m["u2"], sign, m.start("q2"))
        return _ago_compound(ctx, m, sign)
    res = ctx.shift(n, u, sign)
    if res is None:
        if ctx.ref is None or n is None:
            x = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return make(m.start(), m.end(), "DATE", "day", x, kind="ref")
        return None
    v, gran, d = res
    typ = "TIME" if gran == "time" else "DATE"
    return make(
        m.start(),
        m.end(),
        typ,
        gran,
        v,
        kind="date" if d else "rel",
        day=v if d else None,
        date=d,
    )


AGO_LATER = Rule(
    name="ago_later",
    pattern=(
        rf"(?P<q>{QUANTITY_RE})[\s-]+(?P<u>{UNIT_RE})(?:\s+(?:and\s+)?(?P<q2>"
        rf"{QUANTITY_RE})\s+"
        rf"(?P<u2>{UNIT_RE}))?\s+(?P<dir>ago|back|earlier|later|hence"
        rf"|from\s+(?:now|today|right\s+now))\b"
    ),
    gates=(
        "ago",
        "back",
        "earlier",
        "later",
        "hence",
        "from now",
        "from today",
        "from right now",
    ),
    handler=_ago_later,
    examples=(
        example("He left three years ago.", "2020"),
        example("It opened more than 20 years ago.", "2003"),
        example("Two weeks later they met.", "P2W"),
        example("It happened two years and three months ago.", "2021-06"),
        example("The firm opens 3 days from today.", "2023-09-05"),
        example("We return 5 hours from now.", "2023-09-02"),
        example(
            "It rained on 3 March 2021; a year earlier it snowed.",
            "2021-03-03",
            "2020",
        ),
        example("He left three years ago.", "PAST_REF", ref=None),
        example("He left three hours ago.", "2023-09-02"),
        example("Rooms are free for 3 days from today.", "(2023-09-02,2023-09-05,P3D)"),
        example("It was the last 3 months and 2 days ago.", "P3M", "2023-08-31"),
        example("He left two weeks and two days ago.", "2023-08-17"),
        example("It opened a decade ago.", "201"),
        example("It opened two quarters ago.", "2023-Q1"),
        example("It closed a fortnight ago.", "2023-08-19"),
        example("Plans changed later than planned."),
    ),
)


def _in_duration(ctx: Context, m: Match) -> Candidate | None:
    prep = m["prep"].lower()
    u = UNITS.get(m["u"].lower())
    if u is None or u == "WE":
        return None
    n = quantity(m["q"])
    if m["u"].lower() in ("second", "minute", "min") and m["q"].lower() in (
        "a",
        "an",
    ):
        after = ctx.text[m.end() : m.end() + 3]
        if LETTER_AFTER.match(after):
            return None
    start = m.start("q") if prep == "in" else m.start()
    if prep in ("within", "after") or ctx.tense(m.start(), m.end()) < 0:
        v = iso_duration([(n, u)])
        return make(m.start("q"), m.end(), "DURATION", "duration", v, kind="dur")
    if RECORD_CUE_BEFORE.search(ctx.text[max(0, m.start() - 40) : m.start()]):
        v = iso_duration([(n, u)])
        return make(m.start("q"), m.end(), "DURATION", "duration", v, kind="dur")
    res = ctx.shift(n, u, 1)
    if res is None:
        v = iso_duration([(n, u)])
        return make(m.start("q"), m.end(), "DURATION", "duration", v, kind="dur")
    v, gran, d = res
    typ = "TIME" if gran == "time" else "DATE"
    return make(
        start,
        m.end(),
        typ,
        gran,
        v,
        kind="date" if d else "rel",
        day=v if d else None,
        date=d,
    )


IN_DURATION = Rule(
    name="in_duration",
    pattern=(
        rf"\b(?P<prep>in|within|after)\s+(?:(?:the|a|an)\s+)?(?:next\s+|another\s+"
        rf"|about\s+|around\s+|roughly\s+|just\s+|only\s+)?(?P<q>{QUANTITY_RE})\s+(?:mo"
        rf"re\s+)?"
        rf"(?P<u>{UNIT_RE})(?:['\u2019]s?\s+time)?\b"
    ),
    gates=None,
    handler=_in_duration,
    examples=(
        example("The shop reopens in two weeks.", "2023-09-16"),
        example("It was built within a year.", "P1Y"),
        example("The first time in 10 years.", "P10Y"),
        example("Results arrive in a few days.", "PXD"),
        example("The shop reopened in two weeks.", "P2W"),
    ),
)


def _present_ref(ctx: Context, m: Match) -> Candidate | None:
    low = m.group().lower()
    if low == "now":
        after = ctx.text[m.end() : m.end() + 12]
        if FORMER_AFTER.match(after):
            return None
    return make(m.start(), m.end(), "DATE", "day", "PRESENT_REF", kind="ref")


PRESENT_REF = Rule(
    name="present_ref",
    pattern=(
        r"(?<![\w'\u2019-])(?:right\s+now|just\s+now|now|currently|at\s+(?:the\s+)?pres"
        r"ent"
        r"(?:\s+time)?|at\s+the\s+(?:moment|minute)|nowadays|these\s+days|at\s+this\s+t"
        r"ime)(?![\w-])"
    ),
    gates=(
        "now",
        "current",
        "present",
        "moment",
        "minute",
        "these days",
        "this time",
    ),
    handler=_present_ref,
    examples=(
        example("Prices are currently high.", "PRESENT_REF"),
        example("The now-defunct firm closed."),
    ),
)


def _past_ref(ctx: Context, m: Match) -> Candidate:
    return make(m.start(), m.end(), "DATE", "day", "PAST_REF", kind="ref")


PAST_REF = Rule(
    name="past_ref",
    pattern=(
        r"\b(?:recently|lately|(?:in\s+)?the\s+past|in\s+recent\s+times)\b"
    ),
    gates=("recent", "lately", "past"),
    handler=_past_ref,
    examples=(
        example("Prices rose recently.", "PAST_REF"),
    ),
)


def _future_ref(ctx: Context, m: Match) -> Candidate:
    return make(m.start(), m.end(), "DATE", "day", "FUTURE_REF", kind="ref")


FUTURE_REF = Rule(
    name="future_ref",
    pattern=(
        r"\b(?:in\s+)?the\s+(?:near\s+|distant\s+)?future\b"
    ),
    gates=("future",),
    handler=_future_ref,
    examples=(
        example("Rates may rise in the near future.", "FUTURE_REF"),
    ),
)


RULES = [
    TODAY_TOMORROW_YESTERDAY,
    THIS_NEXT_LAST_UNIT,
    EDGE_OF_UNIT,
    UNIT_AFTER_NEXT,
    WEEKEND_BEFORE_LAST,
    THE_NEXT_UNIT,
    UNIT_TO_DATE,
    AGO_LATER,
    IN_DURATION,
    PRESENT_REF,
    PAST_REF,
    FUTURE_REF,
]
