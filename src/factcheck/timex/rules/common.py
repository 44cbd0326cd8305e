"""Helpers several rule families share: full dates, years as written, weekday
and month-name checks."""

from __future__ import annotations

import re

from ..candidates import Candidate, Match, day_candidate
from ..lexicon import (
    MONTHS,
    RELATIVE_OFFSETS,
    UNITS,
    WEAK_WEEKDAYS,
    WEEKDAYS,
    quantity,
    year_from_words,
)
from ..resolve import Context
from ..values import YEAR_VALUE, add_months, iso_duration, safe_date


MARCH_VERB_AFTER = re.compile(
    r"\s+(?:on|to|through|against|toward|towards|into"
    r"|past|along|in\s+protest)\b"
)


TWO_DIGIT_YEAR = re.compile(r"['\u2019]?\d{2}")


def is_weak_month(doc: Context, m: Match, group: str = "mon") -> bool:
    """'may' the modal, 'march' the verb, 'dec' in tickers need extra evidence."""
    word = m.group(group)
    low = word.lower().rstrip(".")
    if low not in ("may", "march", "mar", "august", "jan", "sun", "dec"):
        return False
    if low in ("march", "mar", "august", "jan", "dec") and word[0].isupper():
        if low == "march":
            after = doc.text[m.end(group) : m.end(group) + 30].lower()
            return bool(MARCH_VERB_AFTER.match(after))
        return False
    return True


def full_date(ctx: Context, s: int, e: int, y: int, mo: int, d: int, kind: str = "date"
) -> Candidate | None:
    dt = safe_date(y, mo, d)
    if dt is None:
        if 1 <= mo <= 12 and 1 <= d <= 31:
            v = f"{y:04d}-{mo:02d}-{d:02d}"
            c = day_candidate(s, e, v, None, kind)
            c.ymd = (y, mo, d)
            return c
        return None
    c = day_candidate(s, e, dt.isoformat(), dt, kind)
    c.ymd = (y, mo, d)
    return c


def figure_year(ctx: Context, digits: str) -> int:
    """'2019' -> 2019; '19' -> 2019 or 1919, whichever is not far in the future."""
    return int(digits) if len(digits) == 4 else ctx.two_digit_year(int(digits))


def year_of(ctx: Context, s: str | None) -> int | None:
    if not s:
        return None
    s = s.strip()
    if YEAR_VALUE.fullmatch(s):
        return int(s)
    if TWO_DIGIT_YEAR.fullmatch(s):
        return figure_year(ctx, s.lstrip("'\u2019"))
    return year_from_words(s)


def weekday_number(ctx: Context, word: str, s: int, e: int, *, strong: bool = False
) -> int | None:
    low = word.lower().rstrip(".")
    if low not in WEEKDAYS:
        return None
    if low in WEAK_WEEKDAYS and not strong:
        # 'Sun', 'Mon', 'sat', 'wed' are words too: alone they only count with a
        # period or as the whole text; glued to a date or time they count anyway
        if word.endswith(".") or ctx.stripped.lower() == low:
            return WEEKDAYS[low]
        return None
    return WEEKDAYS[low]


def duration_value(
    ctx: Context,
    pairs: list[tuple[str | None, str | None]],
) -> str | None:
    parts: list[tuple[float | None, str]] = []
    for q, u in pairs:
        if not q or not u:
            continue
        unit = UNITS.get(u.lower())
        if unit is None:
            return None
        n = quantity(q)
        parts.append((n, unit))
    if not parts:
        return None
    return iso_duration(parts)


def month_of_context(
    ctx: Context, mon: str | None, y: str | None, rel: str | None, s: int, e: int
) -> tuple[int, int] | None:
    ref = ctx.ref
    if mon:
        mo = MONTHS[mon.lower().rstrip(".")]
        if y:
            return int(y), mo
        if ref is None:
            return None
        v = ctx.month_year(mo, s, e)
        return int(v[:4]), mo
    if ref is None:
        return None
    off = RELATIVE_OFFSETS.get((rel or "this").lower(), 0)
    b = add_months(ref.replace(day=1), off)
    return b.year, b.month
