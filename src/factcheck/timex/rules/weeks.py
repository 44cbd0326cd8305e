"""Weekdays and weeks.

'Friday', 'next Tuesday', 'Monday the 5th', 'on the 5th', 'the second Sunday of
May', 'the first week of June', 'week 12', 'the week of March 3', 'the weekend'.
"""

from __future__ import annotations

import datetime
import re

from ..candidates import (
    Candidate,
    Match,
    Rule,
    WEEKDAY_FLAG,
    example,
    make,
    squash_spaces,
)
from ..lexicon import (
    DAY_NUMBER_RE,
    MONTHS,
    MONTH_RE,
    MONTH_WORD_RE,
    NTH,
    ORDINAL_ONES_RE,
    ORDINAL_RE,
    PARTS_OF_DAY,
    RELATIVE_OFFSETS,
    UNIT_RE,
    WEAK_WEEKDAYS,
    WEEKDAYS,
    WEEKDAY_RELATIONS,
    WEEKDAY_WORD_RE,
    word_number,
)
from ..resolve import Context
from ..values import add_months, iso_week, monday_of, nth_weekday, safe_date
from .common import month_of_context, weekday_number


CLOCK_AFTER = re.compile(r"\s*(?:[:.]\d|h\b|[ap]\.?m\b|st\b)", re.I)


WEEKEND_CUE_BEFORE = re.compile(r"\b(?:this|that|on|over|at|during|for|the|by)\s*$")


ALL_DIGITS = re.compile(r"\d+")


ORDINAL_MARK = re.compile(r"\d|first|second|third|th\b", re.I)


def _weekday(ctx: Context, m: Match) -> Candidate | None:
    word = m["wd"]
    low = word.lower().rstrip(".")
    mod = squash_spaces((m["mod"] or "").lower())
    after = (m["after"] or "").lower()
    strong = bool(mod or after)
    wd = weekday_number(ctx, word, m.start("wd"), m.end("wd"), strong=strong)
    if wd is None:
        if low in WEEKDAYS and low in WEAK_WEEKDAYS:
            # kept only when glued to a date or time ('Sat at 5', 'Wed, Feb13')
            c = make(
                m.start("wd"),
                m.end("wd"),
                "DATE",
                "day",
                "",
                kind="weekday",
                weak=True,
            )
            v, dt = ctx.weekday(WEEKDAYS[low], m.start(), m.end())
            c.value, c.day, c.date = v, v, dt
            return c
        return None
    if after:
        if "after next" in after:
            mod = "after_next"
        elif "last" in after or "previous" in after:
            mod = "last"
        elif "next" in after or "following" in after:
            mod = "next"
        elif "this" in after:
            mod = "this_week"
    ref = ctx.ref
    if mod in ("after_next", "this_week") and ref is not None:
        mon = monday_of(ref)
        off = 14 if mod == "after_next" else 0
        if mod == "after_next" and "week" not in after:
            # 'friday after next': the second upcoming such day
            dt = ref + datetime.timedelta(
                days=((wd - ref.isoweekday()) % 7 or 7) + 7
            )
        else:
            dt = mon + datetime.timedelta(days=off + wd - 1)
        v = dt.isoformat()
    elif mod in ("after_next", "this_week"):
        v, dt = f"XXXX-WXX-{wd}", None
    else:
        v, dt = ctx.weekday(wd, m.start(), m.end(), WEEKDAY_RELATIONS.get(mod, ""))
    start = m.start() if mod else m.start("wd")
    if m["wpod"] and after:
        # 'Wednesday evening next week'
        pod = PARTS_OF_DAY[m["wpod"].lower()]
        return make(
            start,
            m.end(),
            "TIME",
            "time",
            f"{v}T{pod}",
            kind="pod",
            pod=pod,
            day=v,
            date=dt,
        )
    end = m.end("wd") if m["wpod"] else m.end()
    return make(start, end, "DATE", "day", v, kind="weekday", day=v, date=dt)


WEEKDAY = Rule(
    name="weekday",
    pattern=(
        rf"(?:(?P<mod>this\s+past|this\s+coming|this\s+upcoming|this|last|next|past"
        rf"|coming|previous|following|upcoming)\s+)?(?P<wd>{WEEKDAY_WORD_RE})"
        rf"(?:\s+(?P<wpod>morning|afternoon|evening|night)(?=\s+(?:of\s+)?(?:this|last"
        rf"|next|the\s+following|the\s+previous|the\s+next)\s+week))?"
        rf"(?:\s+(?P<after>after\s+next|(?:of\s+)?(?:this|last|next|the\s+following"
        rf"|the\s+previous|the\s+next)\s+week|(?:of\s+)?the\s+week\s+after\s+next))?"
    ),
    gates=(WEEKDAY_FLAG,),
    handler=_weekday,
    examples=(
        example("The strike began on Friday.", "2023-09-01"),
        example("We meet next Tuesday.", "2023-09-05"),
        example("They left last Monday.", "2023-08-21"),
        example("See you Friday after next.", "2023-09-15"),
        example("Sign it Wednesday of next week.", "2023-09-06"),
        example("The team lands this past Sunday.", "2023-08-27"),
        example("The strike began on Friday.", "XXXX-WXX-5", ref=None),
        example("See you Friday after next.", "XXXX-WXX-5", ref=None),
        example("Sign it Wednesday evening next week.", "2023-09-06TEV"),
        example("We meet this Sunday.", "2023-09-03"),
        example("They come Sat at 5.", "2023-09-02T05:00"),
        example("The vote is in 3 days on Friday.", "2023-09-08"),
        example("It runs from next Monday to Friday.", "(2023-09-04,2023-09-08,P4D)"),
    ),
)


def _weekday_of_relative_week(ctx: Context, m: Match) -> Candidate | None:
    wd = weekday_number(ctx, m["wd"], m.start("wd"), m.end("wd"), strong=True)
    if wd is None:
        return None
    rel = m["rel"].lower().replace("the ", "")
    if ctx.ref is None:
        v, dt = f"XXXX-WXX-{wd}", None
    else:
        off = 7 * RELATIVE_OFFSETS[rel]
        dt = monday_of(ctx.ref) + datetime.timedelta(days=off + wd - 1)
        v = dt.isoformat()
    return make(
        m.start(), m.end(), "DATE", "day", v, kind="weekday", day=v, date=dt, prio=1
    )


WEEKDAY_OF_RELATIVE_WEEK = Rule(
    name="weekday_of_relative_week",
    pattern=(
        rf"(?P<rel>this|last|next|previous|past|the\s+following|following)\s+week"
        rf"(?:['\u2019]s)?\s*(?:-\s*|,\s*|on\s+)?(?P<wd>{WEEKDAY_WORD_RE})"
    ),
    gates=("week",),
    handler=_weekday_of_relative_week,
    examples=(
        example("It opens next week on Thursday.", "2023-09-07"),
        example("It closed last week, Monday.", "2023-08-21"),
        example("It opens next week on Thursday.", "XXXX-WXX-4", ref=None),
    ),
)


def _weekday_and_day_number(ctx: Context, m: Match) -> Candidate | None:
    wd = weekday_number(ctx, m["wd"], m.start("wd"), m.end("wd"), strong=True)
    d = word_number(m["day"])
    if wd is None or d is None or not 1 <= d <= 31:
        return None
    if m["wd"].endswith(".") and len(m["wd"]) > 5:
        return None  # "on Thursday. The first ...": a sentence ended there
    after = ctx.text[m.end() : m.end() + 6]
    if CLOCK_AFTER.match(after) and m["day"].isdigit():
        return None
    ref = ctx.ref
    if ref is None:
        v = f"XXXX-WXX-{wd}"
        return make(m.start(), m.end(), "DATE", "day", v, kind="weekday", day=v)
    # the nearest month in which day d falls on that weekday
    best: datetime.date | None = None
    for k in range(0, 13):
        for sign in (0, -1, 1) if k == 0 else (-1, 1):
            if k == 0 and sign != 0:
                continue
            cand = add_months(ref.replace(day=1), sign * k if k else 0)
            dt = safe_date(cand.year, cand.month, d)
            if dt and dt.isoweekday() == wd:
                best = dt
                break
        if best:
            break
    if best is None:
        v = f"XXXX-WXX-{wd}"
        return make(m.start(), m.end(), "DATE", "day", v, kind="weekday", day=v)
    return make(
        m.start(),
        m.end(),
        "DATE",
        "day",
        best.isoformat(),
        kind="md",
        day=best.isoformat(),
        date=best,
    )


WEEKDAY_AND_DAY_NUMBER = Rule(
    name="weekday_and_day_number",
    pattern=(
        rf"(?P<wd>{WEEKDAY_WORD_RE})[^\S\n]*,?[^\S\n]*(?:the\s+)?(?P<day>{DAY_NUMBER_RE}|"
        rf"{ORDINAL_RE}|(?:twenty|thirty)"
        rf"[\s-]+(?:{ORDINAL_ONES_RE}))(?![\w/-]|\.\w|\s*(?:{MONTH_RE})\b|\s*of\b"
        rf"|\s*o['\u2019]?\s?clock|\s*[ap]\.?m\b"
        rf"|\s+{UNIT_RE}\b)"
    ),
    gates=(WEEKDAY_FLAG,),
    handler=_weekday_and_day_number,
    examples=(
        example("The vote is Monday the 4th.", "2023-09-04"),
        example("It fell on Thursday 31st.", "2023-08-31"),
        example("The vote is Monday the 4th.", "XXXX-WXX-1", ref=None),
        example("The vote is Monday the 31st.", "2023-07-31"),
    ),
)


def _weekend(ctx: Context, m: Match) -> Candidate | None:
    pre = ctx.text[max(0, m.start() - 20) : m.start()].lower()
    if not (
        m.group().lower().startswith("the") or WEEKEND_CUE_BEFORE.search(pre)
    ) or m.group().lower().endswith("s"):
        return None
    ref = ctx.ref
    if ref is None:
        return make(m.start(), m.end(), "DATE", "week", "XXXX-WXX-WE", kind="rel")
    if ref.isoweekday() < 6 and ctx.tense(m.start(), m.end()) < 0:
        # 'protests erupted over the weekend' in a Monday story: the weekend
        # just past, not the one ahead
        ref -= datetime.timedelta(days=7)
    return make(m.start(), m.end(), "DATE", "week", iso_week(ref) + "-WE", kind="rel")


WEEKEND = Rule(
    name="weekend",
    pattern=(
        r"(?:the\s+)?week-?\s?ends?\b"
    ),
    gates=("week",),
    handler=_weekend,
    examples=(
        example("Protests erupted over the weekend.", "2023-W35-WE"),
        example("We rest at weekends."),
        example("Protests erupted over the weekend.", "XXXX-WXX-WE", ref=None),
        example("Protests erupted over the weekend.", "2023-W34-WE", ref="2023-08-28"),
    ),
)


def _the_day_number(ctx: Context, m: Match) -> Candidate | None:
    d = word_number(m["d"])
    if d is None or not 1 <= d <= 31:
        return None
    if not ORDINAL_MARK.search(m["d"]):
        return None
    if ALL_DIGITS.fullmatch(m["d"].strip()):
        return None
    ref = ctx.ref
    if ref is None:
        v = f"XXXX-XX-{d:02d}"
        return make(m.start(), m.end(), "DATE", "day", v, kind="dom", day=v)
    t = ctx.tense(m.start(), m.end())
    base = ref.replace(day=1)
    cand = safe_date(ref.year, ref.month, d)
    if t < 0 and (cand is None or cand > ref):
        base = add_months(base, -1)
    elif t > 0 and (cand is None or cand < ref):
        base = add_months(base, 1)
    dt = safe_date(base.year, base.month, d)
    if dt is None:
        return None
    return make(
        m.start(),
        m.end(),
        "DATE",
        "day",
        dt.isoformat(),
        kind="dom",
        day=dt.isoformat(),
        date=dt,
    )


THE_DAY_NUMBER = Rule(
    name="the_day_number",
    pattern=(
        rf"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\bfrom\s)"
        rf"|(?<=\bbefore\s)|(?<=\bafter\s))the\s+(?P<d>{DAY_NUMBER_RE}|{ORDINAL_RE})"
        rf"(?![\w-]|\s+(?:century|floor|anniversary|amendment|birthday|round|time"
        rf"|place|minute|day|week|month|year|of|and|or)\b)"
    ),
    gates=None,
    handler=_the_day_number,
    examples=(
        example("Payment is due on the 15th.", "2023-09-15"),
        example("Payment is due on the 15th.", "XXXX-XX-15", ref=None),
        example("Payment was made on the 30th.", "2023-08-30"),
        example("Payment will be made on the 1st.", "2023-10-01"),
    ),
)


def _nth_weekday_of_month(ctx: Context, m: Match) -> Candidate | None:
    wd = weekday_number(ctx, m["wd"], m.start("wd"), m.end("wd"), strong=True)
    if wd is None:
        return None
    o = m["n"].lower()
    n = NTH.get(o, -1)  # "last"/"final": counted from the end
    ym = month_of_context(ctx, m["mon"], m["y"], m["rel"], m.start(), m.end())
    if ym is None:
        mon = MONTHS[m["mon"].lower().rstrip(".")] if m["mon"] else None
        v = f"XXXX-{mon:02d}-WXX-{wd}-#{n}" if mon else f"XXXX-XX-WXX-{wd}"
        return make(m.start(), m.end(), "DATE", "day", v, day=v)
    d = nth_weekday(ym[0], ym[1], wd, n)
    if d is None:
        return None
    return make(
        m.start(), m.end(), "DATE", "day", d.isoformat(), day=d.isoformat(), date=d
    )


NTH_WEEKDAY_OF_MONTH = Rule(
    name="nth_weekday_of_month",
    pattern=(
        rf"(?:the\s+)?(?P<n>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last"
        rf"|final)\s+(?P<wd>{WEEKDAY_WORD_RE})\s+(?:of|in)\s+(?:(?P<mon>{MONTH_WORD_RE}"
        rf")(?:\s*,?\s*"
        rf"(?P<y>(?:19|20)\d{{2}}))?|(?P<rel>this|next|last|the)\s+month)"
    ),
    gates=(WEEKDAY_FLAG,),
    handler=_nth_weekday_of_month,
    examples=(
        example("Polls close the second Sunday of May.", "2023-05-14"),
        example("It ends on the last Friday of this month.", "2023-09-29"),
        example("Polls close the second Sunday of May.", "XXXX-05-WXX-7-#2", ref=None),
        example("Polls close the fifth Monday of May 2023.", "2023-05-29"),
    ),
)


def _nth_week_of(ctx: Context, m: Match) -> Candidate | None:
    o = m["n"].lower()
    # "last"/"final" (-1): counted from the end; "53rd": a week of the year
    n = int(o[:-2]) if o[0].isdigit() else NTH.get(o, -1)
    if n == 0 or (n > 5 and not m["y2"] and (m["ru"] or "").lower() != "year"):
        return None  # no 0th week, and a month has at most five
    ref = ctx.ref
    if m["y2"] or (m["rel"] and m["ru"] and m["ru"].lower() == "year"):
        if m["y2"]:
            y = int(m["y2"])
        elif ref:
            y = ref.year + RELATIVE_OFFSETS[m["rel"].lower()]
        else:
            return None
        if n > 53:
            return None
        if n > 0:
            try:
                d = datetime.date.fromisocalendar(y, n, 1)
            except ValueError:  # 'the 53rd week of 2023': dropped with a warning
                return make(m.start(), m.end(), "DATE", "week", f"{y:04d}-W{n:02d}")
        else:
            d = datetime.date(y, 12, 28)
        return make(m.start(), m.end(), "DATE", "week", iso_week(d))
    rel = m["rel"] if m["ru"] else None
    ym = month_of_context(ctx, m["mon"], m["y"], rel, m.start(), m.end())
    if ym is None:
        return None
    y, mo = ym
    if n > 0:
        d = datetime.date(y, mo, 1) + datetime.timedelta(days=7 * (n - 1))
    else:
        # the last week with most of its days in the month: its last Thursday's
        d = nth_weekday(y, mo, 4, -1) or datetime.date(y, mo, 28)
    return make(m.start(), m.end(), "DATE", "week", iso_week(d))


NTH_WEEK_OF = Rule(
    name="nth_week_of",
    pattern=(
        rf"(?<![\w-])(?:the\s+)?(?P<n>first|second|third|fourth|fifth|last|final"
        rf"|[1-5]?\d(?:st|nd|rd|th))\s+week\s+(?:of|in)\s+"
        rf"(?:(?P<mon>{MONTH_WORD_RE})(?:\s*,?\s*"
        rf"(?P<y>(?:19|20)\d{{2}}))?|(?P<y2>(?:19|20)\d{{2}})|(?P<rel>this|next|last)"
        rf"\s+(?P<ru>month|year))"
    ),
    gates=("week",),
    handler=_nth_week_of,
    examples=(
        example("Work starts the first week of June.", "2023-W22"),
        example("Shipping resumes in the last week of 2022.", "2022-W52"),
        example("Talks resume the second week of next year.", "2024-W02"),
        example("Work starts the first week of next month.", "2023-W39"),
    ),
)


def _week_number(ctx: Context, m: Match) -> Candidate | None:
    n = int(m["n"])
    ref = ctx.ref
    if m["y"]:
        y = int(m["y"])
    elif ref is None:
        return make(m.start(), m.end(), "DATE", "week", f"XXXX-W{n:02d}")
    else:
        y = ref.year + RELATIVE_OFFSETS.get((m["rel"] or "this").lower(), 0)
    try:
        datetime.date.fromisocalendar(y, n, 1)
    except ValueError:
        if not m["y"]:
            return None
        # 'week 53 of 2023' as written: find_timexes drops it with a warning
    return make(m.start(), m.end(), "DATE", "week", f"{y:04d}-W{n:02d}")


WEEK_NUMBER = Rule(
    name="week_number",
    pattern=(
        r"(?<![\w-])week\s+(?P<n>[1-9]|[1-4]\d|5[0-3])(?![\d.,:])(?:\s+(?:of\s+)?(?:(?P"
        r"<y>"
        r"(?:19|20)\d{2})|(?P<rel>this|last|next)\s+year))?"
    ),
    gates=("week",),
    handler=_week_number,
    examples=(
        example("Vaccines arrive in week 12 this year.", "2023-W12"),
        example("Sales in week 40 of 2022 fell.", "2022-W40"),
        example("Sales in week 40 of 2022 fell.", "2022-W40", ref=None),
    ),
)


def _week_of_date(ctx: Context, m: Match) -> Candidate | None:
    mon = m["mon"] or m["mon2"]
    d = word_number(m["day"] or m["day2"])
    if d is None or not 1 <= d <= 31:
        return None
    mo = MONTHS[mon.lower().rstrip(".")]
    v, dt = ctx.month_day(mo, d, m.start(), m.end())
    if dt is None:
        return make(m.start(), m.end(), "DATE", "day", v, day=v)
    return make(m.start(), m.end(), "DATE", "week", iso_week(dt))


WEEK_OF_DATE = Rule(
    name="week_of_date",
    pattern=(
        rf"(?:the\s+)?week\s+(?:of|beginning|starting(?:\s+on)?|commencing)\s+(?:the\s+"
        rf")?"
        rf"(?:(?P<mon>{MONTH_WORD_RE})\s*(?P<day>{DAY_NUMBER_RE}|{ORDINAL_RE})|(?P<day2"
        rf">{DAY_NUMBER_RE}|{ORDINAL_RE})"
        rf"(?:\s+of)?\s+(?P<mon2>{MONTH_WORD_RE}))"
    ),
    gates=("week",),
    handler=_week_of_date,
    examples=(
        example("Talks were held the week of March 13.", "2023-W11"),
        example("Talks were held the week of 13 March.", "2023-W11"),
        example("Talks were held the week of March 13.", "XXXX-03-13", ref=None),
    ),
)


RULES = [
    WEEKDAY,
    WEEKDAY_OF_RELATIVE_WEEK,
    WEEKDAY_AND_DAY_NUMBER,
    WEEKEND,
    THE_DAY_NUMBER,
    NTH_WEEKDAY_OF_MONTH,
    NTH_WEEK_OF,
    WEEK_NUMBER,
    WEEK_OF_DATE,
]
