"""Dates with a month name.

'March 3, 2021', '3rd of March', 'March 2021', 'March', 'the third month of
2021', 'the 5th of next month', 'the last day of May'.
"""

from __future__ import annotations

import calendar
import datetime
import re

from ..candidates import (
    Candidate,
    LEADING_DIGIT,
    MONTH_FLAG,
    Match,
    Rule,
    day_candidate,
    example,
    make,
    squash_spaces,
)
from ..lexicon import (
    CARDINAL_RE,
    DAY_NUMBER_RE,
    DAY_RE,
    EDGE_END,
    EDGE_START,
    MONTHS,
    MONTH_RE,
    MONTH_RELATIONS,
    MONTH_WORD_RE,
    ORDINAL_RE,
    RELATIVE_OFFSETS,
    WEEKDAYS,
    WEEKDAY_WORD_RE,
    YEAR_WORDS_RE,
    compile_ci,
    word_number,
)
from ..resolve import Context
from ..values import add_months, safe_date
from .common import full_date, is_weak_month, month_of_context, weekday_number, year_of


DAY_FIGURE = re.compile(r"\d{1,2}(?:\s?(?:st|nd|rd|th))?")


SECOND_NOT_OF = re.compile(r"(?:the\s+)?second\s+(?!of\b)")


SECOND_OF = re.compile(r"(?:the\s+)?second\s+of")


TWO_DIGITS = re.compile(r"\d{2}")


MONTH_YEAR_SEPARATOR = re.compile(r"[-/,]|of|in")


MAY_MODAL_AFTER = re.compile(
    r"\s+(?:be|have|not|also|well|still|never|i|we|you|he|she|it"
    r"|they|the|a|an|or|take|get|make|do|help|need|want|come"
    r"|go)\b",
    re.I,
)


MAY_MONTH_CUE_BEFORE = re.compile(
    r"\b(?:in|during|since|until|till|by|before|after|from|through|of|early"
    r"|mid|late|last|next|this|each|every|end\s+of|beginning\s+of|around"
    r"|throughout|as\s+of|april\s+(?:and|or|to)|(?:and|or|to)\s+june)"
    r"\s*-?\s*$",
    re.I,
)


_CALENDAR_WORD = (
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
    r"|Dec|Christmas|Easter|New\s+Year|Thanksgiving)"
)
# A month name that begins the name of an event or a product: "March of
# Millions", "March for Our Lives", "May Day Parade" (case-sensitive: a name).
EVENT_NAME_AFTER = re.compile(
    r"\s+(?:(?:of|for|on|against|to)\s+(?:the\s+|Our\s+)?(?!" + _CALENDAR_WORD + r")"
    r"[A-Z][a-z]"
    r"|(?:Madness|Day\s+(?:Parade|March|Rally)))"
)
QUOTE_BEFORE = re.compile("[\"'\u2018\u201c]$")
CAPITAL_WORD_AFTER = re.compile(r"\s+(?!" + _CALENDAR_WORD + r")[A-Z][a-z]")


MONEY_BEFORE = re.compile("[$\u00a3\u20ac\u00a5]\\s*$")


MONTH_CUE_BEFORE = compile_ci(
    r"\b(?:in|during|since|until|till|by|before|after|from|through|of|early|mid"
    r"|late|last|next|this|that|each|every|to|and|or|between|the\s+end\s+of"
    r"|the\s+beginning\s+of|end\s+of|beginning\s+of|around|throughout|starting"
    r"|from\s+(?:early|mid|late)|as\s+of|on)\s*-?\s*$"
)


NEXT_LAST_BEFORE = re.compile(r"\b(next|coming|last|this)\s+$", re.I)


ORDINAL_DAY = re.compile(rf"{ORDINAL_RE}|(?:twenty|thirty)[\s-]+\w+", re.I)


def _month_day(
    ctx: Context,
    m: Match,
    mo: int,
    d: int,
    y: int | None,
    end: int,
    wd: str | None,
) -> Candidate | None:
    start = m.start()
    if wd and weekday_number(ctx, wd, m.start("wd"), m.end("wd"), strong=True) is None:
        start = (
            m.start("mon")
            if m["mon"] and m.start("mon") < m.start("day")
            else m.start("day")
        )
        if ctx.text[start - 4 : start].lower() == "the ":
            start -= 4
    if y is not None:
        c = full_date(ctx, start, end, y, mo, d)
        if c is None:
            return None
        c.kind = "mdy"
        return c
    if safe_date(2000, mo, d) is None:
        return None
    if (
        wd
        and ctx.ref is not None
        and weekday_number(ctx, wd, 0, 0, strong=True) is not None
    ):
        # A weekday picks the year in which the date falls on it.
        w = WEEKDAYS[wd.lower().rstrip(".")]
        for k in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, 6):
            dt = safe_date(ctx.ref.year + k, mo, d)
            if dt and dt.isoweekday() == w:
                c = day_candidate(start, end, dt.isoformat(), dt, "md")
                c.ymd = (None, mo, d)
                return c
    rel = NEXT_LAST_BEFORE.search(ctx.text, max(0, start - 12), start)
    if rel is not None and ctx.ref is not None and not wd:
        # 'next April 6': the first April 6 after the publication date
        word = rel.group(1).lower()
        y = ctx.ref.year
        if word in ("next", "coming"):
            dt = safe_date(y, mo, d)
            if dt is None or dt <= ctx.ref:
                y += 1
        elif word == "last":
            dt = safe_date(y, mo, d)
            if dt is None or dt >= ctx.ref:
                y -= 1
        c = full_date(ctx, rel.start(), end, y, mo, d)
        if c is not None:
            c.kind = "md"
            c.ymd = (None, mo, d)
            return c
    v, dt = ctx.month_day(mo, d, start, end)
    c = day_candidate(start, end, v, dt, "md")
    c.ymd = (None, mo, d)
    return c


def _month_day_year(ctx: Context, m: Match) -> Candidate | None:
    # 'may 5' still reads as a date; 'may one day' does not
    if (
        is_weak_month(ctx, m)
        and not m["y"]
        and not DAY_FIGURE.fullmatch(m["day"].strip())
        and not (
            (
                m["mon"][0].isupper()
                or m["day"].strip().lower() not in ("first", "second")
            )
            and ORDINAL_DAY.fullmatch(m["day"].strip())
        )
    ):
        return None
    d = word_number(m["day"])
    mo = MONTHS[m["mon"].lower().rstrip(".")]
    if d is None or not 1 <= d <= 31:
        return None
    y = year_of(ctx, m["y"]) if m["y"] else None
    end = m.end()
    if m["y"] and y is None:
        end = m.end("day")
    ys = (m["y"] or "").strip()
    if (
        len(ys) == 2
        and ys.isdigit()
        and d < int(ys) <= 31
        and ctx.text[m.end("day") : m.start("y")].strip() == "-"
    ):
        return None  # 'November 19-20' is a span of days, not 2020
    if m["day"].strip().isdigit() and int(m["day"]) > 31:
        return None
    return _month_day(ctx, m, mo, d, y, end, m["wd"])


MONTH_DAY_YEAR = Rule(
    name="month_day_year",
    pattern=(
        rf"(?:(?P<wd>{WEEKDAY_WORD_RE})[^\S\n]*,?[^\S\n]*)?(?P<mon>{MONTH_WORD_RE})\s*[,/-]?\s*(?"
        rf":the\s+)?"
        rf"(?P<day>{DAY_RE})(?![\w'\u2019]|\s+of\b(?!\s+(?:1\d|20)\d{{2}})|\s+(?:per|pe"
        rf"rcent|%|minutes?|hours?|days?"
        rf"|weeks?|years?|months?|people|men|women|points)\b)"
        rf"(?:\s*(?:,\s*|\s|-|/|\s+of\s+|\s+in\s+)\s*(?P<y>(?:1\d|20)\d{{2}}(?!\d)"
        rf"|['\u2019]\d{{2}}\b|{YEAR_WORDS_RE}|\d{{2}}(?=\s*$)))?"
    ),
    gates=(MONTH_FLAG,),
    handler=_month_day_year,
    examples=(
        example("On March 3, 2021 the court ruled.", "2021-03-03"),
        example("Friday, May 5 was busy.", "2023-05-05"),
        example("It opens next April 6.", "2024-04-06"),
        example("You may second the motion."),
        example("We met on November 19-20 in Oslo.", "(2022-11-19,2022-11-20,P1D)"),
        example("On March 3 the court ruled.", "XXXX-03-03", ref=None),
        example("The fair runs Nov 18 - Dec 19, 2015.", "(2015-11-18,2015-12-19,P31D)"),
        example("Polls close Friday, March 3.", "2023-03-03"),
    ),
)


def _day_month_year(ctx: Context, m: Match) -> Candidate | None:
    if (
        is_weak_month(ctx, m)
        and not m["y"]
        and not LEADING_DIGIT.match(m["day"])
        and "of" not in m.group().lower()
    ):
        return None
    if MONEY_BEFORE.search(ctx.text, max(0, m.start() - 3), m.start()):
        return None  # '$ 12 December 27': an amount, then a date
    low = m.group().lower()
    if SECOND_NOT_OF.match(low) and not SECOND_OF.match(low):
        return None
    d = word_number(m["day"])
    if d is None or not 1 <= d <= 31:
        return None
    mo = MONTHS[m["mon"].lower().rstrip(".")]
    y = year_of(ctx, m["y"]) if m["y"] else None
    end = m.end() if (y is not None or not m["y"]) else m.end("mon")
    return _month_day(ctx, m, mo, d, y, end, m["wd"])


DAY_MONTH_YEAR = Rule(
    name="day_month_year",
    pattern=(
        rf"(?:(?P<wd>{WEEKDAY_WORD_RE})[^\S\n]*,?[^\S\n]*)?(?:the\s+)?(?P<day>{DAY_NUMBER_RE}|"
        rf"{ORDINAL_RE}"
        rf"|(?:{CARDINAL_RE})(?=\s+{MONTH_RE}))(?:\s+day)?(?:\s+of\s+|[-/]|\s*)"
        rf"(?P<mon>{MONTH_WORD_RE})(?:\s*(?:,\s*|\s|-|/|\s+of\s+|\s+in\s+)\s*"
        rf"(?P<y>(?:1\d|20)\d{{2}}(?!\d)|['\u2019]\d{{2}}\b|{YEAR_WORDS_RE}|\d{{2}}(?="
        rf"\s*$)))?"
    ),
    gates=(MONTH_FLAG,),
    handler=_day_month_year,
    examples=(
        example("It happened on 3rd of March 2021.", "2021-03-03"),
        example("They arrived 14 June.", "2023-06-14"),
        example("They met on 29 February.", "2020-02-29"),
        example("Talks began the second of May.", "2023-05-02"),
        example("Rent is due the first day of June.", "XXXX-06-01", ref=None),
        example("Talks run 18 and 19 June.", "2023-06-18", "2023-06-19"),
        # no such day: dropped by find_timexes (the caller warns), never emitted
        example("He left on 29 February 2023."),
    ),
)


def _year_month_name_day(ctx: Context, m: Match) -> Candidate | None:
    mon = m["mon"] or m["mon2"]
    day = m["day"] or m["day2"]
    return full_date(ctx, 
        m.start(), m.end(), int(m["y"]), MONTHS[mon.lower().rstrip(".")], int(day)
    )


YEAR_MONTH_NAME_DAY = Rule(
    name="year_month_name_day",
    pattern=(
        rf"(?<!\d)(?P<y>(?:1\d|20)\d{{2}})\s*[-/]\s*(?:(?P<mon>{MONTH_WORD_RE})\s*[-/]"
        rf"\s*"
        rf"(?P<day>[0-3]?\d)|(?P<day2>[0-3]?\d)\s*[-/]\s*(?P<mon2>{MONTH_WORD_RE}))(?!"
        rf"\d)"
    ),
    gates=(MONTH_FLAG,),
    handler=_year_month_name_day,
    examples=(
        example("Printed 2021-Mar-05 in the log.", "2021-03-05"),
    ),
)


def _month_year_day_hyphen(ctx: Context, m: Match) -> Candidate | None:
    mon, y, d = (
        (m["mon"], m["y"], m["day"])
        if m["mon"]
        else (m["mon2"], m["y2"], m["day2"])
    )
    return full_date(ctx, 
        m.start(), m.end(), int(y), MONTHS[mon.lower().rstrip(".")], int(d)
    )


MONTH_YEAR_DAY_HYPHEN = Rule(
    name="month_year_day_hyphen",
    pattern=(
        rf"(?P<mon>{MONTH_WORD_RE})-(?P<y>(?:19|20)\d{{2}})-(?P<day>[0-3]?\d)(?!\d)"
        rf"|(?P<day2>[0-3]?\d)-(?P<y2>(?:19|20)\d{{2}})-(?P<mon2>{MONTH_WORD_RE})"
    ),
    gates=(MONTH_FLAG,),
    handler=_month_year_day_hyphen,
    examples=(
        example("The stamp reads Mar-2021-05.", "2021-03-05"),
    ),
)


def _month_and_year(ctx: Context, m: Match) -> Candidate | None:
    mon = m["mon"] or m["mon2"]
    y = year_of(ctx, m["y"] or m["y2"])
    if y is None:
        return None
    if m["y"] and TWO_DIGITS.fullmatch(m["y"].strip()):
        sep = ctx.text[m.end("mon") : m.start("y")]
        if not MONTH_YEAR_SEPARATOR.search(sep):
            return None
    mo = MONTHS[mon.lower().rstrip(".")]
    return make(
        m.start(),
        m.end(),
        "DATE",
        "month",
        f"{y:04d}-{mo:02d}",
        kind="my",
        ymd=(y, mo, None),
    )


MONTH_AND_YEAR = Rule(
    name="month_and_year",
    pattern=(
        rf"(?P<mon>{MONTH_WORD_RE})\s*(?:,\s*|\s|-|/|\s+of\s+|\s+in\s+)\s*"
        rf"(?P<y>(?:1\d|20)\d{{2}}(?!\d)|['\u2019]\d{{2}}\b|{YEAR_WORDS_RE}"
        rf"|\d{{2}}(?=\s*$|\s*[.,;]))"
        rf"|(?<![\d.,])(?P<y2>(?:1\d|20)\d{{2}})\s+(?P<mon2>{MONTH_WORD_RE})"
    ),
    gates=(MONTH_FLAG,),
    handler=_month_and_year,
    examples=(
        example("The law passed in March 2021.", "2021-03"),
        example("It closed in Sept '19.", "2019-09"),
        example("Profits rose in 2019 June.", "2019-06"),
    ),
)


def _month_name(ctx: Context, m: Match) -> Candidate | None:
    word = m["mon"]
    low = word.lower().rstrip(".")
    mod = squash_spaces((m["mod"] or "").lower()).strip()
    mod_kind = "edge" if mod.endswith(" of") else mod
    pre = ctx.text[max(0, m.start() - 30) : m.start()]
    if not mod and (
        EVENT_NAME_AFTER.match(ctx.text, m.end())
        or (QUOTE_BEFORE.search(pre) and CAPITAL_WORD_AFTER.match(ctx.text, m.end()))
    ):
        return None  # "the 'March of Millions'", "a March for Our Lives rally"
    has_ctx = bool(mod) or bool(MONTH_CUE_BEFORE.search(pre))
    if low in (
        "may",
        "mar",
        "march",
        "sep",
        "jan",
        "aug",
        "dec",
        "sept",
        "jun",
        "jul",
        "apr",
        "nov",
        "oct",
        "feb",
    ):
        # Abbreviations and verb-like month names need context.
        if low == "may":
            strict_ctx = bool(mod) or bool(MAY_MONTH_CUE_BEFORE.search(pre))
            if not (strict_ctx or ctx.standalone(m)):
                return None
            after = ctx.text[m.end() : m.end() + 20]
            if MAY_MODAL_AFTER.match(after):
                return None
        elif low in ("march", "mar"):
            if not (word[0].isupper() or has_ctx or ctx.standalone(m)):
                return None
            if is_weak_month(ctx, m) and not has_ctx:
                return None
        elif not (has_ctx or word[0].isupper() or ctx.standalone(m)):
            return None
        if (
            len(low) == 3
            and low not in ("may",)
            and not (has_ctx or word[0].isupper() or ctx.standalone(m))
        ):
            return None
    elif low == "august" and not (word[0].isupper() or has_ctx):
        return None
    if (
        word[0].islower()
        and not has_ctx
        and not ctx.standalone(m)
        and low in ("august", "march", "may")
    ):
        return None
    mo = MONTHS[low]
    relation = MONTH_RELATIONS.get(mod_kind)
    v = ctx.month_year(mo, m.start(), m.end(), relation)
    start = m.start() if mod else m.start("mon")
    edge = ""
    if mod:
        if EDGE_END.search(mod):
            edge = "END"
        elif EDGE_START.search(mod):
            edge = "START"
        elif "mid" in mod:
            edge = "MID"
    return make(
        start,
        m.end(),
        "DATE",
        "month",
        v,
        kind="month",
        ymd=None if relation is not None else (None, mo, None),
        mod=edge,
    )


MONTH_NAME = Rule(
    name="month_name",
    pattern=(
        rf"(?:(?P<mod>this\s+past|this\s+coming|this|last|next|past|coming|previous"
        rf"|following|early|mid|late|the\s+(?:end|beginning|start|middle)\s+of"
        rf"|(?:the\s+)?end\s+of|beginning\s+of|start\s+of|middle\s+of)[\s-]*)?"
        rf"(?P<mon>{MONTH_WORD_RE})"
    ),
    gates=(MONTH_FLAG,),
    handler=_month_name,
    examples=(
        example("They met in March.", "2023-03"),
        example("Prices jumped last March.", "2023-03"),
        example("We will march on."),
        example("Crowds joined the 'March of Millions' downtown."),
        example("A March for Our Lives rally filled the square."),
        example("The march of progress slowed in March.", "2023-03"),
        example("Sales of March to the Sea rose in May.", "2023-05"),
        example("They met in March on Tuesday.", "2023-03", "2023-08-29"),
        example("Rates rise in early May.", "2023-05"),
        example("The end of June was hot.", "2023-06"),
        example("They met in March.", "XXXX-03", ref=None),
        example("From March to date sales rose.", "(2023-03-01,2023-09-02,P185D)"),
        example(
            "Prices rose from May 2020 to June 2021.",
            "(2020-05-01,2021-06-01,P13M)",
        ),
    ),
)


def _nth_month_of_year(ctx: Context, m: Match) -> Candidate | None:
    o = m["ord"].lower()
    mo = 12 if o in ("last", "final") else word_number(o)
    if mo is None or not 1 <= mo <= 12:
        return None
    if m["y"]:
        y = int(m["y"])
    elif ctx.ref is None:
        return make(m.start(), m.end(), "DATE", "month", f"XXXX-{mo:02d}")
    else:
        rel = (m["rel"] or "this").lower()
        y = ctx.ref.year + RELATIVE_OFFSETS[rel]
    return make(
        m.start(),
        m.end(),
        "DATE",
        "month",
        f"{y:04d}-{mo:02d}",
        kind="month",
    )


NTH_MONTH_OF_YEAR = Rule(
    name="nth_month_of_year",
    pattern=(
        r"(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth"
        r"|ninth|tenth|eleventh|twelfth|last|final|\d{1,2}(?:st|nd|rd|th))\s+month"
        r"\s+of\s+(?:(?P<y>(?:19|20)\d{2})(?!\d)|(?P<rel>this|last|next)\s+year"
        r"|the\s+(?P<cur>current\s+)?year\b)"
    ),
    gates=("month",),
    handler=_nth_month_of_year,
    examples=(
        example("It ends in the third month of 2021.", "2021-03"),
        example("Talks resume in the ninth month of next year.", "2024-09"),
        example("Talks resume in the ninth month of next year.", "XXXX-09", ref=None),
    ),
)


def _day_of_relative_month(ctx: Context, m: Match) -> Candidate | None:
    d = word_number(m["d"] or m["d2"] or m["d3"])
    if d is None or not 1 <= d <= 31:
        return None
    ref = ctx.ref
    rel = (m["rel"] or m["rel3"] or "this").lower()
    if ref is None:
        v = f"XXXX-XX-{d:02d}"
        return make(m.start(), m.end(), "DATE", "day", v, day=v)
    b = add_months(ref.replace(day=1), RELATIVE_OFFSETS[rel])
    dt = safe_date(b.year, b.month, d)
    if dt is None:
        return None
    return make(
        m.start(),
        m.end(),
        "DATE",
        "day",
        dt.isoformat(),
        day=dt.isoformat(),
        date=dt,
    )


DAY_OF_RELATIVE_MONTH = Rule(
    name="day_of_relative_month",
    pattern=(
        rf"(?:the\s+)?(?P<d>{DAY_NUMBER_RE}|{ORDINAL_RE})(?:\s+day)?\s+of\s+(?:the\s+)?"
        rf"(?P<rel>this"
        rf"|next|last|previous|current|following)\s+month"
        rf"|(?:the\s+)?(?P<d2>{DAY_NUMBER_RE}|{ORDINAL_RE})\s+day\s+of\s+the\s+month"
        rf"|the\s+(?P<d3>{DAY_NUMBER_RE}|{ORDINAL_RE})\s+(?P<rel3>this|next|last)\s+mon"
        rf"th"
    ),
    gates=("month",),
    handler=_day_of_relative_month,
    examples=(
        example("It starts on the 5th of next month.", "2023-10-05"),
        example("It starts on the 5th of next month.", "XXXX-XX-05", ref=None),
        example("It ends on the 31st day of the month."),
    ),
)


def _first_last_day_of_month(ctx: Context, m: Match) -> Candidate | None:
    ym = month_of_context(ctx, m["mon"], m["y"], None, m.start(), m.end())
    if ym is None:
        return None
    y, mo = ym
    d = 1 if m["n"].lower() == "first" else calendar.monthrange(y, mo)[1]
    dt = datetime.date(y, mo, d)
    return make(
        m.start(),
        m.end(),
        "DATE",
        "day",
        dt.isoformat(),
        day=dt.isoformat(),
        date=dt,
    )


FIRST_LAST_DAY_OF_MONTH = Rule(
    name="first_last_day_of_month",
    pattern=(
        rf"(?:the\s+)?(?P<n>first|last|final)\s+day\s+(?:of|in)\s+(?P<mon>"
        rf"{MONTH_WORD_RE})"
        rf"(?:\s*,?\s*(?P<y>(?:19|20)\d{{2}}))?"
    ),
    gates=("day",),
    handler=_first_last_day_of_month,
    examples=(
        example("The lease ends the last day of February 2024.", "2024-02-29"),
    ),
)


RULES = [
    MONTH_DAY_YEAR,
    DAY_MONTH_YEAR,
    YEAR_MONTH_NAME_DAY,
    MONTH_YEAR_DAY_HYPHEN,
    MONTH_AND_YEAR,
    MONTH_NAME,
    NTH_MONTH_OF_YEAR,
    DAY_OF_RELATIVE_MONTH,
    FIRST_LAST_DAY_OF_MONTH,
]
