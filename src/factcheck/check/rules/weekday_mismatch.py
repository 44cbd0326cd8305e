"""weekday-mismatch: a weekday next to a full date that falls on another day.

"on Friday, August 31, 2023" (a Thursday). The year is the one written, else
the year the date claim resolved to, else the publication year; a date that is
not a real day is left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from factcheck.check.context import Context
from factcheck.check.model import Hit, Rule, Severity
from factcheck.records import DateClaim

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for m in names
}
_MONTH = r"(?P<{}>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = re.compile(
    r"\b(?P<wd>" + "|".join(_DAYS) + r")\s*,?\s+(?:the\s+)?"
    r"(?:" + _MONTH.format("m1") + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.format("m2") + r")"
    r"(?:\s*,?\s+(?P<y>\d{4})\b)?",
    re.IGNORECASE,
)


def _year(ctx: Context, start: int, end: int, month: int, day: int) -> int | None:
    for c in ctx.doc.claims:
        if (
            isinstance(c, DateClaim)
            and c.span[0] < end
            and start < c.span[1]
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", c.value[:10])
            and (int(c.value[5:7]), int(c.value[8:10])) == (month, day)
        ):
            return int(c.value[:4])
    published = ctx.doc.published
    return int(published[:4]) if published else None


def check(ctx: Context) -> Iterator[Hit]:
    for m in _WEEKDAY.finditer(ctx.doc.text):
        month = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
        year = int(m.group("y")) if m.group("y") else None
        if year is None:
            year = _year(ctx, m.start(), m.end(), month, day)
        if year is None:
            continue
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        written = m.group("wd").lower()
        actual = _DAYS[date.weekday()]
        if written != actual:
            yield Hit(
                message=f'"{m.group(0)}": {date:%B} {day}, {year} is a '
                f"{actual.capitalize()}, not a {written.capitalize()}",
                span=m.span(),
            )


RULE = Rule(
    "weekday-mismatch",
    Severity.ERROR,
    "A weekday next to a full date that falls on another day.",
    check,
)
