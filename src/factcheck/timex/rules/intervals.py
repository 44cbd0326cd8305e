"""Spans written as one expression.

'March 3-5', '18 to 20 June', '3/1 - 3/15', '2014-2018', '9 to 5 pm'. (Spans of two
separate expressions, 'from May to July', are joined in combine.py.)
"""

from __future__ import annotations

import re

from ..candidates import (
    Candidate,
    DIGIT_FLAG,
    MONTH_FLAG,
    Match,
    Rule,
    day_candidate,
    example,
    make,
)
from ..lexicon import (
    DAY_NUMBER_RE,
    MERIDIEM_RE,
    MONTHS,
    MONTH_RE,
    MONTH_WORD_RE,
    ORDINAL_RE,
    word_number,
)
from ..resolve import Context
from ..values import safe_date
from .clock import apply_meridiem
from .common import full_date, is_weak_month, year_of


PHONE_BEFORE = re.compile(r"(?:\+|tel|phone|fax|ssn|no\.?|#)\s*[:\d\s()+-]*$", re.I)


TIME_RANGE_FOLLOWER = re.compile(
    r"\s*(?:on\b|tonight|tomorrow|today|yesterday|this|last|next"
    r"|in\s+the|o['\u2019]?clock|,?\s*(?:mon|tue|wed|thu|fri|sat|sun))",
    re.I,
)


DAY_WORD_BEFORE = re.compile(
    r"(?:day|tomorrow|tonight|morning|afternoon|evening|\b(?:mon|tue|wed|thu"
    r"|fri|sat|sun))\s*$",
    re.I,
)


def _day_range(ctx: Context, m: Match, mo: int, d1: int, d2: int, y: int | None
) -> Candidate | None:
    if y is None:
        _, dt = ctx.month_day(mo, d1, m.start(), m.end())
        if dt is None:
            a, b = f"XXXX-{mo:02d}-{d1:02d}", f"XXXX-{mo:02d}-{d2:02d}"
            return make(
                m.start(),
                m.end(),
                "DATE",
                "day",
                f"({a},{b},P{d2 - d1}D)",
                kind="range",
            )
        y = dt.year
    a1, b1 = safe_date(y, mo, d1), safe_date(y, mo, d2)
    if a1 is None or b1 is None:
        return None
    return make(
        m.start(),
        m.end(),
        "DATE",
        "day",
        f"({a1.isoformat()},{b1.isoformat()},P{(b1 - a1).days}D)",
        kind="range",
    )


def _year_range(ctx: Context, m: Match) -> list[Candidate] | None:
    y1 = int(m["y1"])
    s2 = m["y2"]
    y2 = int(s2) if len(s2) == 4 else (y1 // 100) * 100 + int(s2)
    if len(s2) == 4 and y1 // 1000 != y2 // 1000 and abs(y2 - y1) > 200:
        return None
    if y2 <= y1 or y2 - y1 > 200 or (len(s2) == 2 and y2 - y1 > 10):
        return None
    sep = ctx.text[m.end("y1") : m.start("y2")].strip()
    if sep == "/" and len(s2) == 4:
        return None
    pre = ctx.text[max(0, m.start() - 20) : m.start()]
    if PHONE_BEFORE.search(pre):
        return None
    a = make(
        m.start("y1"),
        m.end("y1"),
        "DATE",
        "year",
        f"{y1:04d}",
        kind="year",
        ymd=(y1, None, None),
    )
    b = make(
        m.start("y2"),
        m.end("y2"),
        "DATE",
        "year",
        f"{y2:04d}",
        kind="year",
        ymd=(y2, None, None),
    )
    return [a, b]


YEAR_RANGE = Rule(
    name="year_range",
    pattern=(
        r"(?<![\d$\u00a3\u20ac#.,:/-])(?P<y1>(?:1[0-9]|20)\d{2})\s*(?:-|\u2013|\u2014|~"
        r"|/)\s*"
        r"(?P<y2>(?:1[0-9]|20)?\d{2})(?![\d%]|[-/.]\d)"
    ),
    gates=(DIGIT_FLAG,),
    handler=_year_range,
    examples=(
        example("The 2014-2018 plan ended.", "(2014-01-01,2018-01-01,P4Y)"),
        example("Dial 555-1990-92 for help."),
        example("In 1990/91 it grew.", "1990", "1991"),
    ),
)


def _month_day_to_day(ctx: Context, m: Match) -> Candidate | None:
    mo = MONTHS[m["mon"].lower().rstrip(".")]
    d1, d2 = word_number(m["d1"]), word_number(m["d2"])
    if d1 is None or d2 is None or not (1 <= d1 < d2 <= 31):
        return None
    if is_weak_month(ctx, m) and not m["mon"][0].isupper():
        return None
    return _day_range(ctx, m, mo, d1, d2, int(m["y"]) if m["y"] else None)


MONTH_DAY_TO_DAY = Rule(
    name="month_day_to_day",
    pattern=(
        rf"(?P<mon>{MONTH_WORD_RE})\s*(?P<d1>{DAY_NUMBER_RE}|{ORDINAL_RE})\s*(?:-|\u201"
        rf"3|to|through|thru|till|until)"
        rf"\s*(?:the\s+)?(?P<d2>{DAY_NUMBER_RE}|{ORDINAL_RE})(?![\w/]|\s*{MONTH_RE}\b|"
        rf"\s*[:.]\d)"
        rf"(?:\s*,?\s*(?P<y>(?:1\d|20)\d{{2}})(?!\d))?"
    ),
    gates=(MONTH_FLAG,),
    handler=_month_day_to_day,
    examples=(
        example("The fair runs March 3-5, 2024.", "(2024-03-03,2024-03-05,P2D)"),
        example("It runs May 12 to 14.", "(2023-05-12,2023-05-14,P2D)"),
        example("The fair runs March 3-5.", "(XXXX-03-03,XXXX-03-05,P2D)", ref=None),
    ),
)


def _day_to_day_month(ctx: Context, m: Match) -> Candidate | None:
    mo = MONTHS[m["mon"].lower().rstrip(".")]
    d1, d2 = word_number(m["d1"]), word_number(m["d2"])
    if d1 is None or d2 is None or not (1 <= d1 < d2 <= 31):
        return None
    if m["conn"].lower() == "and" and not m["btw"]:
        # '18 and 19 June': two dates; the first day borrows the month (and
        # year), the second is tagged on its own as '19 June'
        if m["y"]:
            return full_date(ctx, m.start("d1"), m.end("d1"), int(m["y"]), mo, d1)
        v, dt = ctx.month_day(mo, d1, m.start(), m.end())
        return day_candidate(m.start("d1"), m.end("d1"), v, dt)
    return _day_range(ctx, m, mo, d1, d2, int(m["y"]) if m["y"] else None)


DAY_TO_DAY_MONTH = Rule(
    name="day_to_day_month",
    pattern=(
        rf"(?:(?P<btw>between)\s+)?(?:the\s+)?(?P<d1>{DAY_NUMBER_RE}|{ORDINAL_RE})\s*(?"
        rf"P<conn>-|\u2013|to"
        rf"|through|thru|till|until|and)\s*(?:the\s+)?(?P<d2>{DAY_NUMBER_RE}|"
        rf"{ORDINAL_RE})(?:\s+of)?"
        rf"\s*(?P<mon>{MONTH_WORD_RE})(?:\s*,?\s*(?:of\s+|in\s+)?(?P<y>(?:1\d|20)\d{{2"
        rf"}})(?!\d))?"
    ),
    gates=(MONTH_FLAG,),
    handler=_day_to_day_month,
    examples=(
        example("Talks run 18 to 20 June.", "(2023-06-18,2023-06-20,P2D)"),
        example("Polls open between 3 and 5 May.", "(2023-05-03,2023-05-05,P2D)"),
    ),
)


def _numeric_date_range(ctx: Context, m: Match) -> Candidate | None:
    y1, y2 = year_of(ctx, m["y1"]), year_of(ctx, m["y2"]) or year_of(ctx, m["y3"])
    if y1 is None and m["y3"]:
        y1 = y2
    mo1, d1 = int(m["a1"]), int(m["b1"])
    mo2, d2 = int(m["a2"]), int(m["b2"])
    if not (1 <= mo1 <= 12 and 1 <= mo2 <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    if y1 is None and y2 is not None:
        y1 = y2 - (1 if (mo1, d1) > (mo2, d2) else 0)
    if y2 is None and y1 is not None:
        y2 = y1 + (1 if (mo2, d2) < (mo1, d1) else 0)
    if y1 is None or y2 is None:
        if ctx.ref is None:
            return None
        _, dt = ctx.month_day(mo1, d1, m.start(), m.end())
        if dt is None:
            return None
        y1 = dt.year
        y2 = y1 + (1 if (mo2, d2) < (mo1, d1) else 0)
    a, b = safe_date(y1, mo1, d1), safe_date(y2, mo2, d2)
    if a is None or b is None or b < a:
        return None
    return make(
        m.start(),
        m.end(),
        "DATE",
        "day",
        f"({a.isoformat()},{b.isoformat()},P{(b - a).days}D)",
        kind="range",
    )


NUMERIC_DATE_RANGE = Rule(
    name="numeric_date_range",
    pattern=(
        r"(?<![\d./-])(?P<a1>\d{1,2})/(?P<b1>\d{1,2})(?:/(?P<y1>\d{4}|\d{2}))?\s*[-\u20"
        r"13]\s*"
        r"(?P<a2>\d{1,2})/(?P<b2>\d{1,2})(?:/(?P<y2>\d{4}|\d{2}))?(?![\d/])"
        r"(?:,\s*(?P<y3>(?:19|20)\d{2})(?!\d))?"
    ),
    gates=(DIGIT_FLAG,),
    handler=_numeric_date_range,
    examples=(
        example("Enrollment runs 3/1 - 3/15, 2022.", "(2022-03-01,2022-03-15,P14D)"),
        example("Valid 12/20/2021-1/5/2022 only.", "(2021-12-20,2022-01-05,P16D)"),
        example("Enrollment runs 3/1-3/15.", "(2023-03-01,2023-03-15,P14D)"),
        example("Valid 12/20-1/5/2022 only.", "(2021-12-20,2022-01-05,P16D)"),
    ),
)


def _clock_range(ctx: Context, m: Match) -> Candidate | None:
    conn = m["conn"].lower()
    if conn == "and" and (m["btw"] or "").lower() != "between":
        return None
    h1, h2 = int(m["h1"]), int(m["h2"])
    m1 = int(m["m1"]) if m["m1"] else None
    m2 = int(m["m2"]) if m["m2"] else None
    ap1, ap2 = m["ap1"], m["ap2"]
    for ap in (ap1, ap2):
        if ap and len(ap.strip()) == 1:
            return None
    dots = "." in m.group()
    if dots and not (ap1 or ap2):
        return None
    strong = bool(ap2 or ap1 or (m1 is not None and m2 is not None and not dots))
    if not strong and m["btw"] and (m1 is not None or m2 is not None) and not dots:
        strong = True
    if not strong:
        if not m["btw"]:
            before = ctx.text[max(0, m.start() - 14) : m.start()]
            if h2 > h1 and conn != "and" and DAY_WORD_BEFORE.search(before):
                start = m.start("h1")
                return make(
                    start,
                    m.end(),
                    "TIME",
                    "time",
                    "",
                    kind="trange",
                    hms=(h1, m1, None),
                    hms2=(h2, m2, None),
                    weak=True,
                )
            return None
        after = ctx.text[m.end() : m.end() + 25]
        if not TIME_RANGE_FOLLOWER.match(after):
            return None
    h1a, k1 = apply_meridiem(h1, ap1)
    h2a, k2 = apply_meridiem(h2, ap2)
    if h1a > 23 or h2a > 24:
        return None
    start = m.start("h1")
    return make(
        start,
        m.end(),
        "TIME",
        "time",
        "",
        kind="trange",
        hms=(h1a, m1, None),
        hms2=(h2a, m2, None),
        ampm=k1 or h1a > 12,
        ampm2=k2 or h2a > 12,
        weak=not strong,
    )


CLOCK_RANGE = Rule(
    name="clock_range",
    pattern=(
        rf"(?:(?P<btw>between|from)\s+)?(?<![\w:.,/$-])(?P<h1>1[0-2]|0?[1-9]|2[0-3])"
        rf"(?:[:.](?P<m1>[0-5]\d))?\s*(?P<ap1>{MERIDIEM_RE})?\s*(?P<conn>-|\u2013|to|ti"
        rf"ll|until|and)"
        rf"\s*(?P<h2>1[0-2]|0?[1-9]|2[0-3])(?:[:.](?P<m2>[0-5]\d))?(?:\s*(?P<ap2>"
        rf"{MERIDIEM_RE}))?"
        rf"(?![\w:%]|\.\d)"
    ),
    gates=(DIGIT_FLAG,),
    handler=_clock_range,
    examples=(
        example("Office hours are 9 to 5 pm.", "(T09,T17,PT8H)"),
        example(
            "It runs from 10:00-11:30 tomorrow.",
            "(2023-09-03T10:00,2023-09-03T11:30,PT1H30M)",
        ),
        example("It runs from 5 to 6pm.", "(T17,T18,PT1H)"),
        example("The shop is open between 9 and 5."),
        example("It runs Monday 9-11.", "(2023-08-28T09,2023-08-28T11,PT2H)"),
        example("It runs 9.30-11."),
    ),
)


RULES = [
    YEAR_RANGE,
    MONTH_DAY_TO_DAY,
    DAY_TO_DAY_MONTH,
    NUMERIC_DATE_RANGE,
    CLOCK_RANGE,
]
