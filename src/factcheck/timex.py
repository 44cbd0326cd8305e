"""Temporal expressions in text -> TIMEX3 values resolved against a reference date."""

from __future__ import annotations

import calendar
import datetime
import functools
import hashlib
import json
import re

try:  # private modules: only used to skip patterns that cannot match (a speed-up)
    import re._constants as _sre_c
    import re._parser as _sre_p
except ImportError:  # pragma: no cover - a future Python; every pattern then runs
    _sre_c = _sre_p = None  # type: ignore[assignment]
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Timex", "find_timexes"]

# Patterns the helpers below use, compiled once.
_RE0 = re.compile(r"(\d+)\s?(?:st|nd|rd|th)?")
_RE1 = re.compile(r"[\s-]+")
_RE2 = re.compile(r"\s+")
_RE3 = re.compile(r"\s+and\s+(?:a\s+)?(half|quarter)$")
_RE4 = re.compile(r"\d+(?:\.\d+)?")
_RE5 = re.compile(
    r"\s+(?:on|to|through|against|toward|towards|into"
    r"|past|along|in\s+protest)\b"
)
_RE6 = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_RE7 = re.compile(r"(\d{4})-Q([1-4])")
_RE8 = re.compile(r"(\d{4})-W(\d{2})")
_RE9 = re.compile(r"([A-Za-z]+)\.$")
_RE10 = re.compile(r"\d{4}")
_RE11 = re.compile(r"['\u2019]?\d{2}")
_RE12 = re.compile(r"\b(?:date|in|since|from|until|on)\?*\s*$", re.I)
_RE13 = re.compile(r"\d{1,2}(?:\s?(?:st|nd|rd|th))?")
_RE14 = re.compile(r"(?:the\s+)?second\s+(?!of\b)")
_RE15 = re.compile(r"\d")
_RE16 = re.compile(r"(?:the\s+)?second\s+of")
_RE17 = re.compile(r"\d{2}")
_RE18 = re.compile(r"[-/,]|of|in")
_RE19 = re.compile(r"end|late")
_RE20 = re.compile(
    r"\s+(?:be|have|not|also|well|still|never|i|we|you|he|she|it"
    r"|they|the|a|an|or|take|get|make|do|help|need|want|come"
    r"|go)\b",
    re.I,
)
_RE21 = re.compile(r"beginning|start|early")
_RE22 = re.compile(
    r"\b(?:in|during|since|until|till|by|before|after|from|through|of|early"
    r"|mid|late|last|next|this|each|every|end\s+of|beginning\s+of|around"
    r"|throughout|as\s+of|april\s+(?:and|or|to)|(?:and|or|to)\s+june)"
    r"\s*-?\s*$",
    re.I,
)
_RE23 = re.compile(r"B", re.I)
_RE24 = re.compile(r"\b(?:and|or|to|than|either)\s*$", re.I)
_RE25 = re.compile(r"\s*(?:,|\.|;|$)")
_RE26 = re.compile(
    r"(?:\b(?:summer|winter|spring|autumn|fall|season|election|census|olympics"
    r"|cup|games)|,)\s*$",
    re.I,
)
_RE27 = re.compile(r"\s*[-\u2013]\s*(?:era|style|vintage|model)\b", re.I)
_RE28 = re.compile(r"(?:1[0-9]|20)\d{2}\s*,?\s*(?:and|or|to|either)\s*$")
_RE29 = re.compile(r"\bthan\s*$", re.I)
_RE30 = re.compile(r"[A-Z][a-z]+\s+$")
_RE31 = re.compile(r"\s*(?:$|[.,;:!?)])")
_RE32 = re.compile(r"(?:\+|tel|phone|fax|ssn|no\.?|#)\s*[:\d\s()+-]*$", re.I)
_RE33 = re.compile(r"\b(?:his|her|their|my|your|our|its|in\s+the)\s*$", re.I)
_RE34 = re.compile(r"\b(?:his|her|their|my|your|our)\s*$", re.I)
_RE35 = re.compile(
    r"\s+(?:olympics|games|palace|solstice|equinox|school|camp"
    r"|break|session|festival|fashion|collection|storm|sale)\b",
    re.I,
)
_RE36 = re.compile(
    r"\b(?:in|during|through|throughout|since|by|until|over|the"
    r"|this|that|last|next|of|early|late|mid|for|before|after)"
    r"\s*$",
    re.I,
)
_RE37 = re.compile(r"\s+(?:of|in|from|to|by|on)\b", re.I)
_RE38 = re.compile(r"\s*(?:[:.]\d|h\b|[ap]\.?m\b|st\b)", re.I)
_RE39 = re.compile(r"USA\s$")
_RE40 = re.compile(r"\b(?:this|that|on|over|at|during|for|the|by)\s*$")
_RE41 = re.compile(r"[\s-]*old\b", re.I)
_RE42 = re.compile(r"\b(?:the|this|that|every|each|per)\s*$")
_RE43 = re.compile(
    r"(?:\b[a-z]{3,}s|\d|\bmillion|\bbillion|\bthousand|\bpercent|%|\btimes)\s+$"
)
_RE44 = re.compile(r"\s*of\b")
_RE45 = re.compile(r"\bfor\s*$")
_RE46 = re.compile(
    r"\b(?:for|in|over|within|after|about|than|nearly|almost"
    r"|least|once|twice|ago|years|days|weeks|months|hours)\s+$",
    re.I,
)
_RE47 = re.compile(r"\s*(?:ago|later|earlier|from|before|after|or\s+(?:two|so))")
_RE48 = re.compile(
    r"\b(?:in|for|within|than|about|every"
    r"|once|per)\s*$"
)
_RE49 = re.compile(r"\bin\s+(?:recent|the\s+past)", re.I)
_RE50 = re.compile(
    r"\b(?:first|time|years|lowest|highest|biggest|worst|best|most|least)"
    r"\b[^.]{0,30}$",
    re.I,
)
_RE51 = re.compile(r"\s*[a-z]")
_RE52 = re.compile(r"\bof\b")
_RE53 = re.compile(r"[\s-]*(?:defunct|former|retired|infamous|famous|ex)\b")
_RE54 = re.compile(r"\d+")
_RE55 = re.compile(r"\d|first|second|third|th\b", re.I)
_RE56 = re.compile(
    r"(?:\bratio|\bscore|\bverse|\bjohn|\bmatthew|\bluke|\bmark)\s*$", re.I
)
_RE57 = re.compile(r"\s*(?:ratio|aspect|split|win|victory|lead|loss|defeat)", re.I)
_RE58 = re.compile(r"\s*(?:$|[.,;!?)]|\s)")
_RE59 = re.compile(r"\bI\s*$")
_RE60 = re.compile(r"(?:\bat|@|\bto|-|\buntil|\btill|\bfrom)\s*$", re.I)
_RE61 = re.compile(r"\b(?:for|in|within|over|about|after|last|lasted|took)\s*$")
_RE62 = re.compile(r"\b(?:at|@)\s*$")
_RE63 = re.compile(r"\s+([A-Za-z]+)")
_RE64 = re.compile(r"on|tonight|tomorrow|today|this|in|and|or|to|until", re.I)
_RE65 = re.compile(r"[A-Z][SD]T")
_RE66 = re.compile(r"\b(?:at|by|until|around|about)\s*$")
_RE67 = re.compile(r"\s*(?:$|[.,;!?]|on|tonight|tomorrow|today|in)")
_RE68 = re.compile(
    r"\s*(?:on\b|tonight|tomorrow|today|yesterday|this|last|next"
    r"|in\s+the|o['\u2019]?clock|,?\s*(?:mon|tue|wed|thu|fri|sat|sun))",
    re.I,
)
_RE69 = re.compile(
    r"(?:day|tomorrow|tonight|morning|afternoon|evening|\b(?:mon|tue|wed|thu"
    r"|fri|sat|sun))\s*$",
    re.I,
)
_RE70 = re.compile(
    r"(?:,|at|@|around|about|at about|at around|by|before|after|from|for"
    r"|,? at|circa|-|between|,? from|,? between|in between)?"
)
_RE71 = re.compile(
    r"(?:,|on|of|on the|,? on|(?:\(?[a-z]{2,4}\)? |local time,? )on"
    r"|local time,?)?"
)
_RE72 = re.compile(r"(?:,|in the|at)?")
_RE73 = re.compile(r"(?:of|on|,)")
_RE74 = re.compile(r"(?:at|@|,|around|about|at about|from|between|,? from|,? between)?")
_RE75 = re.compile(r"(?:,|in the|this|at)?")
_RE76 = re.compile(r"(?:at|@|,)?")
_RE77 = re.compile(r"P(\d+)([DWMY])")
_RE78 = re.compile(r"\bbetween\s*$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Timex:
    """One temporal expression found in a text.

    Attributes:
        start: Offset of the first character in the input text.
        end: Offset one past the last character (``text == input[start:end]``).
        text: The surface form.
        value: The TIMEX3 value, e.g. ``2023-08-31``, ``2023-W35``, ``P3Y``.
        type: One of DATE, TIME, DURATION, SET.
        granularity: One of century, decade, year, season, quarter, month, week,
            day, time, duration, set.
    """

    start: int
    end: int
    text: str
    value: str
    type: str
    granularity: str


# --------------------------------------------------------------------------
# Lexicons

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_ORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3,
    "wed": 3, "weds": 3, "thursday": 4, "thu": 4, "thur": 4, "thurs": 4,
    "friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip
# Abbreviations that are also ordinary English words need corroboration.
_WEAK_WEEKDAYS = frozenset({"sat", "sun", "wed", "mon"})
_SEASONS = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_PODS = {
    "morning": "MO", "mornings": "MO", "afternoon": "AF", "afternoons": "AF",
    "evening": "EV", "evenings": "EV", "night": "NI", "nights": "NI",
    "tonight": "NI", "tonite": "NI", "overnight": "NI", "daytime": "DT",
    "night-time": "NI", "nighttime": "NI", "lunchtime": "MI", "lunch": "MI",
}  # fmt: skip
_UNITS = {
    "second": "S", "seconds": "S", "sec": "S", "secs": "S", "minute": "TM",
    "minutes": "TM", "min": "TM", "mins": "TM", "hour": "H", "hours": "H",
    "hr": "H", "hrs": "H", "day": "D", "days": "D", "night": "D", "nights": "D",
    "week": "W", "weeks": "W", "wk": "W", "wks": "W", "fortnight": "F",
    "fortnights": "F", "month": "M", "months": "M", "quarter": "Q",
    "quarters": "Q", "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y",
    "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
    "weekend": "WE", "weekends": "WE",
}  # fmt: skip
_VAGUE_QTY = frozenset(
    {"few", "a few", "several", "some", "many", "dozens of", "hundreds of",
     "thousands of", "a number of", "numerous", "countless", "recent"}
)  # fmt: skip


def _alt(words: Iterator[str] | list[str] | set[str] | frozenset[str]) -> str:
    """Regex alternation, longest first so that prefixes never win."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_ONES_RE = _alt(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
)
_CARD = rf"(?:(?:{_alt(_TENS)})(?:[\s-]+(?:{_ONES_RE}))?|{_alt(_SMALL)})"
_ORD_ONES = _alt(
    [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
    ]
)
_ORD = rf"(?:(?:twenty|thirty)[\s-]+(?:{_ORD_ONES})|{_alt(_ORDS)})"
_TEENS_RE = _alt([w for w, n in _SMALL.items() if n >= 11] + ["twenty"])
_YEAR_WORDS = (
    rf"(?:two\s+thousand(?:\s+and)?(?:[\s-]+{_CARD})?"
    rf"|(?:{_TEENS_RE})\s+hundred(?:\s+and)?(?:[\s-]+{_CARD})?"
    rf"|(?:{_TEENS_RE})[\s-]+(?:{_alt(_TENS)})(?:[\s-]+(?:{_ONES_RE}))?"
    rf"|(?:{_TEENS_RE})[\s-]+(?:{_alt([w for w, n in _SMALL.items() if n >= 10])}))"
)
_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MON = rf"(?<![a-z$#@]){_MONTH_RE}(?:\.(?!\d)|(?![a-z]))"
_WD_RE = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday|s)?|thu(?:r(?:s(?:day)?)?)?"
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
)
_WD = rf"(?<![\w$#@]){_WD_RE}(?:\.|(?![a-z'\u2019]))"
_DAYNUM = (
    r"(?<![\d.,$\u20ac\u00a3])(?:[12]\d|3[01]|0?[1-9])(?:\s?(?:st|nd|rd|th)(?![a-z]))?"
    r"(?![\d:]|\.\d|%)"
)
_DAY = rf"(?:{_DAYNUM}|{_ORD}|{_CARD})"
_AMPM = r"(?:[ap]\s?\.\s?m\s?\.|[ap]\.?\s?m\b\.?|[ap]\s+m\b|a(?![\w])|p(?![\w]))"
_TZ = (
    r"(?:\s*\(?(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST"
    r"|JST|AEST|AEDT|HKT|SGT|WIB|gmt|utc|bst|cet|est|edt|cst|cdt|pst"
    r"|pdt|ist|mst|mdt)\)?(?![\w]))?"
)
_HOURW = _alt(["one", "two", "three", "four", "five", "six", "seven", "eight",
               "nine", "ten", "eleven", "twelve"])  # fmt: skip
_QTY = (
    rf"(?<![\w:.,'\u2019/-])(?:(?:\d+[\s-]+)?[13]/[24](?![\d/])|\d*[\u00bc-\u00be]"
    rf"|\d+(?:\.\d+)?(?:\s+and\s+(?:a\s+)?half)?|an?|{_CARD}(?:\s+and\s+(?:a\s+)?"
    r"(?:half|quarter))?|a\s+couple\s+of|couple\s+of|a\s+couple|couple|a\s+few|few|several"
    r"|some|many|a\s+dozen|dozens\s+of|hundreds\s+of|thousands\s+of|a\s+pair\s+of"
    r"|half\s+an?|a\s+half|numerous|a\s+number\s+of)"
)
_UNIT_RE = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?"
    r"|fortnights?|months?|quarters?|years?|yrs?|decades?|century|centuries"
    r"|weekends?)"
)

_F = re.I  # every pattern is case-insensitive; handlers check case where it matters


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _F)


def _src(pattern: str) -> str:
    """A pattern of the `_P` table: kept as source, compiled lower-cased (`_PL`)
    when a text first needs it; the case-insensitive form only on the rare text
    whose length `str.lower()` changes."""
    return pattern


@functools.cache
def _compile_ci(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _F)


# --------------------------------------------------------------------------
# Small helpers


def _wnum(s: str) -> int | None:
    """'twenty four' -> 24, 'thirty-first' -> 31, '12th' -> 12."""
    s = s.lower().strip()
    m = _RE0.fullmatch(s)
    if m:
        return int(m.group(1))
    total = 0
    seen = False
    for tok in _RE1.split(s):
        if tok in ("", "and", "the"):
            continue
        if tok in _SMALL:
            total += _SMALL[tok]
        elif tok in _TENS:
            total += _TENS[tok]
        elif tok in _ORDS:
            total += _ORDS[tok]
        elif tok in ("a", "an"):
            total += 1
        elif tok == "hundred":
            total = (total or 1) * 100
        elif tok == "thousand":
            total = (total or 1) * 1000
        else:
            return None
        seen = True
    return total if seen else None


def _year_words(s: str) -> int | None:
    """'nineteen eighty six' -> 1986, 'two thousand and fifteen' -> 2015."""
    s = _RE1.sub(" ", s.lower().strip())
    if "thousand" in s:
        return _wnum(s)
    if "hundred" in s:
        head, _, tail = s.partition("hundred")
        a, b = _wnum(head), _wnum(tail) if tail.strip(" and") else 0
        return None if a is None or b is None else a * 100 + b
    first, _, rest = s.partition(" ")
    a, b = _wnum(first), _wnum(rest)
    return None if a is None or b is None else a * 100 + b


_VULGAR = {"\u00bc": 0.25, "\u00bd": 0.5, "\u00be": 0.75}
_FRAC_QTY = re.compile(r"(?:(\d+)[\s-]*)?([13]/[24]|[\u00bc-\u00be])")


def _qty(s: str) -> float | None:
    """Quantity words -> number; None means vague ('a few', 'several')."""
    s = _RE2.sub(" ", s.lower().strip())
    if s in _VAGUE_QTY:
        return None
    if s in ("a", "an", "one"):
        return 1
    if s in ("a half",) or s.startswith("half "):
        return 0.5
    m = _FRAC_QTY.fullmatch(s)
    if m:
        whole = int(m[1]) if m[1] else 0
        part = _VULGAR[m[2]] if m[2] in _VULGAR else int(m[2][0]) / int(m[2][2])
        return whole + part
    if "couple" in s or "pair" in s:
        return 2
    if "dozen" in s:
        return 12
    frac = 0.0
    m = _RE3.search(s)
    if m:
        frac = 0.5 if m.group(1) == "half" else 0.25
        s = s[: m.start()]
    if _RE4.fullmatch(s):
        return float(s) + frac
    n = _wnum(s)
    return None if n is None else n + frac


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.2f}".rstrip("0").rstrip(".")


def _add_months(d: datetime.date, n: int) -> datetime.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return datetime.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _safe_date(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def _week(d: datetime.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _monday(d: datetime.date) -> datetime.date:
    return d - datetime.timedelta(days=d.isoweekday() - 1)


def _nth_weekday(y: int, m: int, wd: int, n: int) -> datetime.date | None:
    """n-th (1-based; -1 = last) ISO weekday `wd` of month m/y."""
    if n > 0:
        first = datetime.date(y, m, 1)
        d = first + datetime.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
        return d if d.month == m else None
    last = datetime.date(y, m, calendar.monthrange(y, m)[1])
    return last - datetime.timedelta(days=(last.isoweekday() - wd) % 7)


def _easter(y: int) -> datetime.date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return datetime.date(y, month, day)


def _bosses_day(y: int) -> datetime.date:
    d = datetime.date(y, 10, 16)
    if d.isoweekday() == 6:
        return d - datetime.timedelta(days=1)
    if d.isoweekday() == 7:
        return d + datetime.timedelta(days=1)
    return d


# Holiday names that are also ordinary words or given names: only capitalized or
# with a year do they name the feast.
_NAME_LIKE_HOLIDAYS = frozenset(
    {"lent", "holi", "purim", "eid", "passover", "onam", "pongal", "rakhi"}
)

_HolidayFn = Callable[[int], datetime.date]


def _fixed(m: int, d: int) -> _HolidayFn:
    return lambda y: datetime.date(y, m, d)


def _nth(m: int, wd: int, n: int) -> _HolidayFn:
    return lambda y: _nth_weekday(y, m, wd, n) or datetime.date(y, m, 1)


def _easter_rel(days: int) -> _HolidayFn:
    return lambda y: _easter(y) + datetime.timedelta(days=days)


_HOLIDAYS: list[tuple[str, _HolidayFn | None]] = [
    (r"christmas\s+eve|xmas\s+eve", _fixed(12, 24)),
    (r"christmas(?:\s+day)?|xmas(?:\s+day)?", _fixed(12, 25)),
    (r"new\s+year'?s?\s+eve", _fixed(12, 31)),
    (r"new\s+year'?s?\s+day", _fixed(1, 1)),
    (r"new\s+year'?s?", _fixed(1, 1)),  # only after 'before', 'over', ... (below)
    (r"halloween", _fixed(10, 31)),
    (r"valentine'?s?\s+day", _fixed(2, 14)),
    (r"(?:st\.?|saint)\s+(?:patrick|paddy)'?s?(?:\s+day)?", _fixed(3, 17)),
    (r"independence\s+day|(?:the\s+)?(?:fourth|4th)\s+of\s+july", _fixed(7, 4)),
    (r"boxing\s+day", _fixed(12, 26)),
    (r"bastille\s+day", _fixed(7, 14)),
    (r"canada\s+day", _fixed(7, 1)),
    (r"australia\s+day", _fixed(1, 26)),
    (r"anzac\s+day", _fixed(4, 25)),
    (r"(?:veterans|remembrance|armistice)\s+day", _fixed(11, 11)),
    (r"earth\s+day", _fixed(4, 22)),
    (r"may\s+day|international\s+workers'?\s+day", _fixed(5, 1)),
    (r"juneteenth", _fixed(6, 19)),
    (r"guy\s+fawkes(?:\s+(?:day|night))?|bonfire\s+night", _fixed(11, 5)),
    (r"cinco\s+de\s+mayo", _fixed(5, 5)),
    (r"all\s+saints'?\s+day", _fixed(11, 1)),
    (r"world\s+vegan\s+day", _fixed(11, 1)),
    (r"thanksgiving(?:\s+day)?", _nth(11, 4, 4)),
    (r"black\s+friday", lambda y: _nth(11, 4, 4)(y) + datetime.timedelta(days=1)),
    (r"cyber\s+monday", lambda y: _nth(11, 4, 4)(y) + datetime.timedelta(days=4)),
    (r"memorial\s+day", _nth(5, 1, -1)),
    (r"labou?r\s+day", _nth(9, 1, 1)),
    (r"(?:mlk|martin\s+luther\s+king(?:,?\s+jr\.?)?(?:'s|\u2019s|s)?)(?:\s+jr\.?)?\s+day"
     r"|civil\s+rights\s+day", _nth(1, 1, 3)),
    (r"presidents'?\s+day|washington'?s\s+birthday", _nth(2, 1, 3)),
    (r"columbus\s+day", _nth(10, 1, 2)),
    (r"mother'?s'?\s+day", _nth(5, 7, 2)),
    (r"father'?s'?\s+day", _nth(6, 7, 3)),
    (r"boss'?s'?(?:\s+day)?", _bosses_day),
    (r"easter\s+mon(?:day)?", _easter_rel(1)),
    (r"easter(?:\s+sunday)?", _easter_rel(0)),
    (r"good\s+friday", _easter_rel(-2)),
    (r"(?:maundy|holy)\s+thursday", _easter_rel(-3)),
    (r"palm\s+sunday", _easter_rel(-7)),
    (r"ash\s+wednesday", _easter_rel(-46)),
    (r"mardi\s+gras|shrove\s+tuesday|pancake\s+day", _easter_rel(-47)),
    (r"pentecost|whit(?:e)?\s+sunday", _easter_rel(49)),
    (r"whit\s+monday", _easter_rel(50)),
    (r"ascension\s+day", _easter_rel(39)),
    (r"trinity\s+sunday", _easter_rel(56)),
    # Lunar and lunisolar feasts: only the year can be given without tables.
    (r"ramadan|ramadhan|eid(?:\s+(?:al|ul)[\s-]?(?:fitr|adha))?|diwali|deepavali"
     r"|hanukk?ah|chanukah|hannukkah|passover|pesach|rosh\s+hashann?ah?"
     r"|yom\s+kippur|(?:chinese|lunar)\s+new\s+year(?:'?s\s+day)?|holi|navratri"
     r"|navaratri|vesak|dussehra|sukkot|purim|lent", None),
    (r"king'?s\s+day|koningsdag", _fixed(4, 27)),
    (r"earth\s+hour", _nth(3, 6, -1)),
    (r"shavuot|succos|sukkos|simchat\s+torah|shemini\s+atzeret|tu\s+b'?i?shvat"
     r"|yom\s+ha'?atzmaut|tisha\s+b'?av|lag\s+b'?a?omer|(?:eid|id)\s+ul[\s-]adha"
     r"|laylat\s+al[\s-]?[qk]adr|mawlid(?:\s+al[\s-]nabawi)?|onam|pongal"
     r"|raksha\s+bandhan|rakhi|(?:krishna\s+)?janmashtami|gokulashtami"
     r"|maha\s*shivaratri|ganesh\s+chaturthi|rama?\s+navami|y?ugadi"
     r"|[vb]aisakhi|vaishakhi|makara?\s+sankranthi?|chhath(?:\s+puja)?|bhai\s+dooj"
     r"|dhanteras|karva\s+chauth|buddha\s+purnima|basant\s+panchami"
     r"|holika\s+dahan|maha(?:veer|vir)\s+jayanti", None),
]  # fmt: skip

# --------------------------------------------------------------------------
# Candidate record


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    type: str
    gran: str
    value: str
    kind: str = ""
    weak: bool = False  # only kept when merged into a larger expression
    day: str | None = None  # day-granular date value usable as a time's date
    pod: str | None = None  # part of day: MO AF EV NI ...
    hms: tuple[int, int | None, int | None] | None = None
    ampm: bool = False
    date: datetime.date | None = None  # concrete day, for arithmetic
    prio: int = 0
    ymd: tuple[int | None, int | None, int | None] | None = None  # as written
    mod: str = ""  # START / MID / END for 'early', 'mid', 'the end of'
    # 'two years earlier' -> (-2, 'Y', 'shift'); 'the next day' -> (1, 'day', 'unit')
    offset: tuple[float, str, str] | None = None
    hms2: tuple[int, int | None, int | None] | None = None  # end of a clock range
    ampm2: bool = False


def _time_str(h: int, mi: int | None, s: int | None) -> str:
    out = f"T{h:02d}"
    if mi is not None:
        out += f":{mi:02d}"
        if s is not None:
            out += f":{s:02d}"
    return out


def _apply_ampm(h: int, ap: str | None) -> tuple[int, bool]:
    if not ap:
        return h, False
    ap = ap.lower().replace(" ", "").replace(".", "")
    if ap.startswith("p") and h < 12:
        return h + 12, True
    if ap.startswith("a") and h == 12:
        return 0, True
    return h, True


def _pod_hour(h: int, pod: str | None) -> int:
    """Resolve a 12-hour clock reading against a part of day."""
    if pod in ("AF", "EV") and h < 12:
        return h + 12
    if pod == "NI" and 5 <= h < 12:
        return h + 12
    if pod == "MO" and h == 12:
        return 0
    return h


# --------------------------------------------------------------------------
# Tense cues for the local fallback

_FUT_CUE = _c(
    r"\b(?:will|shall|won['\u2019]?t|wo\s*n['\u2019]t|going\s+to|gonna|plans?\s+to|planning\s+to"
    r"|intends?\s+to|scheduled\s+(?:to|for)|slated\s+(?:to|for)|expected\s+to"
    r"|(?:is|are)\s+(?:set|due)\s+to|next|upcoming|tomorrow|later\s+this|until)\b"
    r"|['\u2019]ll\b"
)
_PAST_CUE = _c(
    r"\b(?:was|were|had|did|didn['\u2019]t|said|says|told|ago|last|yesterday|earlier"
    r"|previously|began|came|went|took|made|gave|left|held|met|won|lost|fell|rose"
    r"|saw|found|got|became|ran|sent|spoke|wrote|brought|bought|paid|sold|struck"
    # 'has/have' is a perfect only before a participle: not 'have a few dates'
    r"|been|ha(?:s|ve)(?!\s+(?:(?:a|an|the|no|some|any|to|many|much|few|several"
    r"|its|their|his|her|our|my|your|this|that|these|those)\b|\d))"
    r"|since|hit|shot|led|drew|fled|broke|chose|grew|knew|threw"
    r"|[a-z]{3,}ed)\b"
)
_AUX_BEFORE = _c(
    r"\b(?:be|been|being|is|are|am|get|will|would|shall|could|should|can|may|might"
    r"|must|to)\s+$"
)
_CLAUSE_BREAK = re.compile(r"(?<![ap]\.m)(?<!\b[A-Z])[.!?;]\s|\n|[\"\u201c\u201d]")


# --------------------------------------------------------------------------
# Patterns

_P = {
    # 2023-08-31, 2023/8/31, optional time
    "iso": _src(
        r"(?<![\d.])(?<!\d[-/])(?P<y>1\d{3}|20\d{2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)"
        r"(?P<d>\d{1,2})(?:(?:T|\s+|\s*@\s*)(?P<H>\d{1,2}):(?P<M>\d{2})"
        r"(?::(?P<S>\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d])(?![-/.]\d)"
    ),
    "compact": _src(
        r"(?<![\d.])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)"
    ),
    "ym_num": _src(
        r"(?<![\d.,/-])(?P<y>(?:19|20)\d{2})(?P<s>[-/])(?P<m>0?[1-9]|1[0-2])(?![\d/-])"
    ),
    "my_num": _src(
        r"(?<![\d.,/-])(?P<m>0?[1-9]|1[0-2])[-/](?P<y>(?:19|20)\d{2})(?![\d/-])"
    ),
    "ymd_sp": _src(
        r"(?<![\d.,])(?P<y>(?:19|20)\d{2})\s(?P<m>0?[1-9]|1[0-2])\s(?P<d>[0-3]?\d)(?!\d)"
    ),
    # 10/31/1974, 31.10.74, 4-25-2015
    "dmy_num": _src(
        r"(?<![\d.,/$])(?<!\d[-/.])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)"
        r"(?P<y>\d{4}|\d{2})(?![\d])(?![-/.]\d)"
    ),
    # 2/15, 22/04 (year-less numeric dates are risky: fractions, scores)
    "md_num": _src(
        r"(?<![\d.,/$\w])(?P<a>\d{1,2})(?P<s>/|\s/\s)(?P<b>\d{1,2})(?![\d/]|\.\d|,\d"
        r"|\s*(?:h\b|hours?|of\b|th\b|%|\s*(?:am|pm)\b))"
    ),
    "md_weak": _src(
        r"(?:(?<=\bon\s)|(?<=\bon\s\s))(?P<a>\d{1,2})(?P<s>[-.])(?P<b>\d{1,2})"
        r"(?![\d.-]|\s*(?:%|percent|per\s+cent|points?|goals?|votes?|win|victory|"
        r"lead|[ap]\.?m))"
    ),
    "md_hyph": _src(r"^\s*(?P<a>\d{1,2})\s?(?P<s>-)\s?(?P<b>\d{1,2})\s*$"),
    # month-name dates
    "mdy": _src(
        rf"(?:(?P<wd>{_WD})\s*,?\s*)?(?P<mon>{_MON})\s*[,/-]?\s*(?:the\s+)?"
        rf"(?P<day>{_DAY})(?![\w'\u2019]|\s+of\b(?!\s+(?:1\d|20)\d{{2}})|\s+(?:per|percent|%|minutes?|hours?|days?"
        rf"|weeks?|years?|months?|people|men|women|points)\b)"
        rf"(?:\s*(?:,\s*|\s|-|/|\s+of\s+|\s+in\s+)\s*(?P<y>(?:1\d|20)\d{{2}}(?!\d)"
        rf"|['\u2019]\d{{2}}\b|{_YEAR_WORDS}|\d{{2}}(?=\s*$)))?"
    ),
    "dmy": _src(
        rf"(?:(?P<wd>{_WD})\s*,?\s*)?(?:the\s+)?(?P<day>{_DAYNUM}|{_ORD}"
        rf"|(?:{_CARD})(?=\s+{_MONTH_RE}))(?:\s+day)?(?:\s+of\s+|[-/]|\s*)"
        rf"(?P<mon>{_MON})(?:\s*(?:,\s*|\s|-|/|\s+of\s+|\s+in\s+)\s*"
        rf"(?P<y>(?:1\d|20)\d{{2}}(?!\d)|['\u2019]\d{{2}}\b|{_YEAR_WORDS}|\d{{2}}(?=\s*$)))?"
    ),
    "ymd_name": _src(
        rf"(?<!\d)(?P<y>(?:1\d|20)\d{{2}})\s*[-/]\s*(?:(?P<mon>{_MON})\s*[-/]\s*"
        rf"(?P<day>[0-3]?\d)|(?P<day2>[0-3]?\d)\s*[-/]\s*(?P<mon2>{_MON}))(?!\d)"
    ),
    "mon_y_d": _src(
        rf"(?P<mon>{_MON})-(?P<y>(?:19|20)\d{{2}})-(?P<day>[0-3]?\d)(?!\d)"
        rf"|(?P<day2>[0-3]?\d)-(?P<y2>(?:19|20)\d{{2}})-(?P<mon2>{_MON})"
    ),
    "month_year": _src(
        rf"(?P<mon>{_MON})\s*(?:,\s*|\s|-|/|\s+of\s+|\s+in\s+)\s*"
        rf"(?P<y>(?:1\d|20)\d{{2}}(?!\d)|['\u2019]\d{{2}}\b|{_YEAR_WORDS}"
        rf"|\d{{2}}(?=\s*$|\s*[.,;]))"
        rf"|(?<![\d.,])(?P<y2>(?:1\d|20)\d{{2}})\s+(?P<mon2>{_MON})"
    ),
    "month": _src(
        rf"(?:(?P<mod>this\s+past|this\s+coming|this|last|next|past|coming|previous"
        rf"|following|early|mid|late|the\s+(?:end|beginning|start|middle)\s+of"
        rf"|(?:the\s+)?end\s+of|beginning\s+of|start\s+of|middle\s+of)[\s-]*)?"
        rf"(?P<mon>{_MON})"
    ),
    "year": _src(
        r"(?<![\d$\u00a3\u20ac#.,:/-])(?P<y>(?:1[0-9]|2[01])\d{2})(?P<post>['\u2019]s\b|\s*(?:A\.?D\b\.?"
        r"|B\.?C\.?E?\b\.?|C\.?E\.?\b))?(?![\d%]|,\d|\.\d|\s*(?:%|percent|per\s+cent))"
    ),
    "year_mod": _src(
        r"(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the\s+year\s+)?"
        r"|\b(?:early|mid|late)[\s-]+|\bmid-)(?P<y>(?:1\d|20)\d{2})(?![\d%s'\u2019]|,\d)"
    ),
    "year_words": _src(rf"\b(?:in|since|of|year)\s+(?P<yw>{_YEAR_WORDS})\b"),
    "year_range": _src(
        r"(?<![\d$\u00a3\u20ac#.,:/-])(?P<y1>(?:1[0-9]|20)\d{2})\s*(?:-|\u2013|\u2014|~|/)\s*"
        r"(?P<y2>(?:1[0-9]|20)?\d{2})(?![\d%]|[-/.]\d)"
    ),
    "decade": _src(
        r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<y>(?:1\d|20)\d0)\s?['\u2019]?s"
        r"|(?<!\w)['\u2019](?P<yy>\d0)['\u2019]?s)(?![\w'\u2019])"
        r"|(?P<the>the\s+)(?:(?P<mod2>early|mid|late)[\s-]+)?(?P<w>twenties|thirties"
        r"|forties|fifties|sixties|seventies|eighties|nineties)\b"
    ),
    "century": _src(
        rf"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)"
        rf"|{_ORD})[\s-]+century\b"
    ),
    "quarter": _src(
        r"(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)"
        r"[\s-]+(?:fiscal\s+|calendar\s+)?(?:quarter|qtr)\b(?:\s+(?:of\s+)?(?:(?P<y>"
        r"(?:19|20)\d{2})(?!\d)|(?P<rel>this|last|next)\s+year|the\s+year))?"
        r"|(?<![\w-])(?P<y2>(?:19|20)\d{2})\s*[-\s]?\s*[Qq](?P<q2>[1-4])\b"
        r"|(?<![\w-])(?P<yy>\d{2})[qQ](?P<q3>[1-4])\b"
        r"|(?<![\w-])[Qq](?P<q>[1-4])\b(?:\s*(?:-|\s|of\s+)\s*(?P<y3>(?:19|20)\d{2}"
        r"|['\u2019]\d{2}))?"
        r"|(?P<rel2>this|last|next|past|previous|coming|current|following)\s+"
        r"(?:quarter|qtr)\b"
    ),
    "half": _src(
        r"(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half\s+of\s+(?:(?P<y>(?:19|20)\d{2})"
        r"|(?P<rel>this|last|next)\s+year|the\s+year)"
        r"|(?<![\w-])(?P<y2>(?:19|20)\d{2})\s*[-\s]?\s*H(?P<h2>[12])\b"
        r"|(?<![\w-])H(?P<h3>[12])\s+(?P<y3>(?:19|20)\d{2})"
    ),
    # 'the third month of 2021', 'the 9th month of next year'
    "month_nth": _src(
        r"(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth"
        r"|ninth|tenth|eleventh|twelfth|last|final|\d{1,2}(?:st|nd|rd|th))\s+month"
        r"\s+of\s+(?:(?P<y>(?:19|20)\d{2})(?!\d)|(?P<rel>this|last|next)\s+year"
        r"|the\s+(?P<cur>current\s+)?year\b)"
    ),
    "season": _src(
        r"(?:(?P<mod>this\s+past|this|last|next|past|coming|previous|early|late|mid"
        r"|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)?(?P<the>the\s+)?"
        r"(?P<s>spring|summer|autumn|fall|winter)(?:time)?\b(?:\s+(?:of\s+)?(?P<y>"
        r"(?:19|20)\d{2})(?!\d))?"
        r"|(?<![\d.,])(?P<y2>(?:19|20)\d{2})\s+(?P<s2>spring|summer|autumn|fall|winter)\b"
    ),
    "weekday": _src(
        rf"(?:(?P<mod>this\s+past|this\s+coming|this\s+upcoming|this|last|next|past"
        rf"|coming|previous|following|upcoming)\s+)?(?P<wd>{_WD})"
        rf"(?:\s+(?P<wpod>morning|afternoon|evening|night)(?=\s+(?:of\s+)?(?:this|last"
        rf"|next|the\s+following|the\s+previous|the\s+next)\s+week))?"
        rf"(?:\s+(?P<after>after\s+next|(?:of\s+)?(?:this|last|next|the\s+following"
        rf"|the\s+previous|the\s+next)\s+week|(?:of\s+)?the\s+week\s+after\s+next))?"
    ),
    "week_wd": _src(
        rf"(?P<rel>this|last|next|previous|past|the\s+following|following)\s+week"
        rf"(?:['\u2019]s)?\s*(?:-\s*|,\s*|on\s+)?(?P<wd>{_WD})"
    ),
    "weekdays_pl": _src(
        r"(?<![\w$#@])(?P<wd>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays"
        r"|sundays)(?:\s+(?P<pod>mornings|afternoons|evenings|nights))?\b"
        r"|(?P<wd1>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
        r"(?P<pod1>mornings|afternoons|evenings|nights)\b"
    ),
    "wd_day": _src(
        rf"(?P<wd>{_WD})\s*,?\s*(?:the\s+)?(?P<day>{_DAYNUM}|{_ORD}|(?:twenty|thirty)"
        rf"[\s-]+(?:{_ORD_ONES}))(?![\w/-]|\.\w|\s*(?:{_MONTH_RE})\b|\s*of\b"
        rf"|\s*o['\u2019]?\s?clock|\s*[ap]\.?m\b"
        rf"|\s+{_UNIT_RE}\b)"
    ),
    "rel_day": _src(
        r"(?:the\s+)?day\s+(?:before|after)\s+(?:yesterday|tomorrow)"
        r"|(?<![\w'\u2019])(?:today|tonight|tonite|yesterday|tomorrow|tmrw|tomorrows)(?![\w])"
    ),
    "pod": _src(
        r"(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<rel>this|last|that|tomorrow"
        r"|yesterday|tonight|today|in\s+the|in|early\s+in\s+the|late\s+in\s+the"
        r"|later\s+in\s+the|during\s+the)\s+)?(?P<pod>morning|afternoon|evening"
        r"|night-time|nighttime|night|overnight|daytime)s?\b"
    ),
    "noon": _src(
        r"(?:12\s+)?(?P<w>noon|midday|mid\s?-?day|midnight|mid\s+night)(?:ish)?\b"
    ),
    "rel_unit": _src(
        r"(?:(?P<pre>earlier|later|early|late|mid|the\s+(?:end|beginning|start|middle"
        r"|rest|remainder)\s+of|(?:at\s+)?(?:the\s+)?end\s+of|beginning\s+of"
        r"|start\s+of|middle\s+of)\s+(?:in\s+)?)?(?:(?P<the>the)\s+)?(?P<mod>this"
        r"|last|next|past|coming|previous|following|current|upcoming|same)\s+"
        r"(?P<unit>week|month|year|yr|decade|century|weekend|week-end|fortnight"
        r"|work(?:ing)?\s?week"
        r"|calendar\s+year|fiscal\s+year|school\s+year)(?![\w-])(?P<pos>['\u2019]s)?"
    ),
    "the_unit": _src(
        r"(?P<pre>earlier|later|early|late|(?:the\s+)?(?:end|beginning|start|middle"
        r"|rest|remainder)\s+of)\s+(?:in\s+)?(?:the\s+)?(?P<unit>week|month|year)\b"
        r"(?!['\u2019-]|\s+(?:of|before|after|ago|earlier|later)\b)"
        r"|(?-i:\b(?P<acr>EOY|EOM|BOY|BOM)\b)"
    ),
    # 'the week after next', 'the year before last'
    "unit_after_next": _src(
        r"\bthe\s+(?P<unit>week|month|year)\s+(?P<dir>after\s+next|before\s+last)\b"
    ),
    "anchored": _src(
        r"\bthe\s+(?P<mod>next|following|previous|preceding|prior)\s+"
        r"(?P<unit>day|week|month|year)(?![\w-])"
        r"|\bthe\s+day\s+(?P<dir>before|after)(?!\s+(?:yesterday|tomorrow))\b"
    ),
    "ytd": _src(r"\b(?:year|month|quarter)[\s-]+to[\s-]+date\b"),
    "weekend": _src(r"(?:the\s+)?week-?\s?ends?\b"),
    "ago": _src(
        rf"(?P<q>{_QTY})[\s-]+(?P<u>{_UNIT_RE})(?:\s+(?:and\s+)?(?P<q2>{_QTY})\s+"
        rf"(?P<u2>{_UNIT_RE}))?\s+(?P<dir>ago|back|earlier|later|hence"
        rf"|from\s+(?:now|today|right\s+now))\b"
    ),
    "in_dur": _src(
        rf"\b(?P<prep>in|within|after)\s+(?:(?:the|a|an)\s+)?(?:next\s+|another\s+"
        rf"|about\s+|around\s+|roughly\s+|just\s+|only\s+)?(?P<q>{_QTY})\s+(?:more\s+)?"
        rf"(?P<u>{_UNIT_RE})(?:['\u2019]s?\s+time)?\b"
    ),
    "last_n": _src(
        rf"(?:the\s+)?(?P<mod>last|past|next|coming|previous|following|upcoming|recent"
        rf"|first|final)\s+(?P<q>{_QTY})\s+(?P<u>{_UNIT_RE})\b"
        rf"|(?:the\s+)?(?P<q2>{_QTY})\s+(?P<mod2>last|past|next|coming|previous"
        rf"|following|upcoming)\s+(?P<u2>{_UNIT_RE})\b"
    ),
    "dur": _src(
        # '3.5years', '30mins': a digit glued to a spelled-out unit
        rf"(?P<q>{_QTY})(?:[\s-]+|(?<=\d)(?=(?:minutes?|mins?|hours?|hrs?|days?"
        rf"|weeks?|months?|years?|yrs?)\b))(?P<u>{_UNIT_RE})(?![\w])"
        rf"(?:(?:\s*,\s*|\s+and\s+|\s+)(?P<q2>{_QTY})[\s-]+(?P<u2>{_UNIT_RE})(?![\w]))?"
        rf"(?:(?:\s*,\s*|\s+and\s+|\s+)(?P<q3>{_QTY})[\s-]+(?P<u3>{_UNIT_RE})(?![\w]))?"
        # 'an hour and a half'; bare 'and half' only where no noun can follow
        rf"(?P<half>\s+and\s+(?:a\s+(?:half|quarter)\b|half(?=\s*(?:[.,;:!?)]|$)"
        rf"|\s+(?:is|was|are|were|will|would|ago|later|earlier|before|after|long)\b)))?"
    ),
    "dur_bare": _src(
        r"(?:(?P<pre>for|over|within|recent|past|last|coming|next|in)\s+)?(?:the\s+)?"
        r"(?P<u>hours|days|weeks|months|years|decades|minutes)\b(?P<post>\s+(?:after"
        r"|later|earlier|before|ago|of|on\s+end|long))?"
    ),
    "dur_all": _src(r"\ball\s+(?P<u>day|night|week|month|year|weekend)\s*(?:long)?\b"),
    "dur_hours": _src(r"\b(?:for|in|within|over)\s+(?P<h>\d{1,2})h\b"),
    "set": _src(
        rf"(?:every|each|per)\s+(?:other\s+)?(?:(?P<n>\d+|{_CARD})\s+)?(?P<u>day|week"
        rf"|month|year|quarter|morning|afternoon|evening|night|weekend|weekday|hour"
        rf"|minute|days|weeks|months|years|weekends|{_WD_RE})\b"
        rf"|(?P<adv>daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly"
        rf"|bi-?weekly|bi-?monthly|semi-?annual(?:ly)?|fortnightly|everyday)\b"
        rf"|(?P<freq>once|twice|three\s+times|\d+\s+times)\s+(?:a|an|per|each|every)"
        rf"\s+(?P<u2>day|week|month|year|quarter|hour|minute|decade)\b"
    ),
    "dom_set": _src(
        rf"(?:the\s+)?(?P<d>{_DAYNUM}|{_ORD})\s+of\s+(?:every|each)\s+month"
    ),
    "present": _src(
        r"(?<![\w'\u2019-])(?:right\s+now|just\s+now|now|currently|at\s+(?:the\s+)?present"
        r"(?:\s+time)?|at\s+the\s+(?:moment|minute)|nowadays|these\s+days|at\s+this\s+time)(?![\w-])"
    ),
    "past_ref": _src(
        r"\b(?:recently|lately|(?:in\s+)?the\s+past|in\s+recent\s+times)\b"
    ),
    "future_ref": _src(r"\b(?:in\s+)?the\s+(?:near\s+|distant\s+)?future\b"),
    "holiday": _src(
        r"(?P<wepre>(?:the\s+)?(?:long\s+)?week-?\s?end\s+of\s+)?"
        r"(?:(?P<mod>this|last|next|previous|following|the\s+next|the\s+last)\s+)?(?P<h>"
        + "|".join(f"(?:{p})" for p, _ in _HOLIDAYS)
        + r")(?![\w'])(?:\s*(?:,\s*|of\s+|in\s+)?(?P<y>(?:1\d|20)\d{2})(?!\d)"
        r"|\s+(?:of\s+)?(?P<rely>this|last|next)\s+year)?"
        r"(?P<we>[\s-]+(?:long\s+)?week-?\s?end(?![\w-])(?:\s*,?\s*"
        r"(?P<wy>(?:1\d|20)\d{2})(?!\d))?)?"
    ),
    "dom": _src(
        rf"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\bfrom\s)"
        rf"|(?<=\bbefore\s)|(?<=\bafter\s))the\s+(?P<d>{_DAYNUM}|{_ORD})"
        rf"(?![\w-]|\s+(?:century|floor|anniversary|amendment|birthday|round|time"
        rf"|place|minute|day|week|month|year|of|and|or)\b)"
    ),
    "dom_of": _src(
        rf"(?:the\s+)?(?P<d>{_DAYNUM}|{_ORD})(?:\s+day)?\s+of\s+(?:the\s+)?(?P<rel>this"
        rf"|next|last|previous|current|following)\s+month"
        rf"|(?:the\s+)?(?P<d2>{_DAYNUM}|{_ORD})\s+day\s+of\s+the\s+month"
        rf"|the\s+(?P<d3>{_DAYNUM}|{_ORD})\s+(?P<rel3>this|next|last)\s+month"
    ),
    "nth_wd": _src(
        rf"(?:the\s+)?(?P<n>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last"
        rf"|final)\s+(?P<wd>{_WD})\s+(?:of|in)\s+(?:(?P<mon>{_MON})(?:\s*,?\s*"
        rf"(?P<y>(?:19|20)\d{{2}}))?|(?P<rel>this|next|last|the)\s+month)"
    ),
    "nth_week": _src(
        rf"(?:the\s+)?(?P<n>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last"
        rf"|final)\s+week\s+(?:of|in)\s+(?:(?P<mon>{_MON})(?:\s*,?\s*"
        rf"(?P<y>(?:19|20)\d{{2}}))?|(?P<y2>(?:19|20)\d{{2}})|(?P<rel>this|next|last)"
        rf"\s+(?P<ru>month|year))"
    ),
    "last_day": _src(
        rf"(?:the\s+)?(?P<n>first|last|final)\s+day\s+(?:of|in)\s+(?P<mon>{_MON})"
        rf"(?:\s*,?\s*(?P<y>(?:19|20)\d{{2}}))?"
    ),
    "week_num": _src(
        r"(?<![\w-])week\s+(?P<n>[1-9]|[1-4]\d|5[0-3])(?![\d.,:])(?:\s+(?:of\s+)?(?:(?P<y>"
        r"(?:19|20)\d{2})|(?P<rel>this|last|next)\s+year))?"
    ),
    "week_of": _src(
        rf"(?:the\s+)?week\s+(?:of|beginning|starting(?:\s+on)?|commencing)\s+(?:the\s+)?"
        rf"(?:(?P<mon>{_MON})\s*(?P<day>{_DAYNUM}|{_ORD})|(?P<day2>{_DAYNUM}|{_ORD})"
        rf"(?:\s+of)?\s+(?P<mon2>{_MON}))"
    ),
    "fiscal": _src(
        r"(?:fiscal(?:\s+year)?|FY)\s*['\u2019]?(?P<y>(?:19|20)\d{2}|\d{2})(?!\d)"
    ),
    # times
    "hm": _src(
        rf"(?<![\d:.,$\u00a3\u20ac])(?P<h>[01]?\d|2[0-4])"
        rf"(?::(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?"
        rf"|\.(?P<m2>[0-5]\d)(?=\s*{_AMPM}))(?![\d:]|\.\d)(?:\s*(?P<ap>{_AMPM}))?"
        rf"(?P<tz>{_TZ})"
    ),
    "hm_dot": _src(
        r"(?:(?<=\bat\s)|(?<=@\s)|(?<=\bby\s)|(?<=\buntil\s))(?P<h>[01]?\d|2[0-3])\."
        r"(?P<m>[0-5]\d)(?=\s*(?:$|[,;!?)]|\.(?!\d)|\s+(?:on|tonight|tomorrow|today"
        r"|this|in|and|or|to|until)\b|\s+[a-z]))"
    ),
    "hhmm_ampm": _src(
        r"(?<![\d:.,$\u00a3\u20ac])(?P<h>[01]?\d|2[0-3])(?P<m>[0-5]\d)\s*(?P<ap>[ap]\s?\.\s?m"
        r"\s?\.|[ap]\.?\s?m\b\.?)"
    ),
    "h_ish": _src(r"(?<![\d:.,$\u00a3\u20ac])(?P<h>1[0-2]|0?[1-9])ish\b"),
    "mdd": _src(
        rf"(?P<mon>{_MON})\s*(?P<d1>{_DAYNUM}|{_ORD})\s*(?:-|\u2013|to|through|thru|till|until)"
        rf"\s*(?:the\s+)?(?P<d2>{_DAYNUM}|{_ORD})(?![\w/]|\s*{_MONTH_RE}\b|\s*[:.]\d)"
        rf"(?:\s*,?\s*(?P<y>(?:1\d|20)\d{{2}})(?!\d))?"
    ),
    "ddm": _src(
        rf"(?:(?P<btw>between)\s+)?(?:the\s+)?(?P<d1>{_DAYNUM}|{_ORD})\s*(?P<conn>-|\u2013|to"
        rf"|through|thru|till|until|and)\s*(?:the\s+)?(?P<d2>{_DAYNUM}|{_ORD})(?:\s+of)?"
        rf"\s*(?P<mon>{_MON})(?:\s*,?\s*(?:of\s+|in\s+)?(?P<y>(?:1\d|20)\d{{2}})(?!\d))?"
    ),
    "num_drange": _src(
        r"(?<![\d./-])(?P<a1>\d{1,2})/(?P<b1>\d{1,2})(?:/(?P<y1>\d{4}|\d{2}))?\s*[-\u2013]\s*"
        r"(?P<a2>\d{1,2})/(?P<b2>\d{1,2})(?:/(?P<y2>\d{4}|\d{2}))?(?![\d/])"
        r"(?:,\s*(?P<y3>(?:19|20)\d{2})(?!\d))?"
    ),
    "trange_c": _src(
        rf"(?:(?P<btw>between|from)\s+)?(?<![\w:.,/$-])(?P<h1>1[0-2]|0?[1-9]|2[0-3])"
        rf"(?:[:.](?P<m1>[0-5]\d))?\s*(?P<ap1>{_AMPM})?\s*(?P<conn>-|\u2013|to|till|until|and)"
        rf"\s*(?P<h2>1[0-2]|0?[1-9]|2[0-3])(?:[:.](?P<m2>[0-5]\d))?(?:\s*(?P<ap2>{_AMPM}))?"
        rf"(?![\w:%]|\.\d)"
    ),
    "h_ampm": _src(
        rf"(?<![\d:.,$\u00a3\u20ac/-])(?P<h>1[0-2]|0?[1-9])(?:ish)?(?:\s*|\.(?=[ap]m))(?P<ap>{_AMPM})"
        rf"(?P<tz>{_TZ})"
    ),
    "h_word_ampm": _src(
        rf"\b(?P<h>{_HOURW})(?:[\s-]+(?P<m>(?:oh[\s-]+)?{_CARD}))?\s*(?P<ap>"
        rf"[ap]\s?\.\s?m\s?\.|[ap]\.?\s?m\b\.?|[ap]\s+m\b)(?P<tz>{_TZ})"
    ),
    "oclock": _src(
        rf"(?<![\d:.])(?P<h>1[0-2]|0?[1-9]|{_HOURW})\s*(?:o['\u2019]?\s?clock|oclock)"
        rf"(?:\s*(?P<ap>{_AMPM}))?"
    ),
    "h_h": _src(
        rf"(?<![\w:.])(?P<h>[01]?\d|2[0-3])h(?P<m>[0-5]\d)?(?![\w])(?P<tz>{_TZ})"
    ),
    "hhmm": _src(
        r"(?:(?<=\bat\s)|(?<=@\s)|(?<=@)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bby\s)"
        r"|(?<=\bfrom\s)|(?<=\bapproximately\s))(?P<h>[01]?\d|2[0-3])(?P<m>[0-5]\d)"
        r"(?:ish)?(?=\s*(?:$|[.,;!?)](?!\d)|[ap]\.?m|in\s+the|tonight|tomorrow|today|this"
        r"|on\s))"
    ),
    "rel_min": _src(
        rf"(?P<mm>half|(?:a\s+)?quarter|\d{{1,2}}|{_CARD})(?:\s+(?:minutes?|mins?))?\s+"
        rf"(?P<rel>past|after|to|till|before)\s+(?P<h>1[0-2]|0?[1-9]|{_HOURW}|noon"
        rf"|midnight)(?:\s*(?P<ap>{_AMPM})|h\b|(?![\w:]))(?:\s*o['\u2019]?clock)?"
    ),
    "half_h": _src(rf"\bhalf\s+(?P<h>{_HOURW})\b(?!\s+(?:{_UNIT_RE}|of|an?)\b)"),
    "at_h": _src(
        rf"(?:\bat|@|\baround|\babout)\s+(?P<h>1[0-2]|0?[1-9]|{_HOURW})(?:\s+(?P<m>"
        rf"(?:oh\s+)?{_CARD}))?(?![\w:%/-]|[.,]\d|\s*(?:%|percent|per\s+cent|[a-z]))"
    ),
    "h_bare": _src(
        rf"(?<![\w:.,$])(?P<h>1[0-2]|0?[1-9]|{_HOURW})(?:[\s-]+(?P<m>(?:oh[\s-]+)?"
        rf"{_CARD}|[0-5]\d))?(?=,?\s+(?:tonight|tomorrow|today|this\s+(?:morning"
        rf"|afternoon|evening)|in\s+the\s+(?:morning|afternoon|evening)|on\s+{_WD_RE}))"
    ),
    "ampm_ctx": _src(r"(?<=\bat\s)(?P<h>1[0-2]|0?[1-9])\s?(?P<ap>[ap])\b\.?"),
}

# Every pattern starts at a word start: failing fast inside words makes the scans
# several times cheaper.
_P = {k: r"(?<![a-z])(?:" + v + ")" for k, v in _P.items()}


def _lower_pattern(pattern: str) -> str:
    """Lower-case a pattern's literals, leaving escapes and group names alone."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif pattern.startswith(("(?P<", "(?P="), i):
            j = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i : j + 1])
            i = j + 1
        else:
            out.append(ch.lower())
            i += 1
    return "".join(out)


# Case-insensitive matching is ~3x slower in `re`: scan the lower-cased text with
# lower-cased patterns and read the groups back from the original text. A pattern
# is compiled the first time a text passes its gates (an article runs about two
# thirds of them), not at import.
_PL = {k: _lower_pattern(v) for k, v in _P.items()}
_COMPILED: dict[str, re.Pattern[str]] = {}


def _compile_lower(pattern: str) -> re.Pattern[str]:
    compiled = _COMPILED[pattern] = re.compile(pattern)
    return compiled


class _Match:
    """A match on the lower-cased text whose groups read the original text."""

    __slots__ = ("_m", "_t")

    def __init__(self, m: _Match, text: str) -> None:
        self._m = m
        self._t = text

    def __getitem__(self, g: int | str) -> str | None:
        s, e = self._m.span(g)
        return None if s < 0 else self._t[s:e]

    def group(self, g: int | str = 0) -> str:
        return self[g] or ""

    def start(self, g: int | str = 0) -> int:
        return self._m.start(g)

    def end(self, g: int | str = 0) -> int:
        return self._m.end(g)


_DIGIT = "<digit>"
_MONTHW = "<month>"
_WDW = "<weekday>"
# A pattern runs only if the lower-cased text contains one of its gate strings.
_GATES: dict[str, tuple[str, ...]] = {
    "holiday": (
        "christmas",
        "xmas",
        "new year",
        "halloween",
        "valentine",
        "patrick",
        "paddy",
        "independence",
        "of july",
        "boxing",
        "bastille",
        "canada day",
        "australia day",
        "anzac",
        "veterans",
        "remembrance",
        "armistice",
        "earth day",
        "may day",
        "workers",
        "juneteenth",
        "fawkes",
        "bonfire",
        "cinco",
        "saints",
        "vegan",
        "thanksgiving",
        "black friday",
        "cyber",
        "memorial",
        "labor day",
        "labour day",
        "mlk",
        "luther",
        "civil rights",
        "president",
        "washington",
        "columbus",
        "mother",
        "father",
        "boss",
        "easter",
        "good friday",
        "maundy",
        "holy",
        "palm",
        "ash wed",
        "mardi",
        "shrove",
        "pancake",
        "pentecost",
        "whit",
        "ascension",
        "trinity",
        "ramadan",
        "ramadhan",
        "eid",
        "diwali",
        "deepavali",
        "hanuk",
        "chanuk",
        "hannuk",
        "passover",
        "pesach",
        "rosh",
        "kippur",
        "lunar",
        "holi",
        "navr",
        "navar",
        "vesak",
        "dussehra",
        "sukkot",
        "purim",
        "lent",
        "king's",
        "king\u2019s",
        "kings day",
        "koningsdag",
        "earth hour",
        "shavuot",
        "succos",
        "sukkos",
        "simchat",
        "shemini",
        "shvat",
        "atzmaut",
        "tisha",
        "lag b",
        "adha",
        "laylat",
        "mawlid",
        "onam",
        "pongal",
        "raksha",
        "rakhi",
        "janmashtami",
        "gokulashtami",
        "shivaratri",
        "chaturthi",
        "navami",
        "ugadi",
        "aisakhi",
        "vaishakhi",
        "sankranti",
        "chhath",
        "dooj",
        "dhanteras",
        "chauth",
        "purnima",
        "panchami",
        "holika",
        "jayanti",
    ),
    "century": ("centur",),
    "quarter": ("quarter", "qtr", "q1", "q2", "q3", "q4"),
    "half": ("half", "h1", "h2"),
    "month_nth": ("month",),
    "unit_after_next": ("after next", "before last"),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "weekdays_pl": ("days", "mornings", "afternoons", "evenings", "nights"),
    "dom_set": ("every month", "each month"),
    "dom_of": ("month",),
    "nth_week": ("week",),
    "week_num": ("week",),
    "week_of": ("week",),
    "week_wd": ("week",),
    "last_day": ("day",),
    "fiscal": ("fiscal", "fy"),
    "weekend": ("week",),
    "the_unit": (
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
    "ytd": ("to date", "to-date"),
    "anchored": (
        "the next",
        "the following",
        "the previous",
        "the preceding",
        "the prior",
        "the day",
    ),
    "ago": (
        "ago",
        "back",
        "earlier",
        "later",
        "hence",
        "from now",
        "from today",
        "from right now",
    ),
    "set": (
        "every",
        "each",
        "per ",
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "annual",
        "yearly",
        "hourly",
        "nightly",
        "fortnightly",
        "once",
        "twice",
        "times",
    ),
    "present": (
        "now",
        "current",
        "present",
        "moment",
        "minute",
        "these days",
        "this time",
    ),
    "past_ref": ("recent", "lately", "past"),
    "future_ref": ("future",),
    "pod": ("morning", "afternoon", "evening", "night", "daytime"),
    "noon": ("noon", "midday", "mid day", "mid-day", "midnight", "mid night"),
    "oclock": ("clock",),
    "half_h": ("half",),
    "decade": ("0s", "0 s", "0's", "0\u2019s", "ties"),
    "year_words": ("thousand", "hundred", "teen ", "twenty"),
    "dur_all": ("all ",),
    "rel_unit": (
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
    "last_n": (
        "last",
        "past",
        "next",
        "coming",
        "previous",
        "following",
        "upcoming",
        "recent",
        "first",
        "final",
    ),
    "nth_wd": (_WDW,),
    "weekday": (_WDW,),
    "wd_day": (_WDW,),
    "mdy": (_MONTHW,),
    "dmy": (_MONTHW,),
    "ymd_name": (_MONTHW,),
    "mon_y_d": (_MONTHW,),
    "month_year": (_MONTHW,),
    "month": (_MONTHW,),
    "mdd": (_MONTHW,),
    "ddm": (_MONTHW,),
}

for _name in (
    "iso",
    "compact",
    "ym_num",
    "my_num",
    "ymd_sp",
    "dmy_num",
    "md_num",
    "md_weak",
    "md_hyph",
    "year",
    "year_mod",
    "year_range",
    "hm",
    "hm_dot",
    "hhmm_ampm",
    "h_ish",
    "h_ampm",
    "h_h",
    "hhmm",
    "num_drange",
    "trange_c",
    "dur_hours",
    "ampm_ctx",
):
    _GATES[_name] = (_DIGIT,)

# The gates that are not strings but flags computed per text (see `_Tagger.run`).
_FLAG_GATES = (_DIGIT, _MONTHW, _WDW)
# Every expression contains one of these words (or a digit); the patterns are
# only run on the text around them.
_TRIGGER_PREFIXES = (
    "centur",
    "workweek",
    "decade",
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "fortnight",
    "month",
    "quarter",
    "year",
    "today",
    "tonight",
    "tonite",
    "tomorrow",
    "tmrw",
    "yesterday",
    "morning",
    "afternoon",
    "evening",
    "noon",
    "midnight",
    "midday",
    "spring",
    "summer",
    "autumn",
    "winter",
    "current",
    "present",
    "moment",
    "recent",
    "lately",
    "past",
    "future",
    "annual",
    "yearly",
    "hourly",
    "nightly",
    "fortnightly",
    "everyday",
    "biweekly",
    "bimonthly",
    "semiannual",
    "clock",
    "oclock",
    "fiscal",
    "mlk",
    "christmas",
    "xmas",
    "halloween",
    "valentine",
    "patrick",
    "paddy",
    "independence",
    "boxing",
    "bastille",
    "anzac",
    "veterans",
    "remembrance",
    "armistice",
    "juneteenth",
    "fawkes",
    "bonfire",
    "cinco",
    "thanksgiving",
    "memorial",
    "easter",
    "maundy",
    "pentecost",
    "whit",
    "ascension",
    "trinity",
    "mardi",
    "shrove",
    "pancake",
    "ramadan",
    "ramadhan",
    "diwali",
    "deepavali",
    "hanuk",
    "chanuk",
    "hannuk",
    "passover",
    "pesach",
    "rosh",
    "kippur",
    "navr",
    "navar",
    "vesak",
    "dussehra",
    "sukkot",
    "purim",
    "earth",
    "koningsdag",
    "shavuot",
    "succos",
    "sukkos",
    "simchat",
    "shemini",
    "bishvat",
    "shvat",
    "atzmaut",
    "tisha",
    "omer",
    "adha",
    "laylat",
    "mawlid",
    "onam",
    "pongal",
    "raksha",
    "rakhi",
    "janmashtami",
    "gokulashtami",
    "shivaratri",
    "chaturthi",
    "navami",
    "ugadi",
    "yugadi",
    "vaisakhi",
    "baisakhi",
    "vaishakhi",
    "sankranti",
    "sankranthi",
    "chhath",
    "dooj",
    "dhanteras",
    "chauth",
    "purnima",
    "panchami",
    "holika",
    "jayanti",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_TRIGGER_WORDS = frozenset(
    list(_MONTHS)
    + list(_WEEKDAYS)
    + [
        "am",
        "pm",
        "sec",
        "secs",
        "min",
        "mins",
        "hr",
        "hrs",
        "yr",
        "yrs",
        "wk",
        "wks",
        "qtr",
        "fy",
        "cy",
        "sy",
        "eoy",
        "eom",
        "boy",
        "bom",
        "now",
        "nowadays",
        "time",
        "ago",
        "half",
        "fall",
        "lent",
        "eid",
        "holi",
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
        "semi",
        "bi",
        "weekly",
        "monthly",
        "daily",
        "quarterly",
        "annually",
        "sept",
        "weds",
        "tues",
        "thur",
        "thurs",
        "thousand",
        "hundred",
        "nineteen",
        "eighteen",
        "seventeen",
    ]
)
_AMPM_TRIGGER = re.compile(r"(?<![a-z])[ap]\s?\.\s?m\b")
_TOKEN = re.compile(r"[a-z]+|\d")
_MARGIN = 70


def _segments(low: str) -> list[tuple[int, int]]:
    """Stretches of text near a temporal trigger word; the rest cannot match."""
    segs: list[tuple[int, int]] = []
    n = len(low)
    hits = [
        m.span()
        for m in _TOKEN.finditer(low)
        if (
            (w := m.group()).isdigit()
            or w in _TRIGGER_WORDS
            or w.startswith(_TRIGGER_PREFIXES)
        )
    ]
    if "m" in low:
        hits.extend(m.span() for m in _AMPM_TRIGGER.finditer(low))
        hits.sort()
    for a, b in hits:
        s, e = max(0, a - _MARGIN), min(n, b + _MARGIN)
        if segs and s <= segs[-1][1]:
            segs[-1] = (segs[-1][0], max(segs[-1][1], e))
        else:
            segs.append((s, e))
    return segs


_MONTH_GATE = re.compile(rf"(?<![a-z]){_MONTH_RE}", re.I)
_WD_GATE = re.compile(rf"(?<![a-z]){_WD_RE}", re.I)

# Words after a bare year that show it counts something instead.
_YEAR_NOUN_BLOCK = _c(
    r"\s*(?:[-\u2013]\s*)?(?:people|persons|men|women|children|kids|troops|soldiers"
    r"|personnel|workers|employees|jobs|units|pieces|votes|cases|deaths|homes"
    r"|houses|feet|foot|ft|meters|metres|m\b|miles|km|kilometers|kilometres|euros"
    r"|dollars|yuan|pounds|tons|tonnes|points|barrels|shares|pages|words|calories"
    r"|hours|minutes|seconds|students|members|police|officers|residents|refugees"
    r"|migrants|patients|prisoners|inmates|guards|signatures|rounds|cars|vehicles"
    r"|acres|hectares|square|sq|copies|respondents|participants|delegates|seats"
    r"|beds|flights|tweets|posts|others|more|of\s+(?:them|the|these|those))\b"
)
_HM_DOT_BLOCK = frozenset(
    ("percent", "per", "euros", "euro", "dollars", "pounds", "points", "pts", "yuan")
)
_YEAR_OR_LATER = _c(r"\s+or\s+(?:later|earlier|after|before|beyond)\b")
_YEAR_TO_YEAR = _c(
    r"\s*(?:-|\u2013|to|through|thru|until|till)\s*(?P<y2>(?:19|20)\d{2})"
    r"(?![\d%]|[-/.]\d)"
)
_YEAR_PRE = _c(
    r"(?:\b(?:in|since|by|until|till|til|through|thru|throughout|during|from|to"
    r"|before|after|of|between|early|mid|late|year|fiscal|circa|ca\.|c\.|around"
    r"|for|spring|summer|autumn|fall|winter|the|a|an|its|their|his|her|our|this"
    r"|that|as\s+of|back\s+in|season|election|elections|census|class\s+of|vintage"
    r"|about|cy|sy|than|either|and|or)|mid-|[=(])\s*$"
)
_YEAR_STRONG_PRE = _c(
    r"(?:\b(?:in|since|by|until|till|til|through|thru|throughout|during|from|before"
    r"|after|year|fiscal|circa|as\s+of|back\s+in|back\s+to|class\s+of|cy|sy)|mid-"
    r"|[=(])\s*$"
)


# A year-less slash date ('2/15') needs date context; '3/4 cup' is a fraction.
_FRACTION_DENOMS = frozenset({2, 3, 4, 5, 6, 8, 10, 16})
_MD_AFTER_BLOCK = _c(
    r"\s*-?\s*(?:inch(?:es)?|in\.|cups?|teaspoons?|tablespoons?|tsp|tbsp|oz|ounces?"
    r"|lbs?|pounds?|miles?|mi|ft|foot|feet|yards?|yds?|mm|cm|km|meters?|metres?"
    r"|gallons?|gal|liters?|litres?|pints?|quarts?|acres?|hectares?|points?|pts?"
    r"|majority|stakes?|shares?|innings?|laps?|lengths?|stars?|pct|percent|per\s+cent"
    r"|mile|of|off|scale|ratio|split|vote|odds|chance|times?|size|scores?|rating"
    r"|full|empty|price|speed|length|sleeves?|turn|tank)\b"
)
_MD_WHOLE_BEFORE = _c(r"\d[\s-]+$")
_MD_STRONG_PRE = _c(
    rf"(?:\b(?:dated?|due|effective|as\s+of|date[ds]?\??)|(?<![a-z]){_WD_RE}\.?,?)\s*$"
)
_MD_PREP_PRE = _c(r"\b(?:on|since|until|till|from|by)\s*$")
_MD_AFTER_CTX = _c(
    rf"\s*(?:,\s*)?(?:at\b|@|\(?(?:{_WD_RE})\b|-\s*\d{{1,2}}/|to\s+\d{{1,2}}/"
    rf"|\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\b)"
)


# 'three quarters' alone is a fraction; these frames make it a span of quarters.
_QUARTER_OF = _c(r"\s+of\s+an?\s+(?P<u>hour|year)\b")
_QUARTER_PRE = _c(
    r"\b(?:for|in|within|over|after|past|last|next|previous|coming|following|first"
    r"|final|the|another)\s*$"
)
_QUARTER_POST = _c(
    r"[\s-]+(?:ago|later|earlier|in\s+a\s+row|running|straight|of\s+(?:growth"
    r"|decline|losses|profit|gains))\b"
)


_LAST_BEFORE = _c(r"\b(?:last|past|next|previous|recent|first|coming)\s*$")


_WD_ONLY = _c(_WD)


_MONEY_BEFORE = re.compile("[$\u00a3\u20ac\u00a5]\\s*$")


# A bare clock number follows a preposition or a verb, not a noun it numbers.
_NOUN_BEFORE_NUM = _c(
    r"\b(?:building|room|floor|gate|terminal|platform|bus|route|highway|number|no\.?"
    r"|level|hall|block|lane|exit|pier|dock|ward|bay|stage|phase|chapter|page"
    r"|section|article|game|round|race|lap|seat|row|apartment|suite|unit|flight"
    r"|line|channel|district|zone|sector|box|door|table|aisle|court|field|track)\s*$"
)


_NEW_YEAR_PRE = _c(
    r"\b(?:before|after|until|till|by|since|over|around|ahead\s+of|happy|celebrate"
    r"|celebrating|at)\s*$"
)


# --------------------------------------------------------------------------
# The tagger


class _Doc:
    """Holds one text, its reference date and the tense oracle."""

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

    # ---- tense -------------------------------------------------------------

    def tense(self, start: int, end: int) -> int:
        """+1 future, -1 past, 0 unknown for the clause around [start, end)."""
        if start in self._tense_cache:
            return self._tense_cache[start]
        if self.future_fn is not None:
            res = (
                1
                if self.future_fn(start)
                else (-1 if self._local(start, end) < 0 else 0)
            )
        else:
            res = self._local(start, end)
        self._tense_cache[start] = res
        return res

    def _local(self, start: int, end: int) -> int:
        text = self.text
        lo = max(0, start - 160)
        seg = text[lo:start]
        breaks = list(_CLAUSE_BREAK.finditer(seg))
        if breaks:
            lo += breaks[-1].end()
        hi = min(len(text), end + 100)
        b = _CLAUSE_BREAK.search(text, end, hi)
        if b:
            hi = b.start()
        best: tuple[int, int, int] | None = None  # (distance, tie, sign)
        for sign, pat in ((1, _FUT_CUE), (-1, _PAST_CUE)):
            for m in pat.finditer(text, lo, hi):
                if (
                    start <= m.start() < end
                    and sign < 0
                    and m.group().lower() == "last"
                ):
                    continue
                if sign < 0 and _AUX_BEFORE.search(
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

    # ---- resolution helpers -----------------------------------------------

    def month_day(
        self, mo: int, d: int, start: int, end: int
    ) -> tuple[str, datetime.date | None]:
        """Year-less month/day: publication year unless the tense contradicts it."""
        ref = self.ref
        if ref is None:
            return f"XXXX-{mo:02d}-{d:02d}", None
        y = ref.year
        cand = _safe_date(y, mo, d)
        if cand is None:
            # Feb 29 in a common year: the nearest leap year in the tense's direction.
            t = self.tense(start, end)
            for k in range(1, 5) if t > 0 else range(-1, -5, -1):
                cand = _safe_date(y + k, mo, d)
                if cand:
                    return cand.isoformat(), cand
            return f"XXXX-{mo:02d}-{d:02d}", None
        t = self.tense(start, end)
        if t < 0 and cand > ref:
            cand = _safe_date(y - 1, mo, d) or cand
        elif t > 0 and cand < ref:
            cand = _safe_date(y + 1, mo, d) or cand
        return cand.isoformat(), cand

    def month_year(self, mo: int, start: int, end: int, mod: str = "") -> str:
        ref = self.ref
        mod = mod.lower()
        if ref is None:
            return f"XXXX-{mo:02d}"
        y = ref.year
        if mod in ("last", "past", "previous", "this past"):
            y = ref.year if mo < ref.month else ref.year - 1
        elif mod in ("next", "coming", "following", "this coming"):
            y = ref.year if mo > ref.month else ref.year + 1
        elif mod == "this":
            y = ref.year
        else:
            t = self.tense(start, end)
            if t < 0 and mo > ref.month:
                y -= 1
            elif t > 0 and mo < ref.month:
                y += 1
        return f"{y:04d}-{mo:02d}"

    def weekday(
        self, wd: int, start: int, end: int, mod: str = ""
    ) -> tuple[str, datetime.date | None]:
        ref = self.ref
        mod = _RE2.sub(" ", mod.lower())
        if ref is None:
            return f"XXXX-WXX-{wd}", None
        rw = ref.isoweekday()
        mon = _monday(ref)
        if mod in ("next", "following"):
            d = mon + datetime.timedelta(days=7 + wd - 1)
        elif mod in ("last", "previous"):
            d = mon + datetime.timedelta(days=-7 + wd - 1)
        elif mod in ("past", "this past"):
            d = ref - datetime.timedelta(days=((rw - wd) % 7) or 7)
        elif mod in ("coming", "this coming", "upcoming", "this upcoming"):
            d = ref + datetime.timedelta(days=((wd - rw) % 7) or 7)
        elif mod == "this":
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

    def year_for_season(self, s: str, start: int, end: int, mod: str) -> int | None:
        ref = self.ref
        if ref is None:
            return None
        mod = mod.lower()
        # The calendar year a season "belongs" to; winter is named by its December.
        cur = ref.year - 1 if (s == "WI" and ref.month <= 2) else ref.year
        first = _SEASON_START[s]
        began = (
            (ref.year, ref.month) >= (cur, first)
            if s != "WI"
            else (ref.month <= 2 or ref.month == 12)
        )
        if mod in ("last", "past", "previous", "this past"):
            return cur - 1
        if mod in ("next", "coming"):
            return cur + 1 if began else cur
        if mod == "this" or not mod:
            t = self.tense(start, end)
            if not mod and t < 0 and not began:
                return cur - 1
            if not mod and t > 0 and began and s != "WI" and ref.month > first + 2:
                return cur + 1
            return cur
        return cur


def _mk(
    start: int,
    end: int,
    typ: str,
    gran: str,
    value: str,
    **kw: object,
) -> _Cand:
    return _Cand(start, end, typ, gran, value, **kw)  # type: ignore[arg-type]


def _date_cand(
    s: int, e: int, value: str, d: datetime.date | None, kind: str = "date"
) -> _Cand:
    return _Cand(s, e, "DATE", "day", value, kind=kind, day=value, date=d)


def _is_weak_month(doc: _Doc, m: _Match, group: str = "mon") -> bool:
    """'may' the modal, 'march' the verb, 'dec' in tickers need extra evidence."""
    word = m.group(group)
    low = word.lower().rstrip(".")
    if low not in ("may", "march", "mar", "august", "jan", "sun", "dec"):
        return False
    if low in ("march", "mar", "august", "jan", "dec") and word[0].isupper():
        if low == "march":
            after = doc.text[m.end(group) : m.end(group) + 30].lower()
            return bool(_RE5.match(after))
        return False
    return True


_MONTH_CTX = _c(
    r"\b(?:in|during|since|until|till|by|before|after|from|through|of|early|mid"
    r"|late|last|next|this|that|each|every|to|and|or|between|the\s+end\s+of"
    r"|the\s+beginning\s+of|end\s+of|beginning\s+of|around|throughout|starting"
    r"|from\s+(?:early|mid|late)|as\s+of|on)\s*-?\s*$"
)


# "first".."fifth" as words and figures; what "last"/"final" means depends on
# what is counted, so callers supply it.
_NTH = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
}  # fmt: skip


class _Tagger:
    def __init__(self, doc: _Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.ref = doc.ref

    # ---- driver -------------------------------------------------------------

    def run(self) -> list[_Cand]:
        cands: list[_Cand] = []
        low = self.text.lower()
        n = len(low)
        # Bits of the gate words and needed strings present in the text (see _BIT).
        present = 0
        trigger = False
        for tok in set(_ALPHA_RUN.findall(low)):
            bits, is_trigger = _token_info(tok)
            present |= bits
            trigger = trigger or is_trigger
        digit = _ANY_DIGIT.search(low) is not None
        segs: list[tuple[int, int]] = []
        if n < 400:  # short texts are scanned whole
            whole = True
            if not (
                digit
                or trigger
                or ("m" in low and _AMPM_TRIGGER.search(low) is not None)
            ):
                return []  # no trigger word, digit or clock mark: nothing can match
        else:
            segs = _segments(low)
            if not segs:
                return []
            whole = len(segs) == 1 and segs[0] == (0, n)
        for run_bit, g, bit in _OTHER_BITS:
            if (not run_bit or present & run_bit) and g in low:
                present |= bit
        if digit:
            present |= _DIGIT_BIT
        if _MONTH_GATE.search(low) is not None:
            present |= _MONTH_BIT
        if _WD_GATE.search(low) is not None:
            present |= _WD_BIT
        text = self.text
        lowered = len(low) == len(text)  # str.lower() may grow some letters
        src = low if lowered else text
        for gate, needs, pl, p, handler in _RUN_PLAN:
            if gate and not present & gate:
                continue
            if lowered:
                skip = False
                for need in needs:
                    if not present & need:
                        skip = True  # the pattern cannot match anywhere
                        break
                if skip:
                    continue
            # str.lower() changed the length (rare letters such as 'İ'): the
            # case-insensitive pattern on the original text keeps offsets right
            pat = (
                (_COMPILED.get(pl) or _compile_lower(pl)) if lowered else _compile_ci(p)
            )
            if whole:
                it = pat.finditer(src, 0, n)
            else:
                it = (m for s, e in segs for m in pat.finditer(src, s, e))
            for raw in it:
                if raw.end() == raw.start():
                    continue
                out = handler(self, _Match(raw, text))
                if out is None:
                    continue
                if isinstance(out, _Cand):
                    cands.append(out)
                else:
                    cands.extend(out)
        chosen = _select(cands)
        merged = self._merge(chosen)
        merged = self._ranges(merged)
        merged = self._merge(merged)
        merged = self._parts_of(merged)
        return self._finish(merged)

    # ---- date atoms -------------------------------------------------------

    def _full(
        self, s: int, e: int, y: int, mo: int, d: int, kind: str = "date"
    ) -> _Cand | None:
        dt = _safe_date(y, mo, d)
        if dt is None:
            if 1 <= mo <= 12 and 1 <= d <= 31:
                v = f"{y:04d}-{mo:02d}-{d:02d}"
                c = _date_cand(s, e, v, None, kind)
                c.ymd = (y, mo, d)
                return c
            return None
        c = _date_cand(s, e, dt.isoformat(), dt, kind)
        c.ymd = (y, mo, d)
        return c

    def _two_digit_year(self, yy: int) -> int:
        base = self.ref.year if self.ref else 2000
        y = 2000 + yy
        return y - 100 if y > base + 20 else y

    def _yearish(self, s: str | None) -> int | None:
        if not s:
            return None
        s = s.strip()
        if _RE10.fullmatch(s):
            return int(s)
        if _RE11.fullmatch(s):
            return self._two_digit_year(int(s.lstrip("'\u2019")))
        return _year_words(s)

    def _h_iso(self, m: _Match) -> _Cand | None:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if m["s"] == "." and m["H"] is None and mo > 12:
            return None
        c = self._full(m.start(), m.end(), y, mo, d)
        if c is None:
            return None
        if m["H"] is not None:
            h, mi = int(m["H"]), int(m["M"])
            sec = int(m["S"]) if m["S"] and int(m["S"]) else None
            if h > 24 or mi > 59:
                return None
            c.type, c.gran = "TIME", "time"
            c.value = c.value + _time_str(h, mi, sec)
            c.kind, c.hms, c.ampm, c.pod = "time_full", (h, mi, sec), True, c.day
            c.day = None
        return c

    def _h_compact(self, m: _Match) -> _Cand | None:
        return self._full(m.start(), m.end(), int(m[1]), int(m[2]), int(m[3]))

    def _h_ym_num(self, m: _Match) -> _Cand | None:
        return _mk(m.start(), m.end(), "DATE", "month", f"{m['y']}-{int(m['m']):02d}")

    def _h_my_num(self, m: _Match) -> _Cand | None:
        if "/" not in m.group() and not self._standalone(m):
            pre = self.text[max(0, m.start() - 12) : m.start()]
            if not _RE12.search(pre):
                return None
        return _mk(m.start(), m.end(), "DATE", "month", f"{m['y']}-{int(m['m']):02d}")

    def _h_ymd_sp(self, m: _Match) -> _Cand | None:
        return self._full(m.start(), m.end(), int(m["y"]), int(m["m"]), int(m["d"]))

    def _h_dmy_num(self, m: _Match) -> _Cand | None:
        a, b, ys = int(m["a"]), int(m["b"]), m["y"]
        y = int(ys) if len(ys) == 4 else self._two_digit_year(int(ys))
        if len(ys) == 2 and m["s"] == "." and not self._standalone(m):
            return None  # '3.5.10' looks like a version number
        if m["s"] == ".":
            d, mo = (a, b) if b <= 12 else (b, a)
        else:
            mo, d = (a, b) if a <= 12 else (b, a)
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        return self._full(m.start(), m.end(), y, mo, d)

    def _md_common(self, m: _Match, a: int, b: int, dot: bool) -> _Cand | None:
        mo, d = (b, a) if (dot and b <= 12) or a > 12 else (a, b)
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        if _safe_date(2000, mo, d) is None:
            return None
        v, dt = self.doc.month_day(mo, d, m.start(), m.end())
        c = _date_cand(m.start(), m.end(), v, dt, "md")
        c.ymd = (None, mo, d)
        return c

    def _h_md_num(self, m: _Match) -> _Cand | None:
        a, b = int(m["a"]), int(m["b"])
        if (a, b) == (24, 7) or b == 0 or a == 0:
            return None
        text = self.text
        after = text[m.end() : m.end() + 24]
        if _MD_AFTER_BLOCK.match(after):
            return None  # '3/4 cup', '1/4-inch', '2/3 majority'
        pre = text[max(0, m.start() - 24) : m.start()]
        if _MD_WHOLE_BEFORE.search(pre):
            return None  # '2 1/2': a mixed number
        strong = (
            self._standalone(m)
            or _MD_STRONG_PRE.search(pre) is not None
            or _MD_AFTER_CTX.match(after) is not None
        )
        if (a, b) == (9, 11) and not strong:
            # '(since) 9/11' names the 2001 attacks, not this year's 11 September
            c = self._full(m.start(), m.end(), 2001, 9, 11)
            if c is not None:
                c.kind = "date"
            return c
        if (
            a < b
            and b in _FRACTION_DENOMS
            and not strong
            and not _MD_PREP_PRE.search(pre)
        ):
            return None  # '3/4', 'cut to 1/2', '7/10': a fraction, not a date
        return self._md_common(m, a, b, dot=False)

    def _h_md_weak(self, m: _Match) -> _Cand | None:
        return self._md_common(m, int(m["a"]), int(m["b"]), dot=m["s"] == ".")

    def _h_md_hyph(self, m: _Match) -> _Cand | None:
        c = self._md_common(m, int(m["a"]), int(m["b"]), dot=False)
        if c is not None:
            c.start, c.end = m.start("a"), m.end("b")
        return c

    def _h_mdy(self, m: _Match) -> _Cand | None:
        # 'may 5' still reads as a date; 'may one day' does not
        if (
            _is_weak_month(self.doc, m)
            and not m["y"]
            and not _RE13.fullmatch(m["day"].strip())
            and not (
                (
                    m["mon"][0].isupper()
                    or m["day"].strip().lower() not in ("first", "second")
                )
                and _ORD_DAY.fullmatch(m["day"].strip())
            )
        ):
            return None
        d = _wnum(m["day"])
        mo = _MONTHS[m["mon"].lower().rstrip(".")]
        if d is None or not 1 <= d <= 31:
            return None
        y = self._yearish(m["y"]) if m["y"] else None
        end = m.end()
        if m["y"] and y is None:
            end = m.end("day")
        ys = (m["y"] or "").strip()
        if (
            len(ys) == 2
            and ys.isdigit()
            and d < int(ys) <= 31
            and self.text[m.end("day") : m.start("y")].strip() == "-"
        ):
            return None  # 'November 19-20' is a span of days, not 2020
        if m["day"].strip().isdigit() and int(m["day"]) > 31:
            return None
        return self._build_md(m, mo, d, y, end, m["wd"])

    def _build_md(
        self, m: _Match, mo: int, d: int, y: int | None, end: int, wd: str | None
    ) -> _Cand | None:
        start = m.start()
        if wd and self._weak_wd(wd, m.start("wd"), m.end("wd"), strong=True) is None:
            start = (
                m.start("mon")
                if m["mon"] and m.start("mon") < m.start("day")
                else m.start("day")
            )
            if self.text[start - 4 : start].lower() == "the ":
                start -= 4
        if y is not None:
            c = self._full(start, end, y, mo, d)
            if c is None:
                return None
            c.kind = "mdy"
            return c
        if _safe_date(2000, mo, d) is None:
            return None
        if (
            wd
            and self.ref is not None
            and self._weak_wd(wd, 0, 0, strong=True) is not None
        ):
            # A weekday picks the year in which the date falls on it.
            w = _WEEKDAYS[wd.lower().rstrip(".")]
            for k in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, 6):
                dt = _safe_date(self.ref.year + k, mo, d)
                if dt and dt.isoweekday() == w:
                    c = _date_cand(start, end, dt.isoformat(), dt, "md")
                    c.ymd = (None, mo, d)
                    return c
        rel = _MD_REL.search(self.text, max(0, start - 12), start)
        if rel is not None and self.ref is not None and not wd:
            # 'next April 6': the first April 6 after the publication date
            word = rel.group(1).lower()
            y = self.ref.year
            if word in ("next", "coming"):
                dt = _safe_date(y, mo, d)
                if dt is None or dt <= self.ref:
                    y += 1
            elif word == "last":
                dt = _safe_date(y, mo, d)
                if dt is None or dt >= self.ref:
                    y -= 1
            c = self._full(rel.start(), end, y, mo, d)
            if c is not None:
                c.kind = "md"
                c.ymd = (None, mo, d)
                return c
        v, dt = self.doc.month_day(mo, d, start, end)
        c = _date_cand(start, end, v, dt, "md")
        c.ymd = (None, mo, d)
        return c

    def _h_dmy(self, m: _Match) -> _Cand | None:
        if (
            _is_weak_month(self.doc, m)
            and not m["y"]
            and not _RE15.match(m["day"])
            and "of" not in m.group().lower()
        ):
            return None
        if _MONEY_BEFORE.search(self.text, max(0, m.start() - 3), m.start()):
            return None  # '$ 12 December 27': an amount, then a date
        low = m.group().lower()
        if _RE14.match(low) and not _RE16.match(low):
            return None
        d = _wnum(m["day"])
        if d is None or not 1 <= d <= 31:
            return None
        mo = _MONTHS[m["mon"].lower().rstrip(".")]
        y = self._yearish(m["y"]) if m["y"] else None
        end = m.end() if (y is not None or not m["y"]) else m.end("mon")
        return self._build_md(m, mo, d, y, end, m["wd"])

    def _h_ymd_name(self, m: _Match) -> _Cand | None:
        mon = m["mon"] or m["mon2"]
        day = m["day"] or m["day2"]
        return self._full(
            m.start(), m.end(), int(m["y"]), _MONTHS[mon.lower().rstrip(".")], int(day)
        )

    def _h_mon_y_d(self, m: _Match) -> _Cand | None:
        mon, y, d = (
            (m["mon"], m["y"], m["day"])
            if m["mon"]
            else (m["mon2"], m["y2"], m["day2"])
        )
        return self._full(
            m.start(), m.end(), int(y), _MONTHS[mon.lower().rstrip(".")], int(d)
        )

    def _h_month_year(self, m: _Match) -> _Cand | None:
        mon = m["mon"] or m["mon2"]
        y = self._yearish(m["y"] or m["y2"])
        if y is None:
            return None
        if m["y"] and _RE17.fullmatch(m["y"].strip()):
            sep = self.text[m.end("mon") : m.start("y")]
            if not _RE18.search(sep):
                return None
        mo = _MONTHS[mon.lower().rstrip(".")]
        return _mk(
            m.start(),
            m.end(),
            "DATE",
            "month",
            f"{y:04d}-{mo:02d}",
            kind="my",
            ymd=(y, mo, None),
        )

    def _h_month(self, m: _Match) -> _Cand | None:
        word = m["mon"]
        low = word.lower().rstrip(".")
        mod = _RE2.sub(" ", (m["mod"] or "").lower()).strip()
        mod_kind = "edge" if mod.endswith(" of") else mod
        pre = self.text[max(0, m.start() - 30) : m.start()]
        has_ctx = bool(mod) or bool(_MONTH_CTX.search(pre))
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
                strict_ctx = bool(mod) or bool(_RE22.search(pre))
                if not (strict_ctx or self._standalone(m)):
                    return None
                after = self.text[m.end() : m.end() + 20]
                if _RE20.match(after):
                    return None
            elif low in ("march", "mar"):
                if not (word[0].isupper() or has_ctx or self._standalone(m)):
                    return None
                if _is_weak_month(self.doc, m) and not has_ctx:
                    return None
            elif not (has_ctx or word[0].isupper() or self._standalone(m)):
                return None
            if (
                len(low) == 3
                and low not in ("may",)
                and not (has_ctx or word[0].isupper() or self._standalone(m))
            ):
                return None
        elif low == "august" and not (word[0].isupper() or has_ctx):
            return None
        if (
            word[0].islower()
            and not has_ctx
            and not self._standalone(m)
            and low in ("august", "march", "may")
        ):
            return None
        mo = _MONTHS[low]
        base = (
            mod_kind
            if mod_kind
            in (
                "this",
                "last",
                "next",
                "past",
                "coming",
                "previous",
                "following",
                "this past",
                "this coming",
            )
            else ""
        )
        v = self.doc.month_year(mo, m.start(), m.end(), base)
        start = m.start() if mod else m.start("mon")
        edge = ""
        if mod:
            if _RE19.search(mod):
                edge = "END"
            elif _RE21.search(mod):
                edge = "START"
            elif "mid" in mod:
                edge = "MID"
        return _mk(
            start,
            m.end(),
            "DATE",
            "month",
            v,
            kind="month",
            ymd=None if base else (None, mo, None),
            mod=edge,
        )

    def _standalone(self, m: _Match) -> bool:
        return m.group().strip() == self.doc.stripped

    def _h_year(self, m: _Match) -> _Cand | None:
        y = int(m["y"])
        post = (m["post"] or "").strip()
        text = self.text
        pre = text[max(0, m.start() - 25) : m.start()]
        after = text[m.end() : m.end() + 40]
        ok = False
        if (post and post[0] in "'\u2019") or post or self._standalone(m):
            ok = True
        elif 1900 <= y <= 2100 and (yr := _YEAR_TO_YEAR.match(after)) is not None:
            # 'the range is 2014 to 2018': a year range needs no other context
            ok = int(yr["y2"]) > y and not _YEAR_NOUN_BLOCK.match(after, yr.end())
        elif _YEAR_PRE.search(pre):
            weak_pre = not _YEAR_STRONG_PRE.search(pre)
            if weak_pre and _RE24.search(pre):
                # 'between 2007 and 2009' is a list of years, '2,200 and 1500' is not
                ok = bool(_RE28.search(pre)) or bool(_RE29.search(pre))
                ok = ok and not _YEAR_NOUN_BLOCK.match(after)
            elif weak_pre:
                ok = 1900 <= y <= 2100 and not _YEAR_NOUN_BLOCK.match(after)
            else:
                ok = not _YEAR_NOUN_BLOCK.match(after)
        elif _RE25.match(after) and _RE26.search(pre):
            ok = 1900 <= y <= 2100
        elif _RE27.match(after):
            ok = True
        elif 1900 <= y <= 2100 and _YEAR_OR_LATER.match(after):
            # 'in 2018 or later', 'by 2030 or earlier'
            ok = True
        elif _RE30.search(pre) and 1950 <= y <= 2100 and (_RE31.match(after)):
            # 'Euro 2024', 'Diwali 2019', 'Vision 2030'
            ok = True
        if not ok:
            return None
        if y < 1000 or y > 2200:
            return None
        value = f"{y:04d}"
        end = m.end()
        if post and post[0] in "'\u2019":
            end = m.end("y")
        elif post and _RE23.match(post):
            value = f"-{y:04d}"
        return _mk(
            m.start("y"), end, "DATE", "year", value, kind="year", ymd=(y, None, None)
        )

    def _h_year_mod(self, m: _Match) -> _Cand:
        y = int(m["y"])
        low = m.group().lower()
        edge = "END" if _RE19.search(low) else "START" if _RE21.search(low) else "MID"
        return _mk(
            m.start(),
            m.end(),
            "DATE",
            "year",
            f"{y:04d}",
            kind="year",
            ymd=(y, None, None),
            mod=edge,
            prio=1,
        )

    def _h_year_words(self, m: _Match) -> _Cand | None:
        y = _year_words(m["yw"])
        if y is None or not 1000 <= y <= 2100:
            return None
        return _mk(m.start("yw"), m.end("yw"), "DATE", "year", f"{y:04d}", kind="year")

    def _h_year_range(self, m: _Match) -> list[_Cand] | None:
        y1 = int(m["y1"])
        s2 = m["y2"]
        y2 = int(s2) if len(s2) == 4 else (y1 // 100) * 100 + int(s2)
        if len(s2) == 4 and y1 // 1000 != y2 // 1000 and abs(y2 - y1) > 200:
            return None
        if y2 <= y1 or y2 - y1 > 200 or (len(s2) == 2 and y2 - y1 > 10):
            return None
        sep = self.text[m.end("y1") : m.start("y2")].strip()
        if sep == "/" and len(s2) == 4:
            return None
        pre = self.text[max(0, m.start() - 20) : m.start()]
        if _RE32.search(pre):
            return None
        a = _mk(
            m.start("y1"),
            m.end("y1"),
            "DATE",
            "year",
            f"{y1:04d}",
            kind="year",
            ymd=(y1, None, None),
        )
        b = _mk(
            m.start("y2"),
            m.end("y2"),
            "DATE",
            "year",
            f"{y2:04d}",
            kind="year",
            ymd=(y2, None, None),
        )
        return [a, b]

    def _h_decade(self, m: _Match) -> _Cand | None:
        mod = m["mod"] or m["mod2"]
        if m["w"]:
            pre = self.text[max(0, m.start() - 12) : m.start()]
            if _RE33.search(pre) and (_RE34.search(pre)):
                return None
            dec = {
                "twenties": 2,
                "thirties": 3,
                "forties": 4,
                "fifties": 5,
                "sixties": 6,
                "seventies": 7,
                "eighties": 8,
                "nineties": 9,
            }[m["w"].lower()]
            value = f"19{dec}"
        elif m["yy"]:
            yy = int(m["yy"])
            base = self.ref.year % 100 if self.ref else 30
            value = f"20{yy // 10}" if yy <= base else f"19{yy // 10}"
        else:
            y = int(m["y"])
            if y % 100 == 0 and y != 2000:
                # 'the 1800s' is the nineteenth century
                value = f"{y // 100:02d}"
                return _mk(m.start(), m.end(), "DATE", "century", value, kind="decade")
            value = f"{y // 10:03d}"
        start = m.start()
        return _mk(
            start, m.end(), "DATE", "decade", value, kind="decade", prio=mod is not None
        )

    def _h_century(self, m: _Match) -> _Cand | None:
        n = _wnum(m["n"])
        if n is None or not 1 <= n <= 30:
            return None
        return _mk(
            m.start(), m.end(), "DATE", "century", f"{n - 1:02d}", kind="century"
        )

    def _quarter_year(self, q: int, start: int, end: int) -> str:
        ref = self.ref
        if ref is None:
            return f"XXXX-Q{q}"
        y = ref.year
        refq = (ref.month - 1) // 3 + 1
        t = self.doc.tense(start, end)
        if t < 0 and q > refq:
            y -= 1
        elif t > 0 and q < refq:
            y += 1
        return f"{y:04d}-Q{q}"

    def _h_quarter(self, m: _Match) -> _Cand | None:
        ref = self.ref
        if m["ord"]:
            o = m["ord"].lower()
            q = _NTH.get(o, 4)  # "last"/"final" quarter: the fourth
            if m["y"]:
                v = f"{m['y']}-Q{q}"
            elif m["rel"] and ref:
                y = ref.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
                v = f"{y:04d}-Q{q}"
            elif o in ("last", "final") and not m.group().lower().rstrip().endswith(
                ("year", "quarter of")
            ):
                return self._rel_quarter(m, "last")
            else:
                v = self._quarter_year(q, m.start(), m.end())
            return _mk(m.start(), m.end(), "DATE", "quarter", v, kind="quarter")
        if m["q2"]:
            return _mk(m.start(), m.end(), "DATE", "quarter", f"{m['y2']}-Q{m['q2']}")
        if m["q3"]:
            return _mk(
                m.start(),
                m.end(),
                "DATE",
                "quarter",
                f"{self._two_digit_year(int(m['yy'])):04d}-Q{m['q3']}",
            )
        if m["q"]:
            if m["y3"]:
                y = self._yearish(m["y3"])
                return _mk(m.start(), m.end(), "DATE", "quarter", f"{y:04d}-Q{m['q']}")
            return _mk(
                m.start(),
                m.end(),
                "DATE",
                "quarter",
                self._quarter_year(int(m["q"]), m.start(), m.end()),
            )
        return self._rel_quarter(m, m["rel2"].lower())

    def _rel_quarter(self, m: _Match, rel: str) -> _Cand:
        ref = self.ref
        if ref is None:
            return _mk(m.start(), m.end(), "DATE", "quarter", "XXXX-QX")
        off = {
            "this": 0,
            "current": 0,
            "last": -1,
            "past": -1,
            "previous": -1,
            "next": 1,
            "coming": 1,
            "following": 1,
        }.get(rel, 0)
        idx = ref.year * 4 + (ref.month - 1) // 3 + off
        return _mk(
            m.start(), m.end(), "DATE", "quarter", f"{idx // 4:04d}-Q{idx % 4 + 1}"
        )

    def _h_half(self, m: _Match) -> _Cand | None:
        if m["ord"]:
            h = 1 if m["ord"].lower() in ("first", "1st") else 2
            if m["y"]:
                y = int(m["y"])
            elif self.ref:
                y = self.ref.year + {"this": 0, "last": -1, "next": 1}.get(
                    (m["rel"] or "this").lower(), 0
                )
            else:
                return _mk(m.start(), m.end(), "DATE", "quarter", f"XXXX-H{h}")
        elif m["h2"]:
            y, h = int(m["y2"]), int(m["h2"])
        else:
            y, h = int(m["y3"]), int(m["h3"])
        return _mk(m.start(), m.end(), "DATE", "quarter", f"{y:04d}-H{h}")

    def _h_month_nth(self, m: _Match) -> _Cand | None:
        o = m["ord"].lower()
        mo = 12 if o in ("last", "final") else _wnum(o)
        if mo is None or not 1 <= mo <= 12:
            return None
        if m["y"]:
            y = int(m["y"])
        elif self.ref is None:
            return _mk(m.start(), m.end(), "DATE", "month", f"XXXX-{mo:02d}")
        else:
            rel = (m["rel"] or "this").lower()
            y = self.ref.year + {"this": 0, "last": -1, "next": 1}[rel]
        return _mk(
            m.start(),
            m.end(),
            "DATE",
            "month",
            f"{y:04d}-{mo:02d}",
            kind="month",
        )

    def _h_season(self, m: _Match) -> _Cand | None:
        word = (m["s"] or m["s2"]).lower()
        s = _SEASONS[word]
        mod = _RE2.sub(" ", (m["mod"] or "").lower())
        y_s = m["y"] or m["y2"]
        pre = self.text[max(0, m.start() - 25) : m.start()]
        if not (y_s or mod):
            ctx = _RE36.search(pre) or m["the"]
            if word in ("fall", "spring") and not ctx:
                return None
            if word == "fall" and _RE37.match(self.text[m.end() : m.end() + 8]):
                return None
            if _RE35.match(self.text[m.end() : m.end() + 12]):
                return None
        if y_s:
            v = f"{y_s}-{s}"
        else:
            base = (
                mod
                if mod
                in ("this", "last", "next", "past", "coming", "previous", "this past")
                else ""
            )
            y = self.doc.year_for_season(s, m.start(), m.end(), base)
            v = f"{y:04d}-{s}" if y is not None else f"XXXX-{s}"
        start = m.start() if (mod or y_s) else m.start("s") if m["s"] else m.start()
        return _mk(start, m.end(), "DATE", "season", v, kind="season")

    def _weak_wd(
        self, word: str, s: int, e: int, *, strong: bool = False
    ) -> int | None:
        low = word.lower().rstrip(".")
        if low not in _WEEKDAYS:
            return None
        if low in _WEAK_WEEKDAYS and not strong:
            # 'Sun', 'Mon', 'sat', 'wed' are words too: alone they only count with a
            # period or as the whole text; glued to a date or time they count anyway
            if word.endswith(".") or self.doc.stripped.lower() == low:
                return _WEEKDAYS[low]
            return None
        return _WEEKDAYS[low]

    def _h_weekday(self, m: _Match) -> _Cand | None:
        word = m["wd"]
        low = word.lower().rstrip(".")
        mod = _RE2.sub(" ", (m["mod"] or "").lower())
        after = (m["after"] or "").lower()
        strong = bool(mod or after)
        wd = self._weak_wd(word, m.start("wd"), m.end("wd"), strong=strong)
        if wd is None:
            if low in _WEEKDAYS and low in _WEAK_WEEKDAYS:
                # kept only when glued to a date or time ('Sat at 5', 'Wed, Feb13')
                c = _mk(
                    m.start("wd"),
                    m.end("wd"),
                    "DATE",
                    "day",
                    "",
                    kind="weekday",
                    weak=True,
                )
                v, dt = self.doc.weekday(_WEEKDAYS[low], m.start(), m.end(), "")
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
        ref = self.ref
        if mod in ("after_next", "this_week") and ref is not None:
            mon = _monday(ref)
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
            v, dt = self.doc.weekday(wd, m.start(), m.end(), mod)
        start = m.start() if mod else m.start("wd")
        if m["wpod"] and after:
            # 'Wednesday evening next week'
            pod = _PODS[m["wpod"].lower()]
            return _mk(
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
        return _mk(start, end, "DATE", "day", v, kind="weekday", day=v, date=dt)

    def _h_week_wd(self, m: _Match) -> _Cand | None:
        wd = self._weak_wd(m["wd"], m.start("wd"), m.end("wd"), strong=True)
        if wd is None:
            return None
        rel = m["rel"].lower().replace("the ", "")
        if self.ref is None:
            v, dt = f"XXXX-WXX-{wd}", None
        else:
            off = {
                "this": 0,
                "last": -7,
                "previous": -7,
                "past": -7,
                "next": 7,
                "following": 7,
            }[rel]
            dt = _monday(self.ref) + datetime.timedelta(days=off + wd - 1)
            v = dt.isoformat()
        return _mk(
            m.start(), m.end(), "DATE", "day", v, kind="weekday", day=v, date=dt, prio=1
        )

    def _h_weekdays_pl(self, m: _Match) -> _Cand:
        # 'Fridays', 'Friday mornings': a recurring day (or part of it)
        wd = _WEEKDAYS[m["wd"].lower()[:-1]] if m["wd"] else _WEEKDAYS[m["wd1"].lower()]
        v = f"XXXX-WXX-{wd}"
        pod = m["pod"] or m["pod1"]
        if pod:
            v += "T" + _PODS[pod.lower()]
        return _mk(m.start(), m.end(), "SET", "set", v, kind="set")

    def _h_wd_day(self, m: _Match) -> _Cand | None:
        wd = self._weak_wd(m["wd"], m.start("wd"), m.end("wd"), strong=True)
        d = _wnum(m["day"])
        if wd is None or d is None or not 1 <= d <= 31:
            return None
        after = self.text[m.end() : m.end() + 6]
        if _RE38.match(after) and m["day"].isdigit():
            return None
        ref = self.ref
        if ref is None:
            v = f"XXXX-WXX-{wd}"
            return _mk(m.start(), m.end(), "DATE", "day", v, kind="weekday", day=v)
        # the nearest month in which day d falls on that weekday
        best: datetime.date | None = None
        for k in range(0, 13):
            for sign in (0, -1, 1) if k == 0 else (-1, 1):
                if k == 0 and sign != 0:
                    continue
                cand = _add_months(ref.replace(day=1), sign * k if k else 0)
                dt = _safe_date(cand.year, cand.month, d)
                if dt and dt.isoweekday() == wd:
                    best = dt
                    break
            if best:
                break
        if best is None:
            v = f"XXXX-WXX-{wd}"
            return _mk(m.start(), m.end(), "DATE", "day", v, kind="weekday", day=v)
        return _mk(
            m.start(),
            m.end(),
            "DATE",
            "day",
            best.isoformat(),
            kind="md",
            day=best.isoformat(),
            date=best,
        )

    def _h_rel_day(self, m: _Match) -> _Cand | None:
        low = _RE2.sub(" ", m.group().lower())
        pre = self.text[max(0, m.start() - 5) : m.start()]
        if low == "today" and _RE39.search(pre):
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
        ref = self.ref
        if ref is None:
            if off == 0 and pod is None:
                return _mk(
                    m.start(), m.end(), "DATE", "day", "PRESENT_REF", kind="relday"
                )
            v = "XXXX-XX-XX"
            return _mk(
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
            return _mk(
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
        return _mk(m.start(), m.end(), "DATE", "day", v, kind="relday", day=v, date=dt)

    def _h_pod(self, m: _Match) -> _Cand | None:
        pod = _PODS[m["pod"].lower()]
        rel = _RE2.sub(" ", (m["rel"] or "").lower())
        ref = self.ref
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
            return _mk(
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
        return _mk(
            m.start(),
            m.end(),
            "TIME",
            "time",
            f"T{pod}",
            kind="pod",
            pod=pod,
            weak=weak,
        )

    def _h_noon(self, m: _Match) -> _Cand:
        w = m["w"].lower().replace(" ", "").replace("-", "")
        h = 0 if w.startswith("midn") else 12
        return _mk(
            m.start(),
            m.end(),
            "TIME",
            "time",
            _time_str(h, None, None),
            kind="time",
            hms=(h, None, None),
            ampm=True,
            prio=1,  # 'mid night' is midnight, not the part of day 'night'
        )

    def _unit_value(
        self, unit: str, off: int, base: datetime.date | None = None
    ) -> tuple[str, str] | None:
        ref = base or self.ref
        unit = unit.lower().replace("-", "")
        if ref is None:
            return None
        if unit == "week":
            return _week(ref + datetime.timedelta(days=7 * off)), "week"
        if unit == "weekend":
            return _week(ref + datetime.timedelta(days=7 * off)) + "-WE", "week"
        if unit == "fortnight":
            return _week(ref + datetime.timedelta(days=14 * off)), "week"
        if unit == "month":
            d = _add_months(ref.replace(day=1), off)
            return f"{d.year:04d}-{d.month:02d}", "month"
        if unit in ("year", "calendaryear", "calendar year"):
            return f"{ref.year + off:04d}", "year"
        if unit in ("fiscalyear", "fiscal year"):
            return f"FY{ref.year + off:04d}", "year"
        if unit in ("schoolyear", "school year"):
            return f"SY{ref.year + off:04d}", "year"
        if unit == "decade":
            return f"{ref.year // 10 + off:03d}", "decade"
        if unit == "century":
            return f"{ref.year // 100 + off:02d}", "century"
        return None

    def _h_unit_after_next(self, m: _Match) -> _Cand | None:
        unit = m["unit"].lower()
        off = 2 if m["dir"].lower().startswith("after") else -2
        got = self._unit_value(unit, off)
        if got is None:
            v = {"week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX")
            return _mk(m.start(), m.end(), "DATE", unit, v, kind="rel")
        return _mk(m.start(), m.end(), "DATE", got[1], got[0], kind="rel")

    def _h_rel_unit(self, m: _Match) -> _Cand | None:
        mod = m["mod"].lower()
        unit = _RE2.sub(" ", m["unit"].lower()).replace("week-end", "weekend")
        if unit.startswith("work"):
            unit = "week"
        if unit == "yr":
            unit = "year"
        pre = (m["pre"] or "").lower()
        if mod == "same":
            v = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}.get(unit)
            if v is None:
                return None
            return _mk(m.start(), m.end(), "DATE", unit, v, kind="rel")
        off = {
            "this": 0,
            "current": 0,
            "last": -1,
            "past": -1,
            "previous": -1,
            "next": 1,
            "coming": 1,
            "following": 1,
            "upcoming": 1,
        }[mod]
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
            return _mk(
                m.start(), m.end(), "DURATION", "duration", f"P{n}{u}", kind="dur"
            )
        got = self._unit_value(unit, off)
        if got is None:
            x = {
                "week": "XXXX-WXX",
                "weekend": "XXXX-WXX-WE",
                "month": "XXXX-XX",
                "year": "XXXX",
                "decade": "XXX",
                "century": "XX",
            }.get(unit.replace("-", ""), "XXXX")
            got = (
                x,
                {"weekend": "week", "fortnight": "week"}.get(unit, unit.split()[-1]),
            )
        v, gran = got
        if gran == "year" and unit not in ("year",):
            gran = "year"
        end = m.end("unit")
        return _mk(m.start(), end, "DATE", gran, v, kind="rel", day=None)

    def _h_the_unit(self, m: _Match) -> _Cand | None:
        if m["acr"]:
            if not m["acr"].isupper():
                return None
            unit = "year" if m["acr"].endswith("Y") else "month"
        else:
            unit = m["unit"].lower()
        got = self._unit_value(unit, 0)
        if got is None:
            v = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit]
            got = (v, unit)
        return _mk(m.start(), m.end(), "DATE", got[1], got[0], kind="rel")

    def _h_ytd(self, m: _Match) -> _Cand | None:
        unit = m.group().lower().split()[0].split("-")[0]
        ref = self.ref
        if ref is None:
            return None
        if unit == "year":
            return _mk(m.start(), m.end(), "DATE", "year", f"{ref.year:04d}")
        if unit == "month":
            return _mk(
                m.start(), m.end(), "DATE", "month", f"{ref.year:04d}-{ref.month:02d}"
            )
        return _mk(
            m.start(),
            m.end(),
            "DATE",
            "quarter",
            f"{ref.year:04d}-Q{(ref.month - 1) // 3 + 1}",
        )

    def _h_weekend(self, m: _Match) -> _Cand | None:
        pre = self.text[max(0, m.start() - 20) : m.start()].lower()
        if not (
            m.group().lower().startswith("the") or _RE40.search(pre)
        ) or m.group().lower().endswith("s"):
            return None
        ref = self.ref
        if ref is None:
            return _mk(m.start(), m.end(), "DATE", "week", "XXXX-WXX-WE", kind="rel")
        if ref.isoweekday() < 6 and self.doc.tense(m.start(), m.end()) < 0:
            # 'protests erupted over the weekend' in a Monday story: the weekend
            # just past, not the one ahead
            ref -= datetime.timedelta(days=7)
        return _mk(m.start(), m.end(), "DATE", "week", _week(ref) + "-WE", kind="rel")

    def _dur_parts(self, pairs: list[tuple[str | None, str | None]]) -> str | None:
        parts: list[tuple[float | None, str]] = []
        for q, u in pairs:
            if not q or not u:
                continue
            unit = _UNITS.get(u.lower())
            if unit is None:
                return None
            n = _qty(q)
            parts.append((n, unit))
        if not parts:
            return None
        return _iso_duration(parts)

    def _h_dur(self, m: _Match) -> _Cand | None:
        q, u = m["q"], m["u"]
        low_q = q.lower()
        ul = u.lower()
        after = self.text[m.end() : m.end() + 12]
        if _RE41.match(after):
            return None  # ages are not temporal expressions
        if ul in ("second", "sec", "minute", "min") and low_q in ("a", "an"):
            pre8 = self.text[max(0, m.start() - 10) : m.start()].lower()
            if not (_RE47.match(after) or _RE48.search(pre8)):
                return None
        if (
            ul == "second"
            and low_q not in ("a", "an", "one")
            and not _RE15.match(low_q)
            and _qty(q) is None
        ):
            return None
        if ul.startswith("quarter") and not m["q2"]:
            # 'three quarters' is a fraction; only 'three quarters of an hour / a
            # year' or a clearly temporal frame ('for two quarters') is a time span
            of = _QUARTER_OF.match(self.text, m.end())
            n = _qty(q)
            if of is not None and n is not None and "quarter" not in low_q:
                v = (
                    f"PT{_num(15 * n)}M"
                    if of["u"].lower() == "hour"
                    else f"P{_num(3 * n)}M"
                )
                return _mk(m.start(), of.end(), "DURATION", "duration", v, kind="dur")
            if low_q in ("a", "an", "one") or "quarter" in low_q or _RE44.match(after):
                return None
            pre = self.text[max(0, m.start() - 24) : m.start()]
            if not (
                _QUARTER_PRE.search(pre) or _QUARTER_POST.match(self.text, m.end())
            ):
                return None
        if (
            ul == "night"
            and not m["q2"]
            and text_at(self.text, m.start("u") - 1) != "-"
        ):
            n = _qty(q)
            if n is not None and n > 1:
                return None  # 'three night markets': 'night' modifies a noun
        if ul in ("night", "nights") and low_q in ("a", "an", "one"):
            pre = self.text[max(0, m.start() - 8) : m.start()].lower()
            if not _RE45.search(pre):
                return None
        pre = self.text[max(0, m.start() - 12) : m.start()].lower()
        if _RE42.search(pre) and low_q in (
            "a",
            "an",
            "one",
        ):
            return None
        if (
            low_q in ("a", "an")
            and not m["q2"]
            and _RE43.search(self.text[max(0, m.start() - 15) : m.start()])
            and not _RE46.search(self.text[max(0, m.start() - 12) : m.start()])
        ):
            unit = _UNITS.get(ul)
            if unit in ("D", "W", "M", "Y", "H"):
                # '3 million visitors a year', '$5 a day': a rate, i.e. a set
                return _mk(
                    m.start(),
                    m.end(),
                    "SET",
                    "set",
                    _iso_duration([(1, unit)]),
                    kind="set",
                )
        half = m["half"]
        pairs = [(q, u), (m["q2"], m["u2"]), (m["q3"], m["u3"])]
        if half:
            pairs[0] = (q + " and a " + half.split()[-1], u)
        elif (
            m["u2"]
            and not m["q3"]
            and m["u2"].lower() == "quarter"
            and (m["q2"] or "").lower() in ("a", "an")
            and _qty(q) is not None
        ):
            # 'an hour and a quarter' is 1.25 hours, not an hour plus three months
            pairs = [(q + " and a quarter", u)]
        v = self._dur_parts(pairs)
        if v is None:
            return None
        return _mk(m.start(), m.end(), "DURATION", "duration", v, kind="dur")

    def _h_dur_bare(self, m: _Match) -> _Cand | None:
        pre, post = m["pre"], m["post"]
        if not (pre or post):
            return None
        if post and post.strip().lower() == "of" and not pre:
            return None
        if (
            pre
            and pre.lower() == "in"
            and not (post and post.strip().lower() != "of")
            and not _RE49.search(m.group())
        ):
            return None
        u = _UNITS[m["u"].lower()]
        v = _iso_duration([(None, u)])
        start = m.start("u")
        if pre and pre.lower() in ("recent", "past", "last", "coming", "next"):
            start = m.start("pre")
        end = m.end("u")
        return _mk(start, end, "DURATION", "duration", v, kind="dur")

    def _h_dur_all(self, m: _Match) -> _Cand:
        v = _iso_duration([(1, _UNITS[m["u"].lower()])])
        return _mk(m.start(), m.end(), "DURATION", "duration", v, kind="dur")

    def _h_dur_hours(self, m: _Match) -> _Cand:
        return _mk(
            m.start("h"),
            m.end(),
            "DURATION",
            "duration",
            f"PT{int(m['h'])}H",
            kind="dur",
            prio=2,
        )

    def _shift(
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
            d = _add_months(ref, k)
            return f"{d.year:04d}-{d.month:02d}", "month", None
        if unit == "Q":
            d = _add_months(ref, 3 * k)
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}", "quarter", None
        if unit == "Y":
            return f"{ref.year + k:04d}", "year", None
        if unit == "DE":
            return f"{(ref.year + 10 * k) // 10:03d}", "decade", None
        if unit == "CE":
            return f"{(ref.year + 100 * k) // 100:02d}", "century", None
        if unit in ("H", "TM", "S"):
            # The reference is a day without a clock time, so 'three hours ago'
            # cannot be a clock time; under a day away it is the reference day.
            secs = {"H": 3600, "TM": 60, "S": 1}[unit] * abs(k)
            if secs >= 86400:
                return None
            return ref.isoformat(), "day", ref
        return None

    def _h_ago(self, m: _Match) -> _Cand | None:
        direction = _RE2.sub(" ", m["dir"].lower())
        u = _UNITS.get(m["u"].lower())
        if u is None or u == "WE":
            return None
        n = _qty(m["q"])
        sign = -1 if direction in ("ago", "back", "earlier", "before") else 1
        if direction in ("later", "earlier") and _LATER_OF.match(self.text, m.end()):
            return None  # '30 minutes later this week': 'later this week' is one
        if direction in ("later", "earlier"):
            v = self._dur_parts([(m["q"], m["u"]), (m["q2"], m["u2"])])
            if v is None:
                return None
            c = _mk(m.start(), m.end(), "DURATION", "duration", v, kind="dur")
            if not m["u2"] and n is not None and float(n).is_integer():
                # 'a year earlier' is a date: resolved against the last date
                # mentioned (narrative anchor) or else the publication date
                c.offset = (-n if direction == "earlier" else n, u, "shift")
            return c
        if (
            direction.startswith("from")
            and not m["u2"]
            and self.ref is not None
            and n is not None
            and n >= 1
            and float(n).is_integer()
            and u in ("D", "W", "M", "Y")
            and _FOR_BEFORE.search(self.text, max(0, m.start() - 12), m.start())
        ):
            # 'for 3 days from today' lasts three days; '3 days from today' is a day
            dur = _mk(m.start(), m.end(), "DURATION", "duration", f"P{int(n)}{u}")
            ref = _date_cand(m.end(), m.end(), self.ref.isoformat(), self.ref, "date")
            r = self._dur_from(dur, ref)
            if r is not None:
                return r
        if m["u2"]:
            pre = self.text[max(0, m.start() - 12) : m.start()]
            if _LAST_BEFORE.search(pre):
                # 'the last 3 months and 2 days ago': the span, then '2 days ago'
                return self._ago_part(m, m["q2"], m["u2"], sign, m.start("q2"))
            return self._ago_compound(m, sign)
        res = self._shift(n, u, sign)
        if res is None:
            if self.ref is None or n is None:
                x = "PAST_REF" if sign < 0 else "FUTURE_REF"
                return _mk(m.start(), m.end(), "DATE", "day", x, kind="ref")
            return None
        v, gran, d = res
        typ = "TIME" if gran == "time" else "DATE"
        return _mk(
            m.start(),
            m.end(),
            typ,
            gran,
            v,
            kind="date" if d else "rel",
            day=v if d else None,
            date=d,
        )

    def _ago_part(
        self, m: _Match, q: str, unit: str, sign: int, start: int
    ) -> _Cand | None:
        u = _UNITS.get(unit.lower())
        n = _qty(q)
        if u is None or u == "WE" or n is None:
            return None
        res = self._shift(n, u, sign)
        if res is None:
            return None
        v, gran, d = res
        typ = "TIME" if gran == "time" else "DATE"
        kind = "date" if d else "rel"
        return _mk(
            start, m.end(), typ, gran, v, kind=kind, day=v if d else None, date=d
        )

    def _ago_compound(self, m: _Match, sign: int) -> _Cand | None:
        """'two years and three months ago', '2 weeks and 2 days ago'."""
        ref = self.ref
        if ref is None:
            return None
        d = ref
        fine = ""
        for q, unit in ((m["q"], m["u"]), (m["q2"], m["u2"])):
            u = _UNITS.get(unit.lower())
            n = _qty(q)
            if u not in ("Y", "M", "W", "D") or n is None or not float(n).is_integer():
                return None
            k = int(n) * sign
            if u == "Y":
                d = _add_months(d, 12 * k)
            elif u == "M":
                d = _add_months(d, k)
            else:
                d = d + datetime.timedelta(days=k * (7 if u == "W" else 1))
            fine = u
        if fine in ("W", "D"):
            v = d.isoformat()
            return _mk(m.start(), m.end(), "DATE", "day", v, kind="date", day=v, date=d)
        if fine == "M":
            return _mk(
                m.start(), m.end(), "DATE", "month", f"{d.year:04d}-{d.month:02d}"
            )
        return _mk(m.start(), m.end(), "DATE", "year", f"{d.year:04d}")

    def _h_in_dur(self, m: _Match) -> _Cand | None:
        prep = m["prep"].lower()
        u = _UNITS.get(m["u"].lower())
        if u is None or u == "WE":
            return None
        n = _qty(m["q"])
        if m["u"].lower() in ("second", "minute", "min") and m["q"].lower() in (
            "a",
            "an",
        ):
            after = self.text[m.end() : m.end() + 3]
            if _RE51.match(after):
                return None
        start = m.start("q") if prep == "in" else m.start()
        if prep in ("within", "after") or self.doc.tense(m.start(), m.end()) < 0:
            v = _iso_duration([(n, u)])
            return _mk(m.start("q"), m.end(), "DURATION", "duration", v, kind="dur")
        if _RE50.search(self.text[max(0, m.start() - 40) : m.start()]):
            v = _iso_duration([(n, u)])
            return _mk(m.start("q"), m.end(), "DURATION", "duration", v, kind="dur")
        res = self._shift(n, u, 1)
        if res is None:
            v = _iso_duration([(n, u)])
            return _mk(m.start("q"), m.end(), "DURATION", "duration", v, kind="dur")
        v, gran, d = res
        typ = "TIME" if gran == "time" else "DATE"
        return _mk(
            start,
            m.end(),
            typ,
            gran,
            v,
            kind="date" if d else "rel",
            day=v if d else None,
            date=d,
        )

    def _h_last_n(self, m: _Match) -> _Cand | None:
        q = m["q"] or m["q2"]
        unit = m["u"] or m["u2"]
        mod = (m["mod"] or m["mod2"]).lower()
        if q.lower() in ("a", "an"):
            return None
        if m["q2"] and unit.lower().startswith("night"):
            return None
        u = _UNITS.get(unit.lower())
        if u is None:
            return None
        n = _qty(q)
        if (
            m["q2"]
            and mod in ("next", "last", "past", "previous")
            and n is not None
            and n > 1
            and not unit.lower().endswith("s")
        ):
            return None  # 'only 3 next week': a count, then 'next week'
        if mod in ("first", "final") and not _RE52.search(
            self.text[m.end() : m.end() + 4]
        ):
            return None
        v = _iso_duration([(n, u)])
        return _mk(m.start(), m.end(), "DURATION", "duration", v, kind="dur", prio=1)

    def _h_set(self, m: _Match) -> _Cand | None:
        if m["adv"]:
            a = m["adv"].lower().replace("-", "")
            v = {
                "daily": "P1D",
                "everyday": "P1D",
                "weekly": "P1W",
                "monthly": "P1M",
                "quarterly": "P3M",
                "annually": "P1Y",
                "yearly": "P1Y",
                "hourly": "PT1H",
                "nightly": "P1D",
                "biweekly": "P2W",
                "bimonthly": "P2M",
                "semiannual": "P0.5Y",
                "semiannually": "P0.5Y",
                "fortnightly": "P2W",
            }[a]
            return _mk(m.start(), m.end(), "SET", "set", v, kind="set")
        if m["freq"]:
            u = m["u2"].lower()
            v = _iso_duration([(1, _UNITS[u])])
            return _mk(m.start(), m.end(), "SET", "set", v, kind="set")
        u = m["u"].lower()
        word = m.group().lower().split()[0]
        if word == "per" and u not in ("day", "week", "month", "year"):
            return None
        other = "other" in m.group().lower()
        n = _wnum(m["n"]) if m["n"] else 1
        if n is None:
            return None
        if other:
            n *= 2
        if u in _WEEKDAYS or u.rstrip("s") in _WEEKDAYS:
            wd = _WEEKDAYS[u] if u in _WEEKDAYS else _WEEKDAYS[u.rstrip("s")]
            return _mk(m.start(), m.end(), "SET", "set", f"XXXX-WXX-{wd}", kind="set")
        if u in ("morning", "afternoon", "evening", "night"):
            return _mk(m.start(), m.end(), "SET", "set", "T" + _PODS[u], kind="set")
        if u == "weekday":
            return _mk(m.start(), m.end(), "SET", "set", "P1WD", kind="set")
        if u in ("weekend", "weekends") and n == 1:
            # like 'every Monday': each weekend of any week
            return _mk(m.start(), m.end(), "SET", "set", "XXXX-WXX-WE", kind="set")
        unit = _UNITS[u]
        if word == "per":
            return None
        return _mk(
            m.start(), m.end(), "SET", "set", _iso_duration([(n, unit)]), kind="set"
        )

    def _h_dom_set(self, m: _Match) -> _Cand | None:
        d = _wnum(m["d"])
        if d is None or not 1 <= d <= 31:
            return None
        return _mk(m.start(), m.end(), "SET", "set", f"XXXX-XX-{d:02d}", kind="set")

    def _h_present(self, m: _Match) -> _Cand | None:
        low = m.group().lower()
        if low == "now":
            after = self.text[m.end() : m.end() + 12]
            if _RE53.match(after):
                return None
        return _mk(m.start(), m.end(), "DATE", "day", "PRESENT_REF", kind="ref")

    def _h_past_ref(self, m: _Match) -> _Cand:
        return _mk(m.start(), m.end(), "DATE", "day", "PAST_REF", kind="ref")

    def _h_future_ref(self, m: _Match) -> _Cand:
        return _mk(m.start(), m.end(), "DATE", "day", "FUTURE_REF", kind="ref")

    def _h_holiday(self, m: _Match) -> _Cand | None:
        name = m["h"].lower()
        fn: _HolidayFn | None = None
        found = False
        for pat, f in _HOLIDAYS_RE:
            if pat.fullmatch(name):
                fn, found = f, True
                break
        if not found:
            return None
        word = m["h"]
        if name in _NAME_LIKE_HOLIDAYS and not (word[0].isupper() or m["y"]):
            return None
        if name.startswith("king") and not (word[0].isupper() or m["y"]):
            return None  # 'the king's day began' is no holiday
        if name == "rakhi" and not m["y"]:
            return None  # also a given name and the thread tied at the festival
        if name == "may day" and not word[0].isupper():
            return None
        if name.startswith("new") and not name.endswith(("day", "eve")):
            # 'before New Year' is the holiday; 'the new year' is the coming year
            pre = self.text[max(0, m.start() - 16) : m.start()]
            if not _NEW_YEAR_PRE.search(pre) or m["mod"] or m["wepre"]:
                return None
        if name.startswith("boss") and "day" not in name and not self._standalone(m):
            return None
        mod = _RE2.sub(" ", (m["mod"] or "").lower()).replace("the ", "")
        ref = self.ref
        if m["y"] or m["wy"]:
            y: int | None = int(m["y"] or m["wy"])
        elif m["rely"] and ref:
            y = ref.year + {"this": 0, "last": -1, "next": 1}[m["rely"].lower()]
        else:
            y = None
        if fn is None:
            if y is None:
                if ref is None:
                    return _mk(
                        m.start(), m.end(), "DATE", "year", "XXXX", kind="holiday"
                    )
                y = ref.year
            return _mk(m.start(), m.end(), "DATE", "year", f"{y:04d}", kind="holiday")
        if y is not None:
            d = fn(y)
        elif ref is None:
            d0 = fn(2000)
            v = f"XXXX-{d0.month:02d}-{d0.day:02d}"
            return _mk(m.start(), m.end(), "DATE", "day", v, kind="holiday", day=v)
        else:
            this = fn(ref.year)
            if mod in ("last", "previous"):
                d = this if this < ref else fn(ref.year - 1)
            elif mod in ("next", "following"):
                d = this if this > ref else fn(ref.year + 1)
            elif mod == "this":
                d = this
            else:
                t = self.doc.tense(m.start(), m.end())
                d = this
                if t < 0 and this > ref:
                    d = fn(ref.year - 1)
                elif t > 0 and this < ref:
                    d = fn(ref.year + 1)
        if m["we"] or m["wepre"]:
            # 'Labor Day weekend': the weekend next to the holiday (before a Monday
            # or Tuesday holiday, after one later in the week)
            wd = d.isoweekday()
            sat = d + datetime.timedelta(days=(-2 - (wd - 1)) if wd <= 2 else 6 - wd)
            v = _week(sat) + "-WE"
            return _mk(m.start(), m.end(), "DATE", "week", v, kind="rel")
        v = d.isoformat()
        return _mk(m.start(), m.end(), "DATE", "day", v, kind="holiday", day=v, date=d)

    def _h_dom(self, m: _Match) -> _Cand | None:
        d = _wnum(m["d"])
        if d is None or not 1 <= d <= 31:
            return None
        if not _RE55.search(m["d"]):
            return None
        if _RE54.fullmatch(m["d"].strip()):
            return None
        ref = self.ref
        if ref is None:
            v = f"XXXX-XX-{d:02d}"
            return _mk(m.start(), m.end(), "DATE", "day", v, kind="dom", day=v)
        t = self.doc.tense(m.start(), m.end())
        base = ref.replace(day=1)
        cand = _safe_date(ref.year, ref.month, d)
        if t < 0 and (cand is None or cand > ref):
            base = _add_months(base, -1)
        elif t > 0 and (cand is None or cand < ref):
            base = _add_months(base, 1)
        dt = _safe_date(base.year, base.month, d)
        if dt is None:
            return None
        return _mk(
            m.start(),
            m.end(),
            "DATE",
            "day",
            dt.isoformat(),
            kind="dom",
            day=dt.isoformat(),
            date=dt,
        )

    def _h_dom_of(self, m: _Match) -> _Cand | None:
        d = _wnum(m["d"] or m["d2"] or m["d3"])
        if d is None or not 1 <= d <= 31:
            return None
        ref = self.ref
        rel = (m["rel"] or m["rel3"] or "this").lower()
        if ref is None:
            v = f"XXXX-XX-{d:02d}"
            return _mk(m.start(), m.end(), "DATE", "day", v, day=v)
        off = {
            "this": 0,
            "current": 0,
            "next": 1,
            "following": 1,
            "last": -1,
            "previous": -1,
        }[rel]
        b = _add_months(ref.replace(day=1), off)
        dt = _safe_date(b.year, b.month, d)
        if dt is None:
            return None
        return _mk(
            m.start(),
            m.end(),
            "DATE",
            "day",
            dt.isoformat(),
            day=dt.isoformat(),
            date=dt,
        )

    def _month_year_ctx(
        self, mon: str | None, y: str | None, rel: str | None, s: int, e: int
    ) -> tuple[int, int] | None:
        ref = self.ref
        if mon:
            mo = _MONTHS[mon.lower().rstrip(".")]
            if y:
                return int(y), mo
            if ref is None:
                return None
            v = self.doc.month_year(mo, s, e)
            return int(v[:4]), mo
        if ref is None:
            return None
        off = {"this": 0, "the": 0, "next": 1, "last": -1}.get(
            (rel or "this").lower(), 0
        )
        b = _add_months(ref.replace(day=1), off)
        return b.year, b.month

    def _h_nth_wd(self, m: _Match) -> _Cand | None:
        wd = self._weak_wd(m["wd"], m.start("wd"), m.end("wd"), strong=True)
        if wd is None:
            return None
        o = m["n"].lower()
        n = _NTH.get(o, -1)  # "last"/"final": counted from the end
        ym = self._month_year_ctx(m["mon"], m["y"], m["rel"], m.start(), m.end())
        if ym is None:
            mon = _MONTHS[m["mon"].lower().rstrip(".")] if m["mon"] else None
            v = f"XXXX-{mon:02d}-WXX-{wd}-#{n}" if mon else f"XXXX-XX-WXX-{wd}"
            return _mk(m.start(), m.end(), "DATE", "day", v, day=v)
        d = _nth_weekday(ym[0], ym[1], wd, n)
        if d is None:
            return None
        return _mk(
            m.start(), m.end(), "DATE", "day", d.isoformat(), day=d.isoformat(), date=d
        )

    def _h_nth_week(self, m: _Match) -> _Cand | None:
        o = m["n"].lower()
        n = _NTH.get(o, -1)  # "last"/"final": counted from the end
        ref = self.ref
        if m["y2"] or (m["rel"] and m["ru"] and m["ru"].lower() == "year"):
            if m["y2"]:
                y = int(m["y2"])
            elif ref:
                y = ref.year + {"this": 0, "next": 1, "last": -1}[m["rel"].lower()]
            else:
                return None
            if n > 0:
                d = datetime.date.fromisocalendar(y, n, 1)
            else:
                d = datetime.date(y, 12, 28)
            return _mk(m.start(), m.end(), "DATE", "week", _week(d))
        rel = m["rel"] if m["ru"] else None
        ym = self._month_year_ctx(m["mon"], m["y"], rel, m.start(), m.end())
        if ym is None:
            return None
        y, mo = ym
        if n > 0:
            d = datetime.date(y, mo, 1) + datetime.timedelta(days=7 * (n - 1))
        else:
            # the last week with most of its days in the month: its last Thursday's
            d = _nth_weekday(y, mo, 4, -1) or datetime.date(y, mo, 28)
        return _mk(m.start(), m.end(), "DATE", "week", _week(d))

    def _h_last_day(self, m: _Match) -> _Cand | None:
        ym = self._month_year_ctx(m["mon"], m["y"], None, m.start(), m.end())
        if ym is None:
            return None
        y, mo = ym
        d = 1 if m["n"].lower() == "first" else calendar.monthrange(y, mo)[1]
        dt = datetime.date(y, mo, d)
        return _mk(
            m.start(),
            m.end(),
            "DATE",
            "day",
            dt.isoformat(),
            day=dt.isoformat(),
            date=dt,
        )

    def _h_week_num(self, m: _Match) -> _Cand | None:
        n = int(m["n"])
        ref = self.ref
        if m["y"]:
            y = int(m["y"])
        elif ref is None:
            return _mk(m.start(), m.end(), "DATE", "week", f"XXXX-W{n:02d}")
        else:
            y = ref.year + {"this": 0, "last": -1, "next": 1}.get(
                (m["rel"] or "this").lower(), 0
            )
        try:
            datetime.date.fromisocalendar(y, n, 1)
        except ValueError:
            return None
        return _mk(m.start(), m.end(), "DATE", "week", f"{y:04d}-W{n:02d}")

    def _h_week_of(self, m: _Match) -> _Cand | None:
        mon = m["mon"] or m["mon2"]
        d = _wnum(m["day"] or m["day2"])
        if d is None or not 1 <= d <= 31:
            return None
        mo = _MONTHS[mon.lower().rstrip(".")]
        v, dt = self.doc.month_day(mo, d, m.start(), m.end())
        if dt is None:
            return _mk(m.start(), m.end(), "DATE", "day", v, day=v)
        return _mk(m.start(), m.end(), "DATE", "week", _week(dt))

    def _h_fiscal(self, m: _Match) -> _Cand | None:
        ys = m["y"]
        y = int(ys) if len(ys) == 4 else self._two_digit_year(int(ys))
        return _mk(m.start(), m.end(), "DATE", "year", f"FY{y:04d}", kind="year")

    # ---- time atoms -------------------------------------------------------

    def _time(
        self,
        m: _Match,
        h: int,
        mi: int | None,
        s: int | None,
        ap: str | None,
        *,
        weak: bool = False,
        start: int | None = None,
    ) -> _Cand | None:
        h2, known = _apply_ampm(h, ap)
        if h2 > 24 or (mi is not None and mi > 59):
            return None
        return _mk(
            m.start() if start is None else start,
            m.end(),
            "TIME",
            "time",
            _time_str(h2, mi, s),
            kind="time",
            hms=(h2, mi, s),
            ampm=known or h > 12,
            weak=weak,
        )

    def _h_hm(self, m: _Match) -> _Cand | None:
        h = int(m["h"])
        mi = int(m["m"] if m["m"] is not None else m["m2"])
        s = int(m["s"]) if m["s"] else None
        ap = m["ap"]
        pre = self.text[max(0, m.start() - 12) : m.start()]
        after = self.text[m.end() : m.end() + 15]
        if ap and len(ap.strip()) == 1 and not _RE58.match(after):
            return None
        if _RE56.search(pre):
            return None
        if _RE57.match(after):
            return None
        if h == 24 and mi:
            return None
        return self._time(m, h, mi, s, ap)

    def _h_h_ampm(self, m: _Match) -> _Cand | None:
        ap = m["ap"]
        if len(ap.strip()) == 1:
            pre = self.text[max(0, m.start() - 6) : m.start()]
            if not _RE60.search(pre):
                return None
        if ap.lower().replace(" ", "") in ("am",):
            pre = self.text[max(0, m.start() - 6) : m.start()]
            if _RE59.search(pre):
                return None
        return self._time(m, int(m["h"]), None, None, ap)

    def _h_h_word_ampm(self, m: _Match) -> _Cand | None:
        h = _wnum(m["h"])
        mi = _wnum(m["m"].replace("oh", "")) if m["m"] else None
        if h is None:
            return None
        return self._time(m, h, mi, None, m["ap"])

    def _h_oclock(self, m: _Match) -> _Cand | None:
        h = _wnum(m["h"])
        if h is None:
            return None
        return self._time(m, h, None, None, m["ap"])

    def _h_h_h(self, m: _Match) -> _Cand | None:
        pre = self.text[max(0, m.start() - 8) : m.start()].lower()
        if _RE61.search(pre):
            return None
        h = int(m["h"])
        mi = int(m["m"]) if m["m"] else None
        if mi is None and h < 13 and not _RE62.search(pre) and not self._standalone(m):
            return None
        c = self._time(m, h, mi if mi is not None else 0, None, None)
        if c and mi is None:
            c.value = _time_str(h, 0, None)
        return c

    def _h_hm_dot(self, m: _Match) -> _Cand | None:
        nxt = _RE63.match(self.text[m.end() : m.end() + 30])
        if nxt and not _RE64.fullmatch(nxt[1]):
            # '17.30 Beijing time', '9.30 GMT' but not '17.30 euros', '17.30 EUR'
            w = nxt[1]
            if (
                not w[0].isupper()
                or w.lower() in _HM_DOT_BLOCK
                or (
                    w.isupper()
                    and len(w) == 3
                    and w not in ("GMT", "UTC", "BST", "CET")
                    and not _RE65.fullmatch(w)
                )
            ):
                return None
        return self._time(m, int(m["h"]), int(m["m"]), None, None)

    def _h_hhmm_ampm(self, m: _Match) -> _Cand | None:
        return self._time(m, int(m["h"]), int(m["m"]), None, m["ap"])

    def _h_h_ish(self, m: _Match) -> _Cand | None:
        return self._time(m, int(m["h"]), None, None, None)

    def _h_hhmm(self, m: _Match) -> _Cand | None:
        return self._time(m, int(m["h"]), int(m["m"]), None, None)

    def _h_rel_min(self, m: _Match) -> _Cand | None:
        mm = m["mm"].lower()
        rel = m["rel"].lower()
        hs = m["h"].lower()
        if mm == "half":
            mins = 30
        elif "quarter" in mm:
            mins = 15
        else:
            n = _wnum(mm)
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
            hv = _wnum(hs)
            if hv is None:
                return None
            h, known = _apply_ampm(hv, m["ap"])
        total = h * 60 + mins if rel in ("past", "after") else h * 60 - mins
        total %= 24 * 60
        c = _mk(
            m.start(),
            m.end(),
            "TIME",
            "time",
            _time_str(total // 60, total % 60, None),
            kind="time",
            hms=(total // 60, total % 60, None),
            ampm=known,
        )
        return c

    def _h_half_h(self, m: _Match) -> _Cand | None:
        pre = self.text[max(0, m.start() - 8) : m.start()].lower()
        if not (_RE66.search(pre) or self._standalone(m)):
            return None
        h = _wnum(m["h"])
        if h is None:
            return None
        return _mk(
            m.start(),
            m.end(),
            "TIME",
            "time",
            _time_str(h, 30, None),
            kind="time",
            hms=(h, 30, None),
        )

    def _h_at_h(self, m: _Match) -> _Cand | None:
        h = _wnum(m["h"])
        mi = _wnum(m["m"].replace("oh", "")) if m["m"] else None
        if h is None or (mi is not None and mi > 59):
            return None
        if mi is not None and not _RE67.match(self.text[m.end() : m.end() + 10]):
            mi = None
        start = m.start("h")
        return _mk(
            start,
            m.end() if mi is not None else m.end("h"),
            "TIME",
            "time",
            _time_str(h, mi, None),
            kind="time",
            hms=(h, mi, None),
            weak=mi is None,
        )

    def _h_h_bare(self, m: _Match) -> _Cand | None:
        if _NOUN_BEFORE_NUM.search(self.text, max(0, m.start() - 20), m.start()):
            return None  # 'building 4 this afternoon': a number, not a clock time
        h = _wnum(m["h"])
        mi = _wnum(m["m"].replace("oh", "")) if m["m"] else None
        if h is None or (mi is not None and mi > 59):
            return None
        return _mk(
            m.start(),
            m.end(),
            "TIME",
            "time",
            _time_str(h, mi, None),
            kind="time",
            hms=(h, mi, None),
            weak=True,
        )

    def _h_mdd(self, m: _Match) -> _Cand | None:
        mo = _MONTHS[m["mon"].lower().rstrip(".")]
        d1, d2 = _wnum(m["d1"]), _wnum(m["d2"])
        if d1 is None or d2 is None or not (1 <= d1 < d2 <= 31):
            return None
        if _is_weak_month(self.doc, m) and not m["mon"][0].isupper():
            return None
        return self._day_range(m, mo, d1, d2, int(m["y"]) if m["y"] else None)

    def _h_ddm(self, m: _Match) -> _Cand | None:
        mo = _MONTHS[m["mon"].lower().rstrip(".")]
        d1, d2 = _wnum(m["d1"]), _wnum(m["d2"])
        if d1 is None or d2 is None or not (1 <= d1 < d2 <= 31):
            return None
        if m["conn"].lower() == "and" and not m["btw"]:
            # '18 and 19 June': two dates; the first day borrows the month (and
            # year), the second is tagged on its own as '19 June'
            if m["y"]:
                return self._full(m.start("d1"), m.end("d1"), int(m["y"]), mo, d1)
            v, dt = self.doc.month_day(mo, d1, m.start(), m.end())
            return _date_cand(m.start("d1"), m.end("d1"), v, dt)
        return self._day_range(m, mo, d1, d2, int(m["y"]) if m["y"] else None)

    def _day_range(
        self, m: _Match, mo: int, d1: int, d2: int, y: int | None
    ) -> _Cand | None:
        if y is None:
            _, dt = self.doc.month_day(mo, d1, m.start(), m.end())
            if dt is None:
                a, b = f"XXXX-{mo:02d}-{d1:02d}", f"XXXX-{mo:02d}-{d2:02d}"
                return _mk(
                    m.start(),
                    m.end(),
                    "DATE",
                    "day",
                    f"({a},{b},P{d2 - d1}D)",
                    kind="range",
                )
            y = dt.year
        a1, b1 = _safe_date(y, mo, d1), _safe_date(y, mo, d2)
        if a1 is None or b1 is None:
            return None
        return _mk(
            m.start(),
            m.end(),
            "DATE",
            "day",
            f"({a1.isoformat()},{b1.isoformat()},P{(b1 - a1).days}D)",
            kind="range",
        )

    def _h_num_drange(self, m: _Match) -> _Cand | None:
        def year(s: str | None) -> int | None:
            if not s:
                return None
            return int(s) if len(s) == 4 else self._two_digit_year(int(s))

        y1, y2 = year(m["y1"]), year(m["y2"]) or year(m["y3"])
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
            if self.ref is None:
                return None
            _, dt = self.doc.month_day(mo1, d1, m.start(), m.end())
            if dt is None:
                return None
            y1 = dt.year
            y2 = y1 + (1 if (mo2, d2) < (mo1, d1) else 0)
        a, b = _safe_date(y1, mo1, d1), _safe_date(y2, mo2, d2)
        if a is None or b is None or b < a:
            return None
        return _mk(
            m.start(),
            m.end(),
            "DATE",
            "day",
            f"({a.isoformat()},{b.isoformat()},P{(b - a).days}D)",
            kind="range",
        )

    def _h_trange_c(self, m: _Match) -> _Cand | None:
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
                before = self.text[max(0, m.start() - 14) : m.start()]
                if h2 > h1 and conn != "and" and _RE69.search(before):
                    start = m.start("h1")
                    return _mk(
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
            after = self.text[m.end() : m.end() + 25]
            if not _RE68.match(after):
                return None
        h1a, k1 = _apply_ampm(h1, ap1)
        h2a, k2 = _apply_ampm(h2, ap2)
        if h1a > 23 or h2a > 24:
            return None
        start = m.start("h1")
        return _mk(
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

    def _h_ampm_ctx(self, m: _Match) -> _Cand | None:
        return self._time(m, int(m["h"]), None, None, m["ap"])

    # ---- composition ------------------------------------------------------

    def _merge(self, cands: list[_Cand]) -> list[_Cand]:
        text = self.text
        out: list[_Cand] = []
        i = 0
        cands = sorted(cands, key=lambda c: c.start)
        while i < len(cands):
            cur = cands[i]
            j = i + 1
            while j < len(cands):
                nxt = cands[j]
                gap = text[cur.end : nxt.start]
                merged = self._combine(cur, nxt, gap)
                if merged is None:
                    break
                cur = merged
                j += 1
            out.append(cur)
            i = j
        return out

    def _combine(self, a: _Cand, b: _Cand, gap: str) -> _Cand | None:
        g = _RE2.sub(" ", gap.lower()).strip()
        if len(gap) > 40:
            return None
        a_day = a.day is not None and a.type == "DATE"
        b_day = b.day is not None and b.type == "DATE"
        a_time = a.kind in ("time", "trange") and a.hms is not None
        b_time = b.kind in ("time", "trange") and b.hms is not None
        # weekday + explicit date ('Monday, Feb 18', 'Jul 18, Fri')
        if (
            a.kind == "weekday"
            and b.kind in ("md", "mdy", "date")
            and g in ("", ",", "the", "(", "-")
        ):
            if b.ymd is None and a.date is not None and b.date is not None:
                # 'Monday two weeks from now': that weekday in the week reached
                return self._wd_in_week(a.date.isoweekday(), b, a.start, b.end)
            return _replace(b, start=a.start, weak=False)
        if (
            a.kind == "date"
            and a.ymd is None
            and a.date is not None
            and b.kind == "weekday"
            and b.date is not None
            and g == "on"
            and _WD_ONLY.fullmatch(self.text, b.start, b.end)
        ):
            # 'in 3 days on Friday': the Friday of the week three days from now
            return self._wd_in_week(b.date.isoweekday(), a, a.start, b.end)
        if (
            a.kind in ("md", "mdy", "date")
            and b.kind == "weekday"
            and g in (",", "", "(")
        ):
            end = b.end + (1 if text_at(self.text, b.end) == ")" else 0)
            return _replace(a, end=end)
        # date + time
        if a_day and b_time and _RE70.fullmatch(g):
            return self._with_time(a, b, a.start, b.end)
        if a_time and b_day and _RE71.fullmatch(g):
            return self._with_time(b, a, a.start, b.end)
        # date + part of day
        if a_day and b.kind == "pod" and b.day is None and _RE72.fullmatch(g):
            return _mk(
                a.start,
                b.end,
                "TIME",
                "time",
                f"{a.day}T{b.pod}",
                kind="pod",
                pod=b.pod,
                day=a.day,
                date=a.date,
            )
        if a.kind == "pod" and a.day is None and b_day and _RE73.fullmatch(g):
            return _mk(
                a.start,
                b.end,
                "TIME",
                "time",
                f"{b.day}T{a.pod}",
                kind="pod",
                pod=a.pod,
                day=b.day,
                date=b.date,
            )
        # 'Tuesday at 2' + 'in the afternoon': the part of day sets the hour
        if (
            a.kind == "time_full"
            and a.hms is not None
            and a.pod is not None
            and b.kind == "pod"
            and b.day is None
            and g in ("", "in the")
        ):
            h, mi, s = a.hms
            if not a.ampm:
                h = _pod_hour(h, b.pod)
            return _mk(
                a.start,
                b.end,
                "TIME",
                "time",
                a.pod + _time_str(h, mi or 0, s),
                kind="time_full",
                date=a.date,
                hms=(h, mi, s),
                ampm=True,
                pod=a.pod,
            )
        # part of day + time, time + part of day
        if a.kind == "pod" and b_time and _RE74.fullmatch(g):
            return self._pod_time(a, b, a.start, b.end)
        if a_time and b.kind == "pod" and _RE75.fullmatch(g):
            return self._pod_time(b, a, a.start, b.end)
        # 'a two-week ceasefire starting Friday', 'for 3 days, from today': a
        # stretch of time laid down from a start day
        if (
            a.kind == "dur"
            and b.type == "DATE"
            and b.date is not None
            and b.gran == "day"
            and not _TIME_NEXT.match(self.text, b.end)
            and (
                _DUR_START.fullmatch(g)
                or (
                    g in ("from", ", from")
                    and _FOR_BEFORE.search(self.text, 0, a.start)
                )
            )
        ):
            r = self._dur_from(a, b)
            if r is not None:
                return r
        # offset + date: 'three days after Easter', 'two years after 2011'
        if (
            a.kind == "dur"
            and g in ("after", "before", "from", "since", "from the")
            and (b.date is not None or b.kind == "year")
            and self.text[b.end : b.end + 2] not in ("'s", "\u2019s")
        ):
            return self._offset(a, b, g.split()[0])
        # recurring day + time: 'every Monday at 4pm', 'Thursdays at 17.30'
        if a.type == "SET" and b_time and b.kind == "time" and _RE76.fullmatch(g):
            return self._set_time(a, b, a.start, b.end)
        if b.type == "SET" and a_time and a.kind == "time" and g in ("", ","):
            return self._set_time(b, a, a.start, b.end)
        return None

    def _dur_from(self, a: _Cand, b: _Cand) -> _Cand | None:
        m = _RE77.fullmatch(a.value)
        if m is None or b.date is None:
            return None
        n, u = int(m[1]), m[2]
        lo = b.date
        if u in ("D", "W"):
            hi = lo + datetime.timedelta(days=n if u == "D" else 7 * n)
        else:
            hi = _add_months(lo, n if u == "M" else 12 * n)
        value = f"({lo.isoformat()},{hi.isoformat()},{a.value})"
        return _mk(a.start, b.end, "DATE", "day", value, kind="range")

    def _wd_in_week(self, wd: int, c: _Cand, start: int, end: int) -> _Cand:
        assert c.date is not None
        d = _monday(c.date) + datetime.timedelta(days=wd - 1)
        v = d.isoformat()
        return _mk(start, end, "DATE", "day", v, kind="date", day=v, date=d)

    def _set_time(self, st: _Cand, t: _Cand, start: int, end: int) -> _Cand | None:
        """'every Monday at 4pm' -> XXXX-WXX-1T16, 'every day at 7pm' -> T19."""
        h, mi, sec = t.hms  # type: ignore[misc]
        if st.value.startswith("XXXX-"):
            base = st.value
        elif st.value in ("P1D", "TMO", "TAF", "TEV", "TNI"):
            base = ""
            if not t.ampm and st.value != "P1D":
                h = _pod_hour(h, st.value[1:])
        else:
            return None
        return _mk(start, end, "SET", "set", base + _time_str(h, mi, sec), kind="set")

    def _offset(self, a: _Cand, b: _Cand, rel: str) -> _Cand | None:
        m = _RE77.fullmatch(a.value)
        if not m:
            return None
        n, u = int(m[1]), m[2]
        sign = -1 if rel == "before" else 1
        if b.date is None:
            if u != "Y" or not _RE10.fullmatch(b.value):
                return None
            y = int(b.value) + sign * n
            return _mk(a.start, b.end, "DATE", "year", f"{y:04d}", kind="year")
        if u == "D":
            d = b.date + datetime.timedelta(days=sign * n)
        elif u == "W":
            d = b.date + datetime.timedelta(days=sign * 7 * n)
        elif u == "M":
            d = _add_months(b.date, sign * n)
        else:
            d = _add_months(b.date, sign * 12 * n)
        return _mk(
            a.start,
            b.end,
            "DATE",
            "day",
            d.isoformat(),
            kind="date",
            day=d.isoformat(),
            date=d,
        )

    def _with_time(self, d: _Cand, t: _Cand, start: int, end: int) -> _Cand:
        assert t.hms is not None and d.day is not None
        h, mi, s = t.hms
        if d.pod and not t.ampm:
            h = _pod_hour(h, d.pod)
        if t.kind == "trange" and t.hms2 is not None:
            return self._trange(
                start, end, t.hms, t.hms2, t.ampm, t.ampm2, d.day, d.pod, d.date
            )
        return _mk(
            start,
            end,
            "TIME",
            "time",
            d.day + _time_str(h, mi or 0, s),
            kind="time_full",
            date=d.date,
            hms=(h, mi, s),
            # a bare hour ('Tuesday at 2') stays open to a later part of day
            ampm=t.ampm or d.pod is not None,
            pod=d.day,
        )

    def _pod_time(self, p: _Cand, t: _Cand, start: int, end: int) -> _Cand:
        assert t.hms is not None
        if t.kind == "trange" and t.hms2 is not None:
            return self._trange(
                start, end, t.hms, t.hms2, t.ampm, t.ampm2, p.day, p.pod, p.date
            )
        h, mi, s = t.hms
        if not t.ampm:
            h = _pod_hour(h, p.pod)
        if p.day is not None:
            return _mk(
                start,
                end,
                "TIME",
                "time",
                p.day + _time_str(h, mi or 0, s),
                kind="time_full",
                date=p.date,
                hms=(h, mi, s),
                ampm=True,
                pod=p.day,
            )
        return _mk(
            start,
            end,
            "TIME",
            "time",
            _time_str(h, mi, s),
            kind="time",
            hms=(h, mi, s),
            ampm=True,
        )

    # ---- ranges -------------------------------------------------------------

    def _ranges(self, cands: list[_Cand]) -> list[_Cand]:
        """Join 'X to Y', 'between X and Y', 'X - Y' into one interval."""
        text = self.text
        out: list[_Cand] = []
        i = 0
        while i < len(cands):
            a = cands[i]
            if i + 1 < len(cands):
                b = cands[i + 1]
                gap = text[a.end : b.start]
                if _RANGE_GAP.fullmatch(gap):
                    conn = gap.strip().lower()
                    pre = text[max(0, a.start - 10) : a.start].lower()
                    if conn != "and" or _RE78.search(pre):
                        r = self._range(a, b)
                        if r is not None:
                            out.append(r)
                            i += 2
                            continue
            if (
                self.ref is not None
                and a.type == "DATE"
                and a.kind != "range"
                and (tail := _TO_DATE.match(text, a.end))
                and _FROM_BEFORE.search(text, max(0, a.start - 8), a.start)
            ):
                # 'from March to date': the interval up to the publication day
                now = _date_cand(
                    tail.start(1), tail.end(), self.ref.isoformat(), self.ref
                )
                r = self._range(a, now)
                if r is not None:
                    out.append(r)
                    i += 1
                    continue
            out.append(a)
            i += 1
        return out

    def _range(self, a: _Cand, b: _Cand) -> _Cand | None:
        if a.type == "TIME" or b.type == "TIME":
            return self._time_range(a, b)
        if (
            a.type != "DATE"
            or b.type != "DATE"
            or a.kind == "range"
            or b.kind == "range"
        ):
            return None
        a, b = self._inherit(a, b)
        if (
            b.kind == "weekday"
            and a.date is not None
            and b.date is not None
            and b.date < a.date
            and _WD_ONLY.fullmatch(self.text, b.start, b.end)
        ):
            # 'from next Monday to Friday': a bare weekday ends after the start
            d = b.date + datetime.timedelta(
                days=7 * (((a.date - b.date).days + 6) // 7)
            )
            b = _replace(b, value=d.isoformat(), day=d.isoformat(), date=d)
        pa = _point(a.value, self.ref)
        pb = _point(b.value, self.ref)
        if pa is None or pb is None:
            return None
        (sa, ga), (sb, gb) = pa, pb
        if a.mod == "END":
            sa = _next_period(sa, ga)
        if b.mod == "END":
            sb = _next_period(sb, gb)
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
        return _mk(a.start, b.end, "DATE", gran, value, kind="range")

    def _parts_of(self, cands: list[_Cand]) -> list[_Cand]:
        """'the first two weeks of 2021', 'the last four months of the year'.

        The stretch named is a stretch of calendar time, so it becomes the
        interval it covers instead of a bare duration beside a separate year.
        """
        text = self.text
        out: list[_Cand] = []
        i = 0
        while i < len(cands):
            a = cands[i]
            edge = _FIRST_LAST.match(text, a.start) if a.kind == "dur" else None
            dur = _RE77.fullmatch(a.value) if edge else None
            if edge and dur:
                b = cands[i + 1] if i + 1 < len(cands) else None
                period: tuple[str, int] | None = None
                if (
                    b is not None
                    and b.type == "DATE"
                    and _OF_GAP.fullmatch(text, a.end, b.start)
                ):
                    period = (b.value, b.end)
                elif self.ref and (y := _OF_THE_YEAR.match(text, a.end)):
                    period = (f"{self.ref.year:04d}", y.end())
                if period is not None:
                    first = edge.group(1).lower() == "first"
                    n, unit = int(dur[1]), dur[2]
                    span = _part_of(period[0], first, n, unit)
                    if span is not None:
                        lo, hi = span
                        out.append(
                            _mk(
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

    def _inherit(self, a: _Cand, b: _Cand) -> tuple[_Cand, _Cand]:
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
                return self._rebuild(a, by[0]), b
            return a, b
        if ay[0] is None and by[0] is not None:
            return self._rebuild(a, by[0] - (1 if ay[1] > by[1] else 0)), b
        if by[0] is None and ay[0] is not None:
            return a, self._rebuild(b, ay[0] + (1 if by[1] < ay[1] else 0))
        if ay[0] is None and by[0] is None and a.value[:4].isdigit():
            ya = int(a.value[:4])
            later = (by[1], by[2] or 0) < (ay[1], ay[2] or 0)
            return a, self._rebuild(b, ya + (1 if later else 0))
        return a, b

    def _rebuild(self, c: _Cand, y: int) -> _Cand:
        assert c.ymd is not None
        _, mo, d = c.ymd
        if mo is None:
            return c
        if d:
            dt = _safe_date(y, mo, d)
            v = f"{y:04d}-{mo:02d}-{d:02d}"
            return _replace(c, value=v, date=dt, day=v, ymd=(y, mo, d))
        return _replace(c, value=f"{y:04d}-{mo:02d}", ymd=(y, mo, None))

    def _time_range(self, a: _Cand, b: _Cand) -> _Cand | None:
        if a.hms is None or b.hms is None or a.kind == "trange" or b.kind == "trange":
            return None
        if a.kind not in ("time", "time_full") or b.kind not in ("time", "time_full"):
            return None
        a_date = a.date if a.kind == "time_full" else None
        if (
            a_date is None
            and b.kind == "time_full"
            and self.ref is not None
            and not self.text[b.start : b.end][:1].isdigit()
        ):
            # '2pm till tomorrow 4:30pm': a day written before the end time
            # belongs to the end only; the start is on the publication day
            a_date = self.ref
        if (
            a_date is not None
            and b.kind == "time_full"
            and b.date is not None
            and a_date != b.date
        ):
            return self._cross_day_range(a, b, a_date, b.date)
        day = (
            a.pod if a.kind == "time_full" else b.pod if b.kind == "time_full" else None
        )
        date = a.date if a.kind == "time_full" else b.date
        return self._trange(
            a.start, b.end, a.hms, b.hms, a.ampm, b.ampm, day, None, date
        )

    def _cross_day_range(
        self, a: _Cand, b: _Cand, da: datetime.date, db: datetime.date
    ) -> _Cand | None:
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
            f"({da.isoformat()}{_time_str(h1, m1, s1)},"
            f"{db.isoformat()}{_time_str(h2, m2, s2)},{dur})"
        )
        return _mk(a.start, b.end, "TIME", "time", value, kind="trange_done", date=da)

    def _trange(
        self,
        start: int,
        end: int,
        t1: tuple[int, int | None, int | None] | None,
        t2: tuple[int, int | None, int | None],
        k1: bool,
        k2: bool,
        day: str | None,
        pod: str | None,
        date: datetime.date | None,
    ) -> _Cand:
        assert t1 is not None
        h1, m1, s1 = t1
        h2, m2, s2 = t2
        if pod and not k1:
            h1 = _pod_hour(h1, pod)
            k1 = True
        if pod and not k2:
            h2 = _pod_hour(h2, pod)
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
            f"({prefix}{_time_str(h1, m1, s1)},{prefix}{_time_str(h2, m2, s2)},{dur})"
        )
        return _mk(start, end, "TIME", "time", value, kind="trange_done", date=date)

    # ---- narrative anchoring ------------------------------------------------

    def _h_anchored(self, m: _Match) -> _Cand | None:
        mod = (m["mod"] or m["dir"] or "").lower()
        unit = (m["unit"] or "day").lower()
        off = 1 if mod in ("next", "following", "after") else -1
        c = _mk(m.start(), m.end(), "DATE", unit, "", kind="rel", prio=1)
        c.offset = (off, unit, "unit")
        return c

    def _anchor(self, c: _Cand, anchor: datetime.date | None) -> None:
        """Resolve 'the next day', 'a year earlier' against the last date seen."""
        assert c.offset is not None
        n, unit, how = c.offset
        base = anchor or self.ref
        if how == "shift":
            # a later-than-anchor date needs an anchor: 'later than planned' has none
            if n > 0 and anchor is None:
                c.offset = None
                return
            res = self._shift(abs(n), unit, 1 if n > 0 else -1, base)
            if res is not None:
                c.value, c.gran, c.date = res
                c.type = "TIME" if c.gran == "time" else "DATE"
                c.kind = "rel"
            return
        if base is None:
            c.value = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}.get(
                unit, "XXXX"
            )
            return
        if unit == "day":
            d = base + datetime.timedelta(days=int(n))
            c.value, c.gran, c.date = d.isoformat(), "day", d
            return
        got = self._unit_value(unit, int(n), base)
        if got is not None:
            c.value, c.gran = got

    # ---- finishing --------------------------------------------------------

    def _finish(self, cands: list[_Cand]) -> list[_Cand]:
        out: list[_Cand] = []
        anchor: datetime.date | None = None
        for c in cands:
            if c.offset is not None:
                self._anchor(c, anchor)
            if c.type == "DATE" and not c.weak:
                pt = _point(c.value, None) if c.kind != "range" else None
                if pt is not None:
                    anchor = pt[0]
            if c.weak:
                continue
            if c.kind == "trange" and c.hms is not None and c.hms2 is not None:
                c = self._trange(
                    c.start, c.end, c.hms, c.hms2, c.ampm, c.ampm2, None, None, None
                )
            # A clock time with no day stays 'T15:30': anchoring it to the
            # publication day would often be wrong (news reports past days).
            if not c.value:
                continue
            out.append(c)
        return out


_RANGE_GAP = re.compile(
    r"\s*(?:-|\u2013|\u2014|~|to|through|thru|till|til|until|untill|and"
    r"|through\s+to)\s*",
    re.I,
)


def _point(value: str, ref: datetime.date | None) -> tuple[datetime.date, str] | None:
    """Start of the period a DATE value names, with its granularity."""
    if value == "PRESENT_REF":
        return (ref, "day") if ref else None
    m = _RE6.fullmatch(value)
    if m:
        y, mo, d = int(m[1]), m[2], m[3]
        dt = _safe_date(y, int(mo or 1), int(d or 1))
        if dt is None:
            return None
        return dt, "day" if d else "month" if mo else "year"
    m = _RE7.fullmatch(value)
    if m:
        return datetime.date(int(m[1]), 3 * int(m[2]) - 2, 1), "quarter"
    m = _RE8.fullmatch(value)
    if m:
        try:
            return datetime.date.fromisocalendar(int(m[1]), int(m[2]), 1), "week"
        except ValueError:
            return None
    return None


_DUR_START = re.compile(
    r",?\s*(?:starting|beginning|commencing)(?:\s+(?:on|from))?", re.I
)
_TO_DATE = re.compile(
    r"\s+(?:to|till|until|through)\s+(date|(?:the\s+)?current\s+date)\b", re.I
)
_FROM_BEFORE = re.compile(r"\b(?:from|since)\s+$", re.I)
_LATER_OF = re.compile(
    r"\s+(?:this|next|that)\s+(?:week|month|year|quarter|morning|afternoon|evening)\b"
    r"|\s+in\s+the\s+(?:week|month|year|day|morning|afternoon|evening)\b",
    re.I,
)
_TIME_NEXT = re.compile(r",?\s*(?:at|@|from|between)?\s*\d", re.I)
_FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:a|an|the|another)\s+)?$", re.I)
_MD_REL = re.compile(r"\b(next|coming|last|this)\s+$", re.I)
_YEAR_VALUE = re.compile(r"\d{4}")
_MONTH_VALUE = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")
_FIRST_LAST = re.compile(r"(?:the\s+)?(first|last|final)\s", re.I)
_OF_GAP = re.compile(r"\s+of\s+", re.I)
_OF_THE_YEAR = re.compile(r"\s+of\s+the\s+(?:current\s+)?year\b", re.I)


def _part_of(
    period: str, first: bool, n: int, unit: str
) -> tuple[datetime.date, datetime.date] | None:
    """[start, end) of the first or last n days/weeks/months of a year or month.

    Weeks are ISO weeks, so 'the first two weeks of 2021' starts on Monday
    2021-01-04. None when the stretch does not fit inside the period.
    """
    if n < 1:
        return None
    if _YEAR_VALUE.fullmatch(period):
        y = int(period)
        if not 1 <= y < 9999:
            return None
        lo, hi = datetime.date(y, 1, 1), datetime.date(y + 1, 1, 1)
        if unit == "W":
            lo = datetime.date.fromisocalendar(y, 1, 1)
            hi = datetime.date.fromisocalendar(y + 1, 1, 1)
    elif _MONTH_VALUE.fullmatch(period) and unit == "D":
        lo = datetime.date(int(period[:4]), int(period[5:]), 1)
        hi = _add_months(lo, 1)
    else:
        return None
    if unit == "M":
        if n > 12:
            return None
        return (lo, _add_months(lo, n)) if first else (_add_months(hi, -n), hi)
    step = datetime.timedelta(days=n if unit == "D" else 7 * n)
    if step > hi - lo:
        return None
    return (lo, lo + step) if first else (hi - step, hi)


def _next_period(d: datetime.date, gran: str) -> datetime.date:
    if gran == "year":
        return datetime.date(d.year + 1, 1, 1)
    if gran == "quarter":
        return _add_months(d, 3)
    if gran == "month":
        return _add_months(d, 1)
    if gran == "week":
        return d + datetime.timedelta(days=7)
    return d + datetime.timedelta(days=1)


_ABBR = frozenset(
    {
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "jr",
        "st",
        "am",
        "pm",
        "ad",
        "bc",
        "bce",
        "ce",
    }
)


def text_at(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else ""


def _replace(c: _Cand, **kw: object) -> _Cand:
    d = {f: getattr(c, f) for f in c.__slots__}  # type: ignore[attr-defined]
    d.update(kw)
    return _Cand(**d)  # type: ignore[arg-type]


def _iso_duration(parts: list[tuple[float | None, str]]) -> str:
    """[(3, 'Y'), (2, 'M')] -> 'P3Y2M'; a None quantity gives 'X'."""
    date_part, time_part = "", ""
    for n, u in parts:
        if u == "F":
            n, u = (None if n is None else n * 2), "W"
        if u == "Q":
            n, u = (None if n is None else n * 3), "M"
        q = "X" if n is None else _num(n)
        if u in ("H", "TM", "S"):
            time_part += q + {"H": "H", "TM": "M", "S": "S"}[u]
        else:
            date_part += q + u
    return "P" + date_part + ("T" + time_part if time_part else "")


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest non-overlapping candidates, ties broken by priority then position."""
    cands.sort(key=lambda c: (-(c.end - c.start) - 3 * c.prio, c.weak, c.start))
    taken: list[tuple[int, int]] = []
    chosen: list[_Cand] = []
    for c in cands:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


# Bound once: looking the handler up by name per pattern and document showed in
# profiles of large batches.
_HANDLERS: dict[str, Callable[[_Tagger, _Match], Any]] = {
    name: getattr(_Tagger, "_h_" + name) for name in _P
}
_ANY_DIGIT = re.compile(r"\d")
_HOLIDAYS_RE = [(re.compile(pat, re.I), f) for pat, f in _HOLIDAYS]
_ORD_DAY = re.compile(rf"{_ORD}|(?:twenty|thirty)[\s-]+\w+", re.I)


def _needed_seq(items: Any) -> list[frozenset[str]]:
    """Sets of strings one of which every match of the regex items contains."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre_c.LITERAL:
            run.append(chr(av))
            continue
        if run:  # a run of literals is matched as one contiguous string
            found.append(frozenset(["".join(run)]))
            run = []
        need = None
        # everything a required part needs, the whole needs
        if op is _sre_c.SUBPATTERN:
            if not av[1] & _sre_c.SRE_FLAG_IGNORECASE:
                found.extend(_needed_seq(av[3]))
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, _sre_c.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                found.extend(_needed_seq(av[2]))
        elif op is _sre_c.ATOMIC_GROUP:
            found.extend(_needed_seq(av))
        elif op is _sre_c.ASSERT:  # a lookaround also reads the text
            found.extend(_needed_seq(av[1]))
        elif op is _sre_c.IN and all(o is _sre_c.LITERAL for o, _ in av):
            need = frozenset(chr(c) for _, c in av)
        elif op is _sre_c.BRANCH:
            alts = [_needed(alt) for alt in av[1]]
            if all(alt is not None for alt in alts):
                need = frozenset().union(*alts)  # type: ignore[arg-type]
        if need is not None:
            found.append(need)
    if run:
        found.append(frozenset(["".join(run)]))
    return found


def _needed(items: Any) -> frozenset[str] | None:
    """The most selective of `_needed_seq`, or None if nothing is needed."""
    found = _needed_seq(items)
    if not found:
        return None
    return max(found, key=lambda d: (min(map(len, d)), -len(d)))


def _pattern_needs(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of strings of which the text must contain one each for `pattern` to
    match anywhere, the most selective first."""
    if _sre_p is None:
        return ()
    try:
        parsed = _sre_p.parse(pattern)
        if parsed.state.flags & _sre_c.SRE_FLAG_IGNORECASE:
            return ()
        found = set(_needed_seq(parsed.data))
    except Exception:  # an unknown regex AST: skip nothing, stay correct
        return ()
    return tuple(sorted(found, key=lambda d: (-min(map(len, d)), len(d), sorted(d))))


# Parsing every pattern again for `_pattern_needs` would cost a third of this
# module's import time, so the results ship in timex_needs.json, keyed by a hash of
# the pattern. A pattern missing there (edited since) is parsed as before; the
# test suite fails until `make timex-needs` rewrites the file.
_NEEDS_FILE = Path(__file__).with_name("timex_needs.json")


def _pattern_key(pattern: str) -> str:
    return hashlib.sha256(pattern.encode("utf-8")).hexdigest()[:24]


def _shipped_needs() -> dict[str, list[list[str]]]:
    try:
        table = json.loads(_NEEDS_FILE.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


def _needs_of(
    pattern: str, shipped: dict[str, list[list[str]]]
) -> tuple[frozenset[str], ...]:
    found = shipped.get(_pattern_key(pattern))
    if found is None or _sre_p is None:
        return _pattern_needs(pattern)
    return tuple(frozenset(need) for need in found)


def needs_table() -> dict[str, list[list[str]]]:
    """The content of timex_needs.json for the patterns as they are now."""
    return {
        _pattern_key(pattern): [sorted(need) for need in _pattern_needs(pattern)]
        for pattern in sorted(_PL.values())
    }


def write_needs_table() -> None:
    """Rewrite timex_needs.json (`make timex-needs`) after editing a pattern."""
    text = json.dumps(needs_table(), sort_keys=True, indent=1)
    _NEEDS_FILE.write_text(text + "\n", encoding="utf-8")


_SHIPPED_NEEDS = _shipped_needs()

# Per pattern: the gate words (any of which enables it) or None, the sets of
# strings of which the lower-cased text must contain one each to match, the lower-case
# pattern, the original pattern and the handler.
_PLAN: tuple[
    tuple[
        frozenset[str] | None,
        tuple[frozenset[str], ...],
        str,
        str,
        Any,
    ],
    ...,
] = tuple(
    (
        frozenset(_GATES[name]) if name in _GATES else None,
        _needs_of(_PL[name], _SHIPPED_NEEDS),
        _PL[name],
        _P[name],
        _HANDLERS[name],
    )
    for name in _P
)
# Every string whose presence the driver tests, looked up once per document.
_GATE_STRS: tuple[str, ...] = tuple(
    sorted(
        {g for words in _GATES.values() for g in words if g not in _FLAG_GATES}
        | {g for plan in _PLAN for need in plan[1] for g in need}
    )
)

# A string of letters occurs in the text iff it occurs in one of the text's
# maximal letter runs; the others are only looked for when their longest letter
# run occurs. `present` may hold extra strings, but only ones the text contains.
_ALPHA_RUN = re.compile(r"[a-z]+")
_OTHER_STRS: tuple[tuple[str | None, str], ...] = tuple(
    (max(_ALPHA_RUN.findall(g), key=len, default=None), g)
    for g in _GATE_STRS
    if not _ALPHA_RUN.fullmatch(g)
)
_INDEX_STRS = frozenset(g for g in _GATE_STRS if _ALPHA_RUN.fullmatch(g)) | {
    run for run, _ in _OTHER_STRS if run is not None
}
_INDEX_LENS = tuple(sorted({len(g) for g in _INDEX_STRS}))


# One bit per string (and flag): a text's strings are the OR of its words' bits.
_BIT: dict[str, int] = {
    g: 1 << i
    for i, g in enumerate(sorted(_INDEX_STRS | set(_GATE_STRS) | set(_FLAG_GATES)))
}


def _mask(strs: Iterator[str] | frozenset[str] | tuple[str, ...]) -> int:
    out = 0
    for g in strs:
        out |= _BIT[g]
    return out


_OTHER_BITS: tuple[tuple[int, str, int], ...] = tuple(
    (_BIT[run] if run is not None else 0, g, _BIT[g]) for run, g in _OTHER_STRS
)
# `_PLAN` with masks: the gate (0 if ungated), the needs; the patterns, the handler.
_RUN_PLAN: tuple[tuple[int, tuple[int, ...], str, str, Any], ...] = tuple(
    (
        _mask(gate) if gate is not None else 0,
        tuple(_mask(need) for need in needs),
        pl,
        p,
        handler,
    )
    for gate, needs, pl, p, handler in _PLAN
)
_DIGIT_BIT, _MONTH_BIT, _WD_BIT = _BIT[_DIGIT], _BIT[_MONTHW], _BIT[_WDW]


@functools.lru_cache(maxsize=1 << 14)
def _token_info(tok: str) -> tuple[int, bool]:
    """The bits of the `_INDEX_STRS` in the letter run `tok`; whether it is a
    trigger word for `_segments`."""
    n = len(tok)
    subs = {tok[i : i + k] for k in _INDEX_LENS if k <= n for i in range(n - k + 1)}
    is_trigger = tok in _TRIGGER_WORDS or tok.startswith(_TRIGGER_PREFIXES)
    return _mask(_INDEX_STRS.intersection(subs)), is_trigger


def find_timexes(
    text: str,
    reference: datetime.date | None,
    *,
    future: Callable[[int], bool] | None = None,
) -> list[Timex]:
    """Tag and normalize the temporal expressions of an English news text.

    Args:
        text: The document text.
        reference: The publication date that relative expressions are resolved
            against, or None; then anything that needs it keeps an ``XXXX`` form.
        future: Optional oracle telling whether the clause at a character offset
            is future tense. Without it a cheap local cue search is used.

    Returns:
        Non-overlapping expressions sorted by start offset.
    """
    if isinstance(reference, datetime.datetime):
        reference = reference.date()
    doc = _Doc(text, reference, future)
    found = _Tagger(doc).run()
    out: list[Timex] = []
    for c in found:
        s, e = c.start, c.end
        # trim whitespace and trailing punctuation the patterns may have swallowed
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:("):
            e -= 1
        if e - s > 1 and text[e - 1] == ".":
            word = _RE9.search(text[s:e])
            if word is None or (
                len(word.group(1)) > 1 and word.group(1).lower() not in _ABBR
            ):
                e -= 1
        if e <= s:
            continue
        out.append(
            Timex(
                start=s,
                end=e,
                text=text[s:e],
                value=c.value,
                type=c.type,
                granularity=c.gran,
            )
        )
    return out
