"""Clock times and parts of day.

3:30 pm, 17.30, 9am, seven o'clock, 14h30, 'half past two', noon, 'this morning'.
"""

from __future__ import annotations

import datetime
import re

from ..candidates import (
    Candidate,
    DIGIT_FLAG,
    Match,
    Rule,
    example,
    make,
    squash_spaces,
)
from ..lexicon import (
    CARDINAL_RE,
    HOUR_WORD_RE,
    MERIDIEM_RE,
    PARTS_OF_DAY,
    TIMEZONE_RE,
    UNIT_RE,
    WEEKDAY_RE,
    compile_ci,
    word_number,
)
from ..resolve import Context
from ..values import time_value


SCORE_BEFORE = re.compile(
    r"(?:\bratio|\bscore|\bverse|\bjohn|\bmatthew|\bluke|\bmark)\s*$", re.I
)


SCORE_AFTER = re.compile(
    r"\s*(?:ratio|aspect|split|win|victory|lead|loss|defeat)", re.I
)


ONE_LETTER_MERIDIEM_END = re.compile(r"\s*(?:$|[.,;!?)]|\s)")


PRONOUN_I_BEFORE = re.compile(r"\bI\s*$")


CLOCK_CUE_BEFORE = re.compile(r"(?:\bat|@|\bto|-|\buntil|\btill|\bfrom)\s*$", re.I)


SPAN_BEFORE_H = re.compile(r"\b(?:for|in|within|over|about|after|last|lasted|took)\s*$")


AT_BEFORE = re.compile(r"\b(?:at|@)\s*$")


NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


CLOCK_FOLLOWER = re.compile(r"on|tonight|tomorrow|today|this|in|and|or|to|until", re.I)


TIMEZONE_ABBREVIATION = re.compile(r"[A-Z][SD]T")


HALF_HOUR_CUE_BEFORE = re.compile(r"\b(?:at|by|until|around|about)\s*$")


MINUTES_END_AFTER = re.compile(r"\s*(?:$|[.,;!?]|on|tonight|tomorrow|today|in)")


def apply_meridiem(h: int, ap: str | None) -> tuple[int, bool]:
    if not ap:
        return h, False
    ap = ap.lower().replace(" ", "").replace(".", "")
    if ap.startswith("p") and h < 12:
        return h + 12, True
    if ap.startswith("a") and h == 12:
        return 0, True
    return h, True


CLOCK_DOT_UNITS = frozenset(
    ("percent", "per", "euros", "euro", "dollars", "pounds", "points", "pts", "yuan")
)


# A bare clock number follows a preposition or a verb, not a noun it numbers.
NUMBERED_NOUN_BEFORE = compile_ci(
    r"\b(?:building|room|floor|gate|terminal|platform|bus|route|highway|number|no\.?"
    r"|level|hall|block|lane|exit|pier|dock|ward|bay|stage|phase|chapter|page"
    r"|section|article|game|round|race|lap|seat|row|apartment|suite|unit|flight"
    r"|line|channel|district|zone|sector|box|door|table|aisle|court|field|track)\s*$"
)


def clock_time(ctx: Context,
    m: Match,
    h: int,
    mi: int | None,
    s: int | None,
    ap: str | None,
    *,
    weak: bool = False,
    start: int | None = None,
) -> Candidate | None:
    h2, known = apply_meridiem(h, ap)
    if h2 > 24 or (mi is not None and mi > 59):
        return None
    return make(
        m.start() if start is None else start,
        m.end(),
        "TIME",
        "time",
        time_value(h2, mi, s),
        kind="time",
        hms=(h2, mi, s),
        ampm=known or h > 12,
        weak=weak,
    )


def _part_of_day(ctx: Context, m: Match) -> Candidate | None:
    pod = PARTS_OF_DAY[m["pod"].lower()]
    rel = squash_spaces((m["rel"] or "").lower())
    ref = ctx.ref
    day: str | None = None
    dt: datetime.date | None = None
    if rel in ("this", "today", "tonight"):
        dt = ref
    elif rel in ("last", "yesterday"):
        dt = ref - datetime.timedelta(days=1) if ref else None
        if rel == "last" and pod != "NI" and ref:
            dt = ref - datetime.timedelta(days=1)
    elif rel == "tomorrow":
        dt = ref + datetime.timedelta(days=1) if ref else None
    if dt is not None:
        day = dt.isoformat()
    if rel in ("this", "today", "tonight", "last", "yesterday", "tomorrow"):
        if day is None:
            day = "XXXX-XX-XX"
        return make(
            m.start(),
            m.end(),
            "TIME",
            "time",
            f"{day}T{pod}",
            kind="pod",
            pod=pod,
            day=day,
            date=dt,
        )
    # a bare 'morning' waits for a date or time; 'in the morning' stands alone
    weak = (not rel and not m["mod"]) or rel == "that"
    return make(
        m.start(),
        m.end(),
        "TIME",
        "time",
        f"T{pod}",
        kind="pod",
        pod=pod,
        weak=weak,
    )


PART_OF_DAY = Rule(
    name="part_of_day",
    pattern=(
        r"(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<rel>this|last|that|tomorrow"
        r"|yesterday|tonight|today|in\s+the|in|early\s+in\s+the|late\s+in\s+the"
        r"|later\s+in\s+the|during\s+the)\s+)?(?P<pod>morning|afternoon|evening"
        r"|night-time|nighttime|night|overnight|daytime)s?\b"
    ),
    gates=("morning", "afternoon", "evening", "night", "daytime"),
    handler=_part_of_day,
    examples=(
        example("It rained this morning.", "2023-09-02TMO"),
        example("They talked late in the evening.", "TEV"),
        example("Stores open Saturday morning.", "2023-09-02TMO"),
        example("It rained this morning.", "XXXX-XX-XXTMO", ref=None),
        example("Talks ran Thursday at 2 in the afternoon.", "2023-08-31T14:00"),
        example("We met in the morning at 9.", "T09"),
        example("They left at 10 this evening.", "2023-09-02T22:00"),
        example("Shops open every morning at 8.", "T08"),
    ),
)


def _noon_midnight(ctx: Context, m: Match) -> Candidate:
    w = m["w"].lower().replace(" ", "").replace("-", "")
    h = 0 if w.startswith("midn") else 12
    return make(
        m.start(),
        m.end(),
        "TIME",
        "time",
        time_value(h, None, None),
        kind="time",
        hms=(h, None, None),
        ampm=True,
        prio=1,  # 'mid night' is midnight, not the part of day 'night'
    )


NOON_MIDNIGHT = Rule(
    name="noon_midnight",
    pattern=(
        r"(?:12\s+)?(?P<w>noon|midday|mid\s?-?day|midnight|mid\s+night)(?:ish)?\b"
    ),
    gates=("noon", "midday", "mid day", "mid-day", "midnight", "mid night"),
    handler=_noon_midnight,
    examples=(
        example("The store closes at midnight.", "T00"),
        example("We lunch at noon on Friday.", "2023-09-01T12:00"),
    ),
)


def _clock_colon(ctx: Context, m: Match) -> Candidate | None:
    h = int(m["h"])
    mi = int(m["m"] if m["m"] is not None else m["m2"])
    s = int(m["s"]) if m["s"] else None
    ap = m["ap"]
    pre = ctx.text[max(0, m.start() - 12) : m.start()]
    after = ctx.text[m.end() : m.end() + 15]
    if ap and len(ap.strip()) == 1 and not ONE_LETTER_MERIDIEM_END.match(after):
        return None
    if SCORE_BEFORE.search(pre):
        return None
    if SCORE_AFTER.match(after):
        return None
    if h == 24 and mi:
        return None
    return clock_time(ctx, m, h, mi, s, ap)


CLOCK_COLON = Rule(
    name="clock_colon",
    pattern=(
        rf"(?<![\d:.,$\u00a3\u20ac])(?P<h>[01]?\d|2[0-4])"
        rf"(?::(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?"
        rf"|\.(?P<m2>[0-5]\d)(?=\s*{MERIDIEM_RE}))(?![\d:]|\.\d)(?:\s*(?P<ap>"
        rf"{MERIDIEM_RE}))?"
        rf"(?P<tz>{TIMEZONE_RE})"
    ),
    gates=(DIGIT_FLAG,),
    handler=_clock_colon,
    examples=(
        example("The train leaves at 3:30 pm.", "T15:30"),
        example("The ratio was 3:2 overall."),
        example("The bus left at 3:30 a.", "T03:30"),
        example("It was 24:30 when we left."),
    ),
)


def _clock_dot(ctx: Context, m: Match) -> Candidate | None:
    nxt = NEXT_WORD.match(ctx.text[m.end() : m.end() + 30])
    if nxt and not CLOCK_FOLLOWER.fullmatch(nxt[1]):
        # '17.30 Beijing time', '9.30 GMT' but not '17.30 euros', '17.30 EUR'
        w = nxt[1]
        if (
            not w[0].isupper()
            or w.lower() in CLOCK_DOT_UNITS
            or (
                w.isupper()
                and len(w) == 3
                and w not in ("GMT", "UTC", "BST", "CET")
                and not TIMEZONE_ABBREVIATION.fullmatch(w)
            )
        ):
            return None
    return clock_time(ctx, m, int(m["h"]), int(m["m"]), None, None)


CLOCK_DOT = Rule(
    name="clock_dot",
    pattern=(
        r"(?:(?<=\bat\s)|(?<=@\s)|(?<=\bby\s)|(?<=\buntil\s))(?P<h>[01]?\d|2[0-3])\."
        r"(?P<m>[0-5]\d)(?=\s*(?:$|[,;!?)]|\.(?!\d)|\s+(?:on|tonight|tomorrow|today"
        r"|this|in|and|or|to|until)\b|\s+[a-z]))"
    ),
    gates=(DIGIT_FLAG,),
    handler=_clock_dot,
    examples=(
        example("Meet me at 17.30 tonight.", "2023-09-02T17:30"),
        example("Shares closed at 17.30 euros."),
        example("Talks begin at 9.30 GMT.", "T09:30"),
        example("It costs 9.30 EUR."),
    ),
)


def _clock_hhmm_meridiem(ctx: Context, m: Match) -> Candidate | None:
    return clock_time(ctx, m, int(m["h"]), int(m["m"]), None, m["ap"])


CLOCK_HHMM_MERIDIEM = Rule(
    name="clock_hhmm_meridiem",
    pattern=(
        r"(?<![\d:.,$\u00a3\u20ac])(?P<h>[01]?\d|2[0-3])(?P<m>[0-5]\d)\s*(?P<ap>[ap]\s?"
        r"\.\s?m"
        r"\s?\.|[ap]\.?\s?m\b\.?)"
    ),
    gates=(DIGIT_FLAG,),
    handler=_clock_hhmm_meridiem,
    examples=(
        example("Doors open 1030am sharp.", "T10:30"),
    ),
)


def _hour_ish(ctx: Context, m: Match) -> Candidate | None:
    return clock_time(ctx, m, int(m["h"]), None, None, None)


HOUR_ISH = Rule(
    name="hour_ish",
    pattern=(
        r"(?<![\d:.,$\u00a3\u20ac])(?P<h>1[0-2]|0?[1-9])ish\b"
    ),
    gates=(DIGIT_FLAG,),
    handler=_hour_ish,
    examples=(
        example("Come by 5ish.", "T05"),
    ),
)


def _hour_meridiem(ctx: Context, m: Match) -> Candidate | None:
    ap = m["ap"]
    if len(ap.strip()) == 1:
        pre = ctx.text[max(0, m.start() - 6) : m.start()]
        if not CLOCK_CUE_BEFORE.search(pre):
            return None
    if ap.lower().replace(" ", "") in ("am",):
        pre = ctx.text[max(0, m.start() - 6) : m.start()]
        if PRONOUN_I_BEFORE.search(pre):
            return None
    return clock_time(ctx, m, int(m["h"]), None, None, ap)


HOUR_MERIDIEM = Rule(
    name="hour_meridiem",
    pattern=(
        rf"(?<![\d:.,$\u00a3\u20ac/-])(?P<h>1[0-2]|0?[1-9])(?:ish)?(?:\s*|\.(?=[ap]m))("
        rf"?P<ap>{MERIDIEM_RE})"
        rf"(?P<tz>{TIMEZONE_RE})"
    ),
    gates=(DIGIT_FLAG,),
    handler=_hour_meridiem,
    examples=(
        example("The bus leaves at 9am.", "T09"),
        example("I am 5 a.m. late.", "T05"),
        example("The bus leaves at 5 p.m. EST.", "T17"),
        example("We left 9 a before dawn."),
    ),
)


def _hour_word_meridiem(ctx: Context, m: Match) -> Candidate | None:
    h = word_number(m["h"])
    mi = word_number(m["m"].replace("oh", "")) if m["m"] else None
    if h is None:
        return None
    return clock_time(ctx, m, h, mi, None, m["ap"])


HOUR_WORD_MERIDIEM = Rule(
    name="hour_word_meridiem",
    pattern=(
        rf"\b(?P<h>{HOUR_WORD_RE})(?:[\s-]+(?P<m>(?:oh[\s-]+)?{CARDINAL_RE}))?\s*(?P<ap"
        rf">"
        rf"[ap]\s?\.\s?m\s?\.|[ap]\.?\s?m\b\.?|[ap]\s+m\b)(?P<tz>{TIMEZONE_RE})"
    ),
    gates=None,
    handler=_hour_word_meridiem,
    examples=(
        example("We open at seven thirty p.m.", "T19:30"),
    ),
)


def _oclock(ctx: Context, m: Match) -> Candidate | None:
    h = word_number(m["h"])
    if h is None:
        return None
    return clock_time(ctx, m, h, None, None, m["ap"])


OCLOCK = Rule(
    name="oclock",
    pattern=(
        rf"(?<![\d:.])(?P<h>1[0-2]|0?[1-9]|{HOUR_WORD_RE})\s*(?:o['\u2019]?\s?clock|ocl"
        rf"ock)"
        rf"(?:\s*(?P<ap>{MERIDIEM_RE}))?"
    ),
    gates=("clock",),
    handler=_oclock,
    examples=(
        example("They met at seven o'clock.", "T07"),
    ),
)


def _clock_with_h(ctx: Context, m: Match) -> Candidate | None:
    pre = ctx.text[max(0, m.start() - 8) : m.start()].lower()
    if SPAN_BEFORE_H.search(pre):
        return None
    h = int(m["h"])
    mi = int(m["m"]) if m["m"] else None
    if mi is None and h < 13 and not AT_BEFORE.search(pre) and not ctx.standalone(m):
        return None
    c = clock_time(ctx, m, h, mi if mi is not None else 0, None, None)
    if c and mi is None:
        c.value = time_value(h, 0, None)
    return c


CLOCK_WITH_H = Rule(
    name="clock_with_h",
    pattern=(
        rf"(?<![\w:.])(?P<h>[01]?\d|2[0-3])h(?P<m>[0-5]\d)?(?![\w])(?P<tz>{TIMEZONE_RE}"
        rf")"
    ),
    gates=(DIGIT_FLAG,),
    handler=_clock_with_h,
    examples=(
        example("Kickoff is at 14h30.", "T14:30"),
        example("Kickoff is at 9h tonight.", "2023-09-02T21:00"),
    ),
)


# "rose by 300", "won by 1200": a difference, not the clock time "by 3:00".
CHANGE_BY_BEFORE = re.compile(
    r"\b(?:r[io]se|rising|fell|fall(?:s|ing)?|(?:in|de)creas(?:e|es|ed|ing)|gr[eo]w"
    r"(?:s|n|ing)?|dropp?(?:s|ed|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?"
    r"|declin(?:e|es|ed|ing)|cut|up|down|higher|lower|reduced|raised|won|lost|led"
    r"|beat(?:en)?|trail(?:s|ed|ing)?|outnumber(?:s|ed)?|exceed(?:s|ed)?)\s+by\s+$",
    re.I,
)


def _clock_hhmm_after_at(ctx: Context, m: Match) -> Candidate | None:
    if CHANGE_BY_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None
    return clock_time(ctx, m, int(m["h"]), int(m["m"]), None, None)


CLOCK_HHMM_AFTER_AT = Rule(
    name="clock_hhmm_after_at",
    pattern=(
        r"(?:(?<=\bat\s)|(?<=@\s)|(?<=@)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bby\s)"
        r"|(?<=\bfrom\s)|(?<=\bapproximately\s))(?P<h>[01]?\d|2[0-3])(?P<m>[0-5]\d)"
        r"(?:ish)?(?=\s*(?:$|[.,;!?)](?!\d)|[ap]\.?m|in\s+the|tonight|tomorrow|today|th"
        r"is"
        r"|on\s))"
    ),
    gates=(DIGIT_FLAG,),
    handler=_clock_hhmm_after_at,
    examples=(
        example("The flight lands at 1745 tomorrow.", "2023-09-03T17:45"),
        example("Cases rose by 300 in the county."),
    ),
)


def _minutes_past_to(ctx: Context, m: Match) -> Candidate | None:
    mm = m["mm"].lower()
    rel = m["rel"].lower()
    hs = m["h"].lower()
    if mm == "half":
        mins = 30
    elif "quarter" in mm:
        mins = 15
    else:
        n = word_number(mm)
        if n is None or n >= 60:
            return None
        mins = n
    if rel in ("to", "till", "before") and not (
        "quarter" in mm
        or "minute" in m.group().lower()
        or "min" in m.group().lower()
        or hs in ("noon", "midnight")
    ):
        return None
    if mm == "half" and rel != "past":
        return None
    if hs in ("noon", "midnight"):
        h = 12 if hs == "noon" else 0
        known = True
    else:
        hv = word_number(hs)
        if hv is None:
            return None
        h, known = apply_meridiem(hv, m["ap"])
    total = h * 60 + mins if rel in ("past", "after") else h * 60 - mins
    total %= 24 * 60
    c = make(
        m.start(),
        m.end(),
        "TIME",
        "time",
        time_value(total // 60, total % 60, None),
        kind="time",
        hms=(total // 60, total % 60, None),
        ampm=known,
    )
    return c


MINUTES_PAST_TO = Rule(
    name="minutes_past_to",
    pattern=(
        rf"(?P<mm>half|(?:a\s+)?quarter|\d{{1,2}}|{CARDINAL_RE})(?:\s+(?:minutes?|mins?"
        rf"))?\s+"
        rf"(?P<rel>past|after|to|till|before)\s+(?P<h>1[0-2]|0?[1-9]|{HOUR_WORD_RE}|noo"
        rf"n"
        rf"|midnight)(?:\s*(?P<ap>{MERIDIEM_RE})|h\b|(?![\w:]))(?:\s*o['\u2019]?clock)?"
    ),
    gates=None,
    handler=_minutes_past_to,
    examples=(
        example("It starts at half past two.", "T02:30"),
        example("We leave at quarter to six.", "T05:45"),
        example("We left at ten past five.", "T05:10"),
        example("We left at twenty to six."),
        example("It ended five minutes to midnight.", "T23:55"),
        example("It ended quarter past noon.", "T12:15"),
        example("It was half to five."),
    ),
)


def _half_hour(ctx: Context, m: Match) -> Candidate | None:
    pre = ctx.text[max(0, m.start() - 8) : m.start()].lower()
    if not (HALF_HOUR_CUE_BEFORE.search(pre) or ctx.standalone(m)):
        return None
    h = word_number(m["h"])
    if h is None:
        return None
    return make(
        m.start(),
        m.end(),
        "TIME",
        "time",
        time_value(h, 30, None),
        kind="time",
        hms=(h, 30, None),
    )


HALF_HOUR = Rule(
    name="half_hour",
    pattern=(
        rf"\bhalf\s+(?P<h>{HOUR_WORD_RE})\b(?!\s+(?:{UNIT_RE}|of|an?)\b)"
    ),
    gates=("half",),
    handler=_half_hour,
    examples=(
        example("Meet me at half six.", "T06:30"),
    ),
)


def _at_hour(ctx: Context, m: Match) -> Candidate | None:
    h = word_number(m["h"])
    mi = word_number(m["m"].replace("oh", "")) if m["m"] else None
    if h is None or (mi is not None and mi > 59):
        return None
    if mi is not None and not MINUTES_END_AFTER.match(ctx.text[m.end() : m.end() + 10]):
        mi = None
    start = m.start("h")
    return make(
        start,
        m.end() if mi is not None else m.end("h"),
        "TIME",
        "time",
        time_value(h, mi, None),
        kind="time",
        hms=(h, mi, None),
        weak=mi is None,
    )


AT_HOUR = Rule(
    name="at_hour",
    pattern=(
        rf"(?:\bat|@|\baround|\babout)\s+(?P<h>1[0-2]|0?[1-9]|{HOUR_WORD_RE})(?:\s+(?P<"
        rf"m>"
        rf"(?:oh\s+)?{CARDINAL_RE}))?(?![\w:%/-]|[.,]\d|\s*(?:%|percent|per\s+cent|[a-z"
        rf"]))"
    ),
    gates=None,
    handler=_at_hour,
    examples=(
        example("Meet on Friday at 9.", "2023-09-01T09:00"),
    ),
)


def _bare_hour_before_day(ctx: Context, m: Match) -> Candidate | None:
    if NUMBERED_NOUN_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None  # 'building 4 this afternoon': a number, not a clock time
    h = word_number(m["h"])
    mi = word_number(m["m"].replace("oh", "")) if m["m"] else None
    if h is None or (mi is not None and mi > 59):
        return None
    return make(
        m.start(),
        m.end(),
        "TIME",
        "time",
        time_value(h, mi, None),
        kind="time",
        hms=(h, mi, None),
        weak=True,
    )


BARE_HOUR_BEFORE_DAY = Rule(
    name="bare_hour_before_day",
    pattern=(
        rf"(?<![\w:.,$])(?P<h>1[0-2]|0?[1-9]|{HOUR_WORD_RE})(?:[\s-]+(?P<m>(?:oh[\s-]+)"
        rf"?"
        rf"{CARDINAL_RE}|[0-5]\d))?(?=,?\s+(?:tonight|tomorrow|today|this\s+(?:morning"
        rf"|afternoon|evening)|in\s+the\s+(?:morning|afternoon|evening)|on\s+"
        rf"{WEEKDAY_RE}))"
    ),
    gates=None,
    handler=_bare_hour_before_day,
    examples=(
        example("The show starts 8 tonight.", "2023-09-02T20:00"),
    ),
)


def _at_hour_a_p(ctx: Context, m: Match) -> Candidate | None:
    return clock_time(ctx, m, int(m["h"]), None, None, m["ap"])


AT_HOUR_A_P = Rule(
    name="at_hour_a_p",
    pattern=(
        r"(?<=\bat\s)(?P<h>1[0-2]|0?[1-9])\s?(?P<ap>[ap])\b\.?"
    ),
    gates=(DIGIT_FLAG,),
    handler=_at_hour_a_p,
    examples=(
        example("Lunch is at 1 p in the hall.", "T13"),
    ),
)


RULES = [
    PART_OF_DAY,
    NOON_MIDNIGHT,
    CLOCK_COLON,
    CLOCK_DOT,
    CLOCK_HHMM_MERIDIEM,
    HOUR_ISH,
    HOUR_MERIDIEM,
    HOUR_WORD_MERIDIEM,
    OCLOCK,
    CLOCK_WITH_H,
    CLOCK_HHMM_AFTER_AT,
    MINUTES_PAST_TO,
    HALF_HOUR,
    AT_HOUR,
    BARE_HOUR_BEFORE_DAY,
    AT_HOUR_A_P,
]
