"""English words and tables: numbers, months, weekdays, units, holidays, cue words."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .candidates import squash_spaces
from .values import bosses_day, easter, nth_weekday


# Patterns the helpers below use, compiled once.
ORDINAL_FIGURE = re.compile(r"(\d+)\s?(?:st|nd|rd|th)?")


WORD_SEPARATOR = re.compile(r"[\s-]+")


AND_A_FRACTION = re.compile(r"\s+and\s+(?:a\s+)?(half|quarter)$")


DECIMAL = re.compile(r"\d+(?:\.\d+)?")


LAST_WORD_DOT = re.compile(r"([A-Za-z]+)\.$")


EDGE_END = re.compile(r"end|late")


EDGE_START = re.compile(r"beginning|start|early")


SMALL_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip


TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip


ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}  # fmt: skip


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip


WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3,
    "wed": 3, "weds": 3, "thursday": 4, "thu": 4, "thur": 4, "thurs": 4,
    "friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip


# Abbreviations that are also ordinary English words need corroboration.
WEAK_WEEKDAYS = frozenset({"sat", "sun", "wed", "mon"})


SEASONS = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


PARTS_OF_DAY = {
    "morning": "MO", "mornings": "MO", "afternoon": "AF", "afternoons": "AF",
    "evening": "EV", "evenings": "EV", "night": "NI", "nights": "NI",
    "tonight": "NI", "tonite": "NI", "overnight": "NI", "daytime": "DT",
    "night-time": "NI", "nighttime": "NI", "lunchtime": "MI", "lunch": "MI",
}  # fmt: skip


UNITS = {
    "second": "S", "seconds": "S", "sec": "S", "secs": "S", "minute": "TM",
    "minutes": "TM", "min": "TM", "mins": "TM", "hour": "H", "hours": "H",
    "hr": "H", "hrs": "H", "day": "D", "days": "D", "night": "D", "nights": "D",
    "week": "W", "weeks": "W", "wk": "W", "wks": "W", "fortnight": "F",
    "fortnights": "F", "month": "M", "months": "M", "quarter": "Q",
    "quarters": "Q", "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y",
    "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
    "weekend": "WE", "weekends": "WE",
}  # fmt: skip


VAGUE_QUANTITIES = frozenset(
    {"few", "a few", "several", "some", "many", "dozens of", "hundreds of",
     "thousands of", "a number of", "numerous", "countless", "recent"}
)  # fmt: skip


def alternation(words: Iterator[str] | list[str] | set[str] | frozenset[str]) -> str:
    """Regex alternation, longest first so that prefixes never win."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


ONES_RE = alternation(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
)


CARDINAL_RE = (
    rf"(?:(?:{alternation(TENS)})(?:[\s-]+(?:{ONES_RE}))?"
    rf"|{alternation(SMALL_NUMBERS)})"
)


ORDINAL_ONES_RE = alternation(
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


ORDINAL_RE = (
    rf"(?:(?:twenty|thirty)[\s-]+(?:{ORDINAL_ONES_RE})"
    rf"|{alternation(ORDINALS)})"
)


TEENS_RE = alternation([w for w, n in SMALL_NUMBERS.items() if n >= 11] + ["twenty"])


YEAR_WORDS_RE = (
    rf"(?:two\s+thousand(?:\s+and)?(?:[\s-]+{CARDINAL_RE})?"
    rf"|(?:{TEENS_RE})\s+hundred(?:\s+and)?(?:[\s-]+{CARDINAL_RE})?"
    rf"|(?:{TEENS_RE})[\s-]+(?:{alternation(TENS)})(?:[\s-]+(?:{ONES_RE}))?"
    rf"|(?:{TEENS_RE})[\s-]+(?:"
    rf"{alternation([w for w, n in SMALL_NUMBERS.items() if n >= 10])}))"
)


MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)


MONTH_WORD_RE = rf"(?<![a-z$#@]){MONTH_RE}(?:\.(?!\d)|(?![a-z]))"


WEEKDAY_RE = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday|s)?|thu(?:r(?:s(?:day)?)?)?"
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
)


WEEKDAY_WORD_RE = rf"(?<![\w$#@]){WEEKDAY_RE}(?:\.|(?![a-z'\u2019]))"


DAY_NUMBER_RE = (
    r"(?<![\d.,$\u20ac\u00a3])(?:[12]\d|3[01]|0?[1-9])(?:\s?(?:st|nd|rd|th)(?![a-z]))?"
    r"(?![\d:]|\.\d|%)"
)


DAY_RE = rf"(?:{DAY_NUMBER_RE}|{ORDINAL_RE}|{CARDINAL_RE})"


MERIDIEM_RE = r"(?:[ap]\s?\.\s?m\s?\.|[ap]\.?\s?m\b\.?|[ap]\s+m\b|a(?![\w])|p(?![\w]))"


TIMEZONE_RE = (
    r"(?:\s*\(?(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST"
    r"|JST|AEST|AEDT|HKT|SGT|WIB|gmt|utc|bst|cet|est|edt|cst|cdt|pst"
    r"|pdt|ist|mst|mdt)\)?(?![\w]))?"
)


HOUR_WORD_RE = alternation(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve"]
)  # fmt: skip


QUANTITY_RE = (
    rf"(?<![\w:.,'\u2019/-])(?:(?:\d+[\s-]+)?[13]/[24](?![\d/])|\d*[\u00bc-\u00be]"
    rf"|\d+(?:\.\d+)?(?:\s+and\s+(?:a\s+)?half)?|an?|{CARDINAL_RE}(?:\s+and\s+(?:a\s+)?"
    r"(?:half|quarter))?|a\s+couple\s+of|couple\s+of|a\s+couple|couple|a\s+few|few|seve"
    r"ral"
    r"|some|many|a\s+dozen|dozens\s+of|hundreds\s+of|thousands\s+of|a\s+pair\s+of"
    r"|half\s+an?|a\s+half|numerous|a\s+number\s+of)"
)


UNIT_RE = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?"
    r"|fortnights?|months?|quarters?|years?|yrs?|decades?|century|centuries"
    r"|weekends?)"
)


def compile_ci(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


def word_number(s: str) -> int | None:
    """'twenty four' -> 24, 'thirty-first' -> 31, '12th' -> 12."""
    s = s.lower().strip()
    m = ORDINAL_FIGURE.fullmatch(s)
    if m:
        return int(m.group(1))
    total = 0
    seen = False
    for tok in WORD_SEPARATOR.split(s):
        if tok in ("", "and", "the"):
            continue
        if tok in SMALL_NUMBERS:
            total += SMALL_NUMBERS[tok]
        elif tok in TENS:
            total += TENS[tok]
        elif tok in ORDINALS:
            total += ORDINALS[tok]
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


def year_from_words(s: str) -> int | None:
    """'nineteen eighty six' -> 1986, 'two thousand and fifteen' -> 2015."""
    s = WORD_SEPARATOR.sub(" ", s.lower().strip())
    if "thousand" in s:
        return word_number(s)
    if "hundred" in s:
        head, _, tail = s.partition("hundred")
        a, b = word_number(head), word_number(tail) if tail.strip(" and") else 0
        return None if a is None or b is None else a * 100 + b
    first, _, rest = s.partition(" ")
    a, b = word_number(first), word_number(rest)
    return None if a is None or b is None else a * 100 + b


VULGAR_FRACTIONS = {"\u00bc": 0.25, "\u00bd": 0.5, "\u00be": 0.75}


FRACTION_QUANTITY = re.compile(r"(?:(\d+)[\s-]*)?([13]/[24]|[\u00bc-\u00be])")


def quantity(s: str) -> float | None:
    """Quantity words -> number; None means vague ('a few', 'several')."""
    s = squash_spaces(s.lower().strip())
    if s in VAGUE_QUANTITIES:
        return None
    if s in ("a", "an", "one"):
        return 1
    if s in ("a half",) or s.startswith("half "):
        return 0.5
    m = FRACTION_QUANTITY.fullmatch(s)
    if m:
        whole = int(m[1]) if m[1] else 0
        if m[2] in VULGAR_FRACTIONS:
            part = VULGAR_FRACTIONS[m[2]]
        else:
            part = int(m[2][0]) / int(m[2][2])
        return whole + part
    if "couple" in s or "pair" in s:
        return 2
    if "dozen" in s:
        return 12
    frac = 0.0
    m = AND_A_FRACTION.search(s)
    if m:
        frac = 0.5 if m.group(1) == "half" else 0.25
        s = s[: m.start()]
    if DECIMAL.fullmatch(s):
        return float(s) + frac
    n = word_number(s)
    return None if n is None else n + frac


# Holiday names that are also ordinary words or given names: only capitalized or
# with a year do they name the feast.
NAME_LIKE_HOLIDAYS = frozenset(
    {"lent", "holi", "purim", "eid", "passover", "onam", "pongal", "rakhi"}
)


HolidayDate = Callable[[int], datetime.date]


def fixed_day(m: int, d: int) -> HolidayDate:
    return lambda y: datetime.date(y, m, d)


def nth_weekday_in(m: int, wd: int, n: int) -> HolidayDate:
    return lambda y: nth_weekday(y, m, wd, n) or datetime.date(y, m, 1)


def days_after_easter(days: int) -> HolidayDate:
    return lambda y: easter(y) + datetime.timedelta(days=days)


@dataclass(frozen=True)
class Holiday:
    """One row of the holiday table.

    pattern: the names (a regex); date: the holiday's day in a given year, or None
    for lunar feasts (then only the year is known). gates: strings one of which
    every mention contains (the holiday rule runs only on texts with one);
    triggers: word prefixes, and trigger_words whole words, that mark the
    stretch of text worth scanning (engine.Scanner).
    """

    pattern: str
    date: HolidayDate | None
    gates: tuple[str, ...]
    triggers: tuple[str, ...] = ()
    trigger_words: tuple[str, ...] = ()


def _thanksgiving_plus(days: int) -> HolidayDate:
    return lambda y: nth_weekday_in(11, 4, 4)(y) + datetime.timedelta(days=days)


HOLIDAYS: tuple[Holiday, ...] = (
    Holiday(
        r"christmas\s+eve|xmas\s+eve",
        fixed_day(12, 24),
        ("christmas", "xmas"),
        ("christmas", "xmas"),
    ),
    Holiday(
        r"christmas(?:\s+day)?|xmas(?:\s+day)?",
        fixed_day(12, 25),
        ("christmas", "xmas"),
        ("christmas", "xmas"),
    ),
    Holiday(r"new\s+year'?s?\s+eve", fixed_day(12, 31), ("new year",)),
    Holiday(r"new\s+year'?s?\s+day", fixed_day(1, 1), ("new year",)),
    # only after 'before', 'over', ... (rules/holidays.py)
    Holiday(r"new\s+year'?s?", fixed_day(1, 1), ("new year",)),
    Holiday(r"halloween", fixed_day(10, 31), ("halloween",), ("halloween",)),
    Holiday(r"valentine'?s?\s+day", fixed_day(2, 14), ("valentine",), ("valentine",)),
    Holiday(
        r"(?:st\.?|saint)\s+(?:patrick|paddy)'?s?(?:\s+day)?",
        fixed_day(3, 17),
        ("patrick", "paddy"),
        ("patrick", "paddy"),
    ),
    Holiday(
        r"independence\s+day|(?:the\s+)?(?:fourth|4th)\s+of\s+july",
        fixed_day(7, 4),
        ("independence", "of july"),
        ("independence",),
    ),
    Holiday(r"boxing\s+day", fixed_day(12, 26), ("boxing",), ("boxing",)),
    Holiday(r"bastille\s+day", fixed_day(7, 14), ("bastille",), ("bastille",)),
    Holiday(r"canada\s+day", fixed_day(7, 1), ("canada day",)),
    Holiday(r"australia\s+day", fixed_day(1, 26), ("australia day",)),
    Holiday(r"anzac\s+day", fixed_day(4, 25), ("anzac",), ("anzac",)),
    Holiday(
        r"(?:veterans|remembrance|armistice)\s+day",
        fixed_day(11, 11),
        ("veterans", "remembrance", "armistice"),
        ("veterans", "remembrance", "armistice"),
    ),
    Holiday(r"earth\s+day", fixed_day(4, 22), ("earth day",), ("earth",)),
    Holiday(
        r"may\s+day|international\s+workers'?\s+day",
        fixed_day(5, 1),
        ("may day", "workers"),
    ),
    Holiday(r"juneteenth", fixed_day(6, 19), ("juneteenth",), ("juneteenth",)),
    Holiday(
        r"guy\s+fawkes(?:\s+(?:day|night))?|bonfire\s+night",
        fixed_day(11, 5),
        ("fawkes", "bonfire"),
        ("fawkes", "bonfire"),
    ),
    Holiday(r"cinco\s+de\s+mayo", fixed_day(5, 5), ("cinco",), ("cinco",)),
    Holiday(r"all\s+saints'?\s+day", fixed_day(11, 1), ("saints",)),
    Holiday(r"world\s+vegan\s+day", fixed_day(11, 1), ("vegan",)),
    Holiday(
        r"thanksgiving(?:\s+day)?",
        nth_weekday_in(11, 4, 4),
        ("thanksgiving",),
        ("thanksgiving",),
    ),
    Holiday(r"black\s+friday", _thanksgiving_plus(1), ("black friday",)),
    Holiday(r"cyber\s+monday", _thanksgiving_plus(4), ("cyber",)),
    Holiday(r"memorial\s+day", nth_weekday_in(5, 1, -1), ("memorial",), ("memorial",)),
    Holiday(r"labou?r\s+day", nth_weekday_in(9, 1, 1), ("labor day", "labour day")),
    Holiday(
        r"(?:mlk|martin\s+luther\s+king(?:,?\s+jr\.?)?(?:'s|\u2019s|s)?)(?:\s+jr\.?)?"
        r"\s+day"
        r"|civil\s+rights\s+day",
        nth_weekday_in(1, 1, 3),
        ("mlk", "luther", "civil rights"),
        ("mlk",),
    ),
    Holiday(
        r"presidents'?\s+day|washington'?s\s+birthday",
        nth_weekday_in(2, 1, 3),
        ("president", "washington"),
    ),
    Holiday(r"columbus\s+day", nth_weekday_in(10, 1, 2), ("columbus",)),
    Holiday(r"mother'?s'?\s+day", nth_weekday_in(5, 7, 2), ("mother",)),
    Holiday(r"father'?s'?\s+day", nth_weekday_in(6, 7, 3), ("father",)),
    Holiday(r"boss'?s'?(?:\s+day)?", bosses_day, ("boss",)),
    Holiday(r"easter\s+mon(?:day)?", days_after_easter(1), ("easter",), ("easter",)),
    Holiday(r"easter(?:\s+sunday)?", days_after_easter(0), ("easter",), ("easter",)),
    Holiday(r"good\s+friday", days_after_easter(-2), ("good friday",)),
    Holiday(
        r"(?:maundy|holy)\s+thursday",
        days_after_easter(-3),
        ("maundy", "holy"),
        ("maundy",),
    ),
    Holiday(r"palm\s+sunday", days_after_easter(-7), ("palm",)),
    Holiday(r"ash\s+wednesday", days_after_easter(-46), ("ash wed",)),
    Holiday(
        r"mardi\s+gras|shrove\s+tuesday|pancake\s+day",
        days_after_easter(-47),
        ("mardi", "shrove", "pancake"),
        ("mardi", "shrove", "pancake"),
    ),
    Holiday(
        r"pentecost|whit(?:e)?\s+sunday",
        days_after_easter(49),
        ("pentecost", "whit"),
        ("pentecost", "whit"),
    ),
    Holiday(r"whit\s+monday", days_after_easter(50), ("whit",), ("whit",)),
    Holiday(r"ascension\s+day", days_after_easter(39), ("ascension",), ("ascension",)),
    Holiday(r"trinity\s+sunday", days_after_easter(56), ("trinity",), ("trinity",)),
    # Lunar and lunisolar feasts: only the year can be given without tables.
    Holiday(
        r"ramadan|ramadhan|eid(?:\s+(?:al|ul)[\s-]?(?:fitr|adha))?|diwali|deepavali"
        r"|hanukk?ah|chanukah|hannukkah|passover|pesach|rosh\s+hashann?ah?"
        r"|yom\s+kippur|(?:chinese|lunar)\s+new\s+year(?:'?s\s+day)?|holi|navratri"
        r"|navaratri|vesak|dussehra|sukkot|purim|lent",
        None,
        ("ramadan", "ramadhan", "eid", "diwali", "deepavali", "hanuk", "chanuk",
         "hannuk", "passover", "pesach", "rosh", "kippur", "lunar", "holi", "navr",
         "navar", "vesak", "dussehra", "sukkot", "purim", "lent"),
        ("ramadan", "ramadhan", "diwali", "deepavali", "hanuk", "chanuk", "hannuk",
         "passover", "pesach", "rosh", "kippur", "navr", "navar", "vesak", "dussehra",
         "sukkot", "purim"),
        ("lent", "eid", "holi"),
    ),
    Holiday(
        r"king'?s\s+day|koningsdag",
        fixed_day(4, 27),
        ("king's", "king\u2019s", "kings day", "koningsdag"),
        ("koningsdag",),
    ),
    Holiday(r"earth\s+hour", nth_weekday_in(3, 6, -1), ("earth hour",), ("earth",)),
    Holiday(
        r"shavuot|succos|sukkos|simchat\s+torah|shemini\s+atzeret|tu\s+b'?i?shvat"
        r"|yom\s+ha'?atzmaut|tisha\s+b'?av|lag\s+b'?a?omer|(?:eid|id)\s+ul[\s-]adha"
        r"|laylat\s+al[\s-]?[qk]adr|mawlid(?:\s+al[\s-]nabawi)?|onam|pongal"
        r"|raksha\s+bandhan|rakhi|(?:krishna\s+)?janmashtami|gokulashtami"
        r"|maha\s*shivaratri|ganesh\s+chaturthi|rama?\s+navami|y?ugadi"
        r"|[vb]aisakhi|vaishakhi|makara?\s+sankranthi?|chhath(?:\s+puja)?|bhai\s+dooj"
        r"|dhanteras|karva\s+chauth|buddha\s+purnima|basant\s+panchami"
        r"|holika\s+dahan|maha(?:veer|vir)\s+jayanti",
        None,
        ("shavuot", "succos", "sukkos", "simchat", "shemini", "shvat", "atzmaut",
         "tisha", "lag b", "adha", "laylat", "mawlid", "onam", "pongal", "raksha",
         "rakhi", "janmashtami", "gokulashtami", "shivaratri", "chaturthi", "navami",
         "ugadi", "aisakhi", "vaishakhi", "sankranti", "chhath", "dooj", "dhanteras",
         "chauth", "purnima", "panchami", "holika", "jayanti"),
        ("shavuot", "succos", "sukkos", "simchat", "shemini", "bishvat", "shvat",
         "atzmaut", "tisha", "omer", "adha", "laylat", "mawlid", "onam", "pongal",
         "raksha", "rakhi", "janmashtami", "gokulashtami", "shivaratri", "chaturthi",
         "navami", "ugadi", "yugadi", "vaisakhi", "baisakhi", "vaishakhi", "sankranti",
         "sankranthi", "chhath", "dooj", "dhanteras", "chauth", "purnima", "panchami",
         "holika", "jayanti"),
    ),
)  # fmt: skip
HOLIDAY_GATES = tuple(dict.fromkeys(g for h in HOLIDAYS for g in h.gates))


FUTURE_CUE = compile_ci(
    r"\b(?:will|shall|won['\u2019]?t|wo\s*n['\u2019]t|going\s+to|gonna|plans?\s+to|plan"
    r"ning\s+to"
    r"|intends?\s+to|scheduled\s+(?:to|for)|slated\s+(?:to|for)|expected\s+to"
    r"|(?:is|are)\s+(?:set|due)\s+to|next|upcoming|tomorrow|later\s+this|until)\b"
    r"|['\u2019]ll\b"
)


PAST_CUE = compile_ci(
    r"\b(?:was|were|had|did|didn['\u2019]t|said|says|told|ago|last|yesterday|earlier"
    r"|previously|began|came|went|took|made|gave|left|held|met|won|lost|fell|rose"
    r"|saw|found|got|became|ran|sent|spoke|wrote|brought|bought|paid|sold|struck"
    # 'has/have' is a perfect only before a participle: not 'have a few dates'
    r"|been|ha(?:s|ve)(?!\s+(?:(?:a|an|the|no|some|any|to|many|much|few|several"
    r"|its|their|his|her|our|my|your|this|that|these|those)\b|\d))"
    r"|since|hit|shot|led|drew|fled|broke|chose|grew|knew|threw"
    r"|[a-z]{3,}ed)\b"
)


AUXILIARY_BEFORE = compile_ci(
    r"\b(?:be|been|being|is|are|am|get|will|would|shall|could|should|can|may|might"
    r"|must|to)\s+$"
)


CLAUSE_BREAK = re.compile(r"(?<![ap]\.m)(?<!\b[A-Z])[.!?;]\s|\n|[\"\u201c\u201d]")


# Every expression contains one of these words (or a digit); the patterns only
# run on the text around them. Holiday names add their own (HOLIDAYS).
TRIGGER_PREFIXES = (
    "centur", "workweek", "decade", "second", "minute", "hour", "day", "night", "week",
    "fortnight", "month", "quarter", "year", "today", "tonight", "tonite", "tomorrow",
    "tmrw", "yesterday", "morning", "afternoon", "evening", "noon", "midnight",
    "midday", "spring", "summer", "autumn", "winter", "current", "present", "moment",
    "recent", "lately", "past", "future", "annual", "yearly", "hourly", "nightly",
    "fortnightly", "everyday", "biweekly", "bimonthly", "semiannual", "clock",
    "oclock", "fiscal", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
) + tuple(dict.fromkeys(t for h in HOLIDAYS for t in h.triggers))
TRIGGER_WORDS = frozenset(
    list(MONTHS)
    + list(WEEKDAYS)
    + [
        "am", "pm", "sec", "secs", "min", "mins", "hr", "hrs", "yr", "yrs", "wk", "wks",
        "qtr", "fy", "cy", "sy", "eoy", "eom", "boy", "bom", "now", "nowadays", "time",
        "ago", "half", "fall", "twenties", "thirties", "forties", "fifties", "sixties",
        "seventies", "eighties", "nineties", "semi", "bi", "weekly", "monthly", "daily",
        "quarterly", "annually", "sept", "weds", "tues", "thur", "thurs", "thousand",
        "hundred", "nineteen", "eighteen", "seventeen",
    ]
    + [t for h in HOLIDAYS for t in h.trigger_words]
)
MERIDIEM_TRIGGER = re.compile(r"(?<![a-z])[ap]\s?\.\s?m\b")
MERIDIEM_LETTER = "m"  # in every MERIDIEM_TRIGGER match


MONTH_GATE = re.compile(rf"(?<![a-z]){MONTH_RE}", re.I)


WEEKDAY_GATE = re.compile(rf"(?<![a-z]){WEEKDAY_RE}", re.I)


# "first".."fifth" as words and figures; what "last"/"final" means depends on
# what is counted, so callers supply it.
NTH = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
}  # fmt: skip


FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:a|an|the|another)\s+)?$", re.I)


ABBREVIATIONS = frozenset(
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


# --------------------------------------------------------------------------
# Relation words: what rules hand to resolve.Context instead of words

MONTH_RELATIONS = {
    "last": -1, "past": -1, "previous": -1, "this past": -1,
    "next": 1, "coming": 1, "following": 1, "this coming": 1, "this": 0,
}  # fmt: skip
SEASON_RELATIONS = {
    "last": -1, "past": -1, "previous": -1, "this past": -1,
    "next": 1, "coming": 1, "this": 0,
}  # fmt: skip
WEEKDAY_RELATIONS = {
    "next": "next_week", "following": "next_week",
    "last": "last_week", "previous": "last_week",
    "past": "latest", "this past": "latest",
    "coming": "soonest", "this coming": "soonest", "upcoming": "soonest",
    "this upcoming": "soonest", "this": "this",
}  # fmt: skip
# 'next month', 'last quarter', 'the 5th of this month': steps from the reference
RELATIVE_OFFSETS = {
    "this": 0, "current": 0, "last": -1, "past": -1, "previous": -1,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1,
}  # fmt: skip
# Calendar unit words -> the unit ids resolve.Context.unit_value knows.
CALENDAR_UNITS = {
    "day": "day", "week": "week", "weekend": "weekend", "fortnight": "fortnight",
    "month": "month", "year": "year", "calendar year": "year",
    "fiscal year": "fiscal_year", "school year": "school_year",
    "decade": "decade", "century": "century",
}  # fmt: skip
# 'last' inside the expression ('last year') says nothing about the clause's tense.
PAST_CUES_NOT_INSIDE = frozenset({"last"})


# --------------------------------------------------------------------------
# Gaps between two expressions that make them one (see combine.py)

GAP_DATE_TIME = re.compile(
    r"(?:,|at|@|around|about|at about|at around|by|before|after|from|for"
    r"|,? at|circa|-|between|,? from|,? between|in between)?"
)


GAP_TIME_DATE = re.compile(
    r"(?:,|on|of|on the|,? on|(?:\(?[a-z]{2,4}\)? |local time,? )on"
    r"|local time,?)?"
)


GAP_DATE_PART_OF_DAY = re.compile(r"(?:,|in the|at)?")


GAP_PART_OF_DAY_DATE = re.compile(r"(?:of|on|,)")


GAP_PART_OF_DAY_TIME = re.compile(
    r"(?:at|@|,|around|about|at about|from|between|,? from|,? between)?"
)


GAP_TIME_PART_OF_DAY = re.compile(r"(?:,|in the|this|at)?")


GAP_SET_TIME = re.compile(r"(?:at|@|,)?")


BETWEEN_BEFORE = re.compile(r"\bbetween\s*$")


WEEKDAY_ONLY = compile_ci(WEEKDAY_WORD_RE)


RANGE_GAP = re.compile(
    r"\s*(?:-|\u2013|\u2014|~|to|through|thru|till|til|until|untill|and"
    r"|through\s+to)\s*",
    re.I,
)


STARTING_GAP = re.compile(
    r",?\s*(?:starting|beginning|commencing)(?:\s+(?:on|from))?", re.I
)


TO_DATE_AFTER = re.compile(
    r"\s+(?:to|till|until|through)\s+(date|(?:the\s+)?current\s+date)\b", re.I
)


FROM_BEFORE = re.compile(r"\b(?:from|since)\s+$", re.I)


TIME_NEXT = re.compile(r",?\s*(?:at|@|from|between)?\s*\d", re.I)


FIRST_LAST = re.compile(r"(?:the\s+)?(first|last|final)\s", re.I)


OF_GAP = re.compile(r"\s+of\s+", re.I)


OF_THE_YEAR_AFTER = re.compile(r"\s+of\s+the\s+(?:current\s+)?year\b", re.I)
GAP_WEEKDAY_DATE = frozenset({"", ",", "the", "(", "-"})
GAP_DATE_ON_WEEKDAY = frozenset({"on"})
GAP_TIME_LATER_PART_OF_DAY = frozenset({"", "in the"})
GAP_FROM = frozenset({"from", ", from"})
# 'three days after Easter': the gap word and the direction of the offset
OFFSET_GAPS = {"after": 1, "before": -1, "from": 1, "since": 1, "from the": 1}
POSSESSIVE_ENDINGS = frozenset({"'s", "\u2019s"})
# 'X and Y' is a range only after 'between'
RANGE_NEEDS_BETWEEN = frozenset({"and"})
FIRST_WORDS = frozenset({"first"})
