"""weekday-mismatch: a weekday next to a full date that falls on another day.

"on Friday, August 31, 2023" (a Thursday). The year is the one written, else
the one that puts the date nearest the publication day; a date that is not a
real day, or a year-less date without a publication date, is left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from factcheck.check.context import Context
from factcheck.check.model import Hit, Rule, Severity

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


def _nearest(published: str | None, month: int, day: int) -> dt.date | None:
    """A year-less date: the one nearest the publication day (a year either side).

    Not the year the date claim resolved to: the tagger may have picked the year
    in which the written weekday fits, which would hide the mismatch.
    """
    try:
        pub = dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
    found = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(found, key=lambda d: abs(d - pub), default=None)


def check(ctx: Context) -> Iterator[Hit]:
    for m in _WEEKDAY.finditer(ctx.doc.text):
        month = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
        if m.group("y"):
            try:
                date: dt.date | None = dt.date(int(m.group("y")), month, day)
            except ValueError:
                continue
        else:
            date = _nearest(ctx.doc.published, month, day)
        if date is None:
            continue
        year = date.year
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
