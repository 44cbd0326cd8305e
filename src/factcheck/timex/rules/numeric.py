"""Numeric dates: 2023-08-31, 20230831, 2023/08, 08/2023, 10/31/1974, 31.10.74, 2/15."""

from __future__ import annotations

import re

from ..candidates import (
    Candidate,
    DIGIT_FLAG,
    Match,
    Rule,
    day_candidate,
    example,
    make,
)
from ..lexicon import WEEKDAY_RE, compile_ci
from ..resolve import Context
from ..values import safe_date, time_value
from .common import figure_year, full_date


MONTH_YEAR_CUE_BEFORE = re.compile(r"\b(?:date|in|since|from|until|on)\?*\s*$", re.I)


# A year-less slash date ('2/15') needs date context; '3/4 cup' is a fraction.
FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16})


MEASURE_AFTER = compile_ci(
    r"\s*-?\s*(?:inch(?:es)?|in\.|cups?|teaspoons?|tablespoons?|tsp|tbsp|oz|ounces?"
    r"|lbs?|pounds?|miles?|mi|ft|foot|feet|yards?|yds?|mm|cm|km|meters?|metres?"
    r"|gallons?|gal|liters?|litres?|pints?|quarts?|acres?|hectares?|points?|pts?"
    r"|majority|stakes?|shares?|innings?|laps?|lengths?|stars?|pct|percent|per\s+cent"
    r"|mile|of|off|scale|ratio|split|vote|odds|chance|times?|size|scores?|rating"
    r"|full|empty|price|speed|length|sleeves?|turn|tank)\b"
)


WHOLE_NUMBER_BEFORE = compile_ci(r"\d[\s-]+$")


DATE_CUE_BEFORE = compile_ci(
    rf"(?:\b(?:dated?|due|effective|as\s+of|date[ds]?\??)|(?<![a-z]){WEEKDAY_RE}\.?,?)"
    rf"\s*$"
)


DATE_PREPOSITION_BEFORE = compile_ci(r"\b(?:on|since|until|till|from|by)\s*$")


DATE_CONTEXT_AFTER = compile_ci(
    rf"\s*(?:,\s*)?(?:at\b|@|\(?(?:{WEEKDAY_RE})\b|-\s*\d{{1,2}}/|to\s+\d{{1,2}}/"
    rf"|\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\b)"
)


def _month_day_numbers(
    ctx: Context,
    m: Match,
    a: int,
    b: int,
    dot: bool,
) -> Candidate | None:
    mo, d = (b, a) if (dot and b <= 12) or a > 12 else (a, b)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if safe_date(2000, mo, d) is None:
        return None
    v, dt = ctx.month_day(mo, d, m.start(), m.end())
    c = day_candidate(m.start(), m.end(), v, dt, "md")
    c.ymd = (None, mo, d)
    return c


def _iso_date(ctx: Context, m: Match) -> Candidate | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if m["s"] == "." and m["H"] is None and mo > 12:
        return None
    c = full_date(ctx, m.start(), m.end(), y, mo, d)
    if c is None:
        return None
    if m["H"] is not None:
        h, mi = int(m["H"]), int(m["M"])
        sec = int(m["S"]) if m["S"] and int(m["S"]) else None
        if h > 24 or mi > 59:
            return None
        c.type, c.gran = "TIME", "time"
        c.value = c.value + time_value(h, mi, sec)
        c.kind, c.hms, c.ampm, c.pod = "time_full", (h, mi, sec), True, c.day
        c.day = None
    return c


ISO_DATE = Rule(
    name="iso_date",
    pattern=(
        r"(?<![\d.])(?<!\d[-/])(?P<y>1\d{3}|20\d{2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)"
        r"(?P<d>\d{1,2})(?:(?:T|\s+|\s*@\s*)(?P<H>\d{1,2}):(?P<M>\d{2})"
        r"(?::(?P<S>\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d])(?![-/.]\d)"
    ),
    gates=(DIGIT_FLAG,),
    handler=_iso_date,
    examples=(
        example("The report is dated 2023-08-31.", "2023-08-31"),
        example("Logged at 2021-03-04T14:05:09Z by the server.", "2021-03-04T14:05:09"),
        example("Version 2019.13.4 shipped."),
    ),
)


def _compact_date(ctx: Context, m: Match) -> Candidate | None:
    return full_date(ctx, m.start(), m.end(), int(m[1]), int(m[2]), int(m[3]))


COMPACT_DATE = Rule(
    name="compact_date",
    pattern=(
        r"(?<![\d.])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)"
    ),
    gates=(DIGIT_FLAG,),
    handler=_compact_date,
    examples=(
        example("File 20230831 was uploaded.", "2023-08-31"),
    ),
)


def _year_month_numeric(ctx: Context, m: Match) -> Candidate | None:
    return make(m.start(), m.end(), "DATE", "month", f"{m['y']}-{int(m['m']):02d}")


YEAR_MONTH_NUMERIC = Rule(
    name="year_month_numeric",
    pattern=(
        r"(?<![\d.,/-])(?P<y>(?:19|20)\d{2})(?P<s>[-/])(?P<m>0?[1-9]|1[0-2])(?![\d/-])"
    ),
    gates=(DIGIT_FLAG,),
    handler=_year_month_numeric,
    examples=(
        example("Sales for 2022/07 fell.", "2022-07"),
    ),
)


def _month_year_numeric(ctx: Context, m: Match) -> Candidate | None:
    if "/" not in m.group() and not ctx.standalone(m):
        pre = ctx.text[max(0, m.start() - 12) : m.start()]
        if not MONTH_YEAR_CUE_BEFORE.search(pre):
            return None
    return make(m.start(), m.end(), "DATE", "month", f"{m['y']}-{int(m['m']):02d}")


MONTH_YEAR_NUMERIC = Rule(
    name="month_year_numeric",
    pattern=(
        r"(?<![\d.,/-])(?P<m>0?[1-9]|1[0-2])[-/](?P<y>(?:19|20)\d{2})(?![\d/-])"
    ),
    gates=(DIGIT_FLAG,),
    handler=_month_year_numeric,
    examples=(
        example("Card expires 07/2025.", "2025-07"),
        example("The figure for 07-2025 is odd."),
    ),
)


def _year_month_day_spaced(ctx: Context, m: Match) -> Candidate | None:
    return full_date(ctx, m.start(), m.end(), int(m["y"]), int(m["m"]), int(m["d"]))


YEAR_MONTH_DAY_SPACED = Rule(
    name="year_month_day_spaced",
    pattern=(
        r"(?<![\d.,])(?P<y>(?:19|20)\d{2})\s(?P<m>0?[1-9]|1[0-2])\s(?P<d>[0-3]?\d)(?!"
        r"\d)"
    ),
    gates=(DIGIT_FLAG,),
    handler=_year_month_day_spaced,
    examples=(
        example("Filed on 2021 3 14 in Tokyo.", "2021-03-14"),
    ),
)


def _numeric_date(ctx: Context, m: Match) -> Candidate | None:
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    y = figure_year(ctx, ys)
    if len(ys) == 2 and m["s"] == "." and not ctx.standalone(m):
        return None  # '3.5.10' looks like a version number
    if m["s"] == ".":
        d, mo = (a, b) if b <= 12 else (b, a)
    else:
        mo, d = (a, b) if a <= 12 else (b, a)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return full_date(ctx, m.start(), m.end(), y, mo, d)


NUMERIC_DATE = Rule(
    name="numeric_date",
    pattern=(
        r"(?<![\d.,/$])(?<!\d[-/.])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)"
        r"(?P<y>\d{4}|\d{2})(?![\d])(?![-/.]\d)"
    ),
    gates=(DIGIT_FLAG,),
    handler=_numeric_date,
    examples=(
        example("She was born on 10/31/1974.", "1974-10-31"),
        example("31.10.74", "1974-10-31"),
        example("Signed 31.10.74 in Bonn."),
        example("It runs 3.5.10 on Linux."),
    ),
)


def _month_day_slash(ctx: Context, m: Match) -> Candidate | None:
    a, b = int(m["a"]), int(m["b"])
    if (a, b) == (24, 7) or b == 0 or a == 0:
        return None
    text = ctx.text
    after = text[m.end() : m.end() + 24]
    if MEASURE_AFTER.match(after):
        return None  # '3/4 cup', '1/4-inch', '2/3 majority'
    pre = text[max(0, m.start() - 24) : m.start()]
    if WHOLE_NUMBER_BEFORE.search(pre):
        return None  # '2 1/2': a mixed number
    strong = (
        ctx.standalone(m)
        or DATE_CUE_BEFORE.search(pre) is not None
        or DATE_CONTEXT_AFTER.match(after) is not None
    )
    if (a, b) == (9, 11) and not strong:
        # '(since) 9/11' names the 2001 attacks, not this year's 11 September
        c = full_date(ctx, m.start(), m.end(), 2001, 9, 11)
        if c is not None:
            c.kind = "date"
        return c
    if (
        a < b
        and b in FRACTION_DENOMINATORS
        and not strong
        and not DATE_PREPOSITION_BEFORE.search(pre)
    ):
        return None  # '3/4', 'cut to 1/2', '7/10': a fraction, not a date
    return _month_day_numbers(ctx, m, a, b, dot=False)


MONTH_DAY_SLASH = Rule(
    name="month_day_slash",
    pattern=(
        r"(?<![\d.,/$\w])(?P<a>\d{1,2})(?P<s>/|\s/\s)(?P<b>\d{1,2})(?![\d/]|\.\d|,\d"
        r"|\s*(?:h\b|hours?|of\b|th\b|%|\s*(?:am|pm)\b))"
    ),
    gates=(DIGIT_FLAG,),
    handler=_month_day_slash,
    examples=(
        example("The vote is on 2/15.", "2023-02-15"),
        example("Add 3/4 cup of flour."),
        example("Since 9/11 airports changed.", "2001-09-11"),
        example("Due 4/2 at 5pm.", "2023-04-02T17:00"),
        example("Enrollment runs 3/1-3/15.", "XXXX-03-01", ref=None),
        example("On 2/15 we vote.", "XXXX-02-15", ref=None),
    ),
)


def _month_day_after_on(ctx: Context, m: Match) -> Candidate | None:
    return _month_day_numbers(ctx, m, int(m["a"]), int(m["b"]), dot=m["s"] == ".")


MONTH_DAY_AFTER_ON = Rule(
    name="month_day_after_on",
    pattern=(
        r"(?:(?<=\bon\s)|(?<=\bon\s\s))(?P<a>\d{1,2})(?P<s>[-.])(?P<b>\d{1,2})"
        r"(?![\d.-]|\s*(?:%|percent|per\s+cent|points?|goals?|votes?|win|victory|"
        r"lead|[ap]\.?m))"
    ),
    gates=(DIGIT_FLAG,),
    handler=_month_day_after_on,
    examples=(
        example("The game is on 12.10 at home.", "2023-10-12"),
    ),
)


def _month_day_hyphen_alone(ctx: Context, m: Match) -> Candidate | None:
    c = _month_day_numbers(ctx, m, int(m["a"]), int(m["b"]), dot=False)
    if c is not None:
        c.start, c.end = m.start("a"), m.end("b")
    return c


MONTH_DAY_HYPHEN_ALONE = Rule(
    name="month_day_hyphen_alone",
    pattern=(
        r"^\s*(?P<a>\d{1,2})\s?(?P<s>-)\s?(?P<b>\d{1,2})\s*$"
    ),
    gates=(DIGIT_FLAG,),
    handler=_month_day_hyphen_alone,
    examples=(
        example("11-20", "2023-11-20"),
    ),
)


RULES = [
    ISO_DATE,
    COMPACT_DATE,
    YEAR_MONTH_NUMERIC,
    MONTH_YEAR_NUMERIC,
    YEAR_MONTH_DAY_SPACED,
    NUMERIC_DATE,
    MONTH_DAY_SLASH,
    MONTH_DAY_AFTER_ON,
    MONTH_DAY_HYPHEN_ALONE,
]
