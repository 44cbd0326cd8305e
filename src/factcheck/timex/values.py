"""TIMEX3 values: calendar arithmetic, value strings, and the days a value covers."""

from __future__ import annotations

import calendar
import datetime
import re


YMD_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


WEEK_VALUE = re.compile(r"(\d{4})-W(\d{2})")


YEAR_VALUE = re.compile(r"\d{4}")


DURATION_VALUE = re.compile(r"P(\d+)([DWMY])")


# Python's calendar, and TIMEX3's four-digit years: a relative date counted past
# either end ('next year' written on 9999-12-31) has no value and stays XXXX.
MIN_YEAR, MAX_YEAR = datetime.MINYEAR, datetime.MAXYEAR
# What calendar arithmetic raises at those ends: timedelta overflow (OverflowError),
# date(10000, 1, 1) and monthrange past the end (ValueError).
CALENDAR_LIMITS = (OverflowError, ValueError)
# The ValueErrors among them that are calendar limits: datetime's "year 10000 is
# out of range", "day is out of range for month", "month must be in 1..12",
# "ordinal must be >= 1", fromisocalendar's "Year is out of range" / "Invalid
# week", calendar's "bad month number", and int()'s digit limit on a hostile
# number. Any other ValueError is a bug, not a date past the calendar's end.
_CALENDAR_MESSAGE = re.compile(
    r"out of range|must be in 1\.\.12|must be >= 1|^Invalid week|bad month number"
    r"|Exceeds the limit \(\d+ digits\)"
)


def calendar_limit(exc: BaseException) -> bool:
    """Whether exc (one of CALENDAR_LIMITS) is calendar arithmetic run off the
    years 1..9999 or past a month's days, rather than a bug."""
    if isinstance(exc, OverflowError):
        return True
    return isinstance(exc, ValueError) and bool(_CALENDAR_MESSAGE.search(str(exc)))
# A value whose year left 1..9999: '10000', '0000-03', '-002', '(...,10000-01-02'.
_OUTSIDE = re.compile(r"(?:^|[(,])(?:FY|SY)?(?:-\d|0000(?!\d)|\d{5})")


def outside_calendar(value: str) -> bool:
    """True when a TIMEX3 value names a year before 1 or after 9999."""
    return _OUTSIDE.search(value) is not None


# Days and ISO weeks inside any value: '2023-02-30', '(2023-02-27,2023-02-30,P3D)'.
_DAY_IN_VALUE = re.compile(r"(?<![\dX])(\d{4}|XXXX)-(\d{2})-(\d{2})(?!\d)")
_WEEK_IN_VALUE = re.compile(r"(?<![\dX])(\d{4})-W(\d{2})(?!\d)")


def impossible_part(value: str) -> str | None:
    """The part of a TIMEX3 value that names no calendar day or ISO week
    ('2023-02-30', '1900-02-29', '2023-W53'), or None when every part exists."""
    for m in _DAY_IN_VALUE.finditer(value):
        year = 2000 if m[1] == "XXXX" else int(m[1])  # a leap year: Feb 29 may be
        if safe_date(year, int(m[2]), int(m[3])) is None:
            return m[0]
    for m in _WEEK_IN_VALUE.finditer(value):
        try:
            datetime.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return m[0]
    return None


def within_calendar(n: int, years: int = 1) -> int:
    """n, a count of `years`-long units (1 year, 10 a decade, 100 a century).

    Raises:
        OverflowError: when the unit lies wholly outside the years 1..9999.
    """
    if n * years + years - 1 < MIN_YEAR or n * years > MAX_YEAR:
        raise OverflowError(f"{n} is outside the calendar in units of {years} years")
    return n


# The value of a calendar unit when there is no reference date to count from.
UNKNOWN_UNIT_VALUES = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX", "year": "XXXX", "decade": "XXX", "century": "XX",
}  # fmt: skip


def unknown_value(unit: str) -> str:
    """'XXXX-WXX' for a week, ...: the unit's value with every digit unknown."""
    return UNKNOWN_UNIT_VALUES.get(unit, "XXXX")


def format_number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.2f}".rstrip("0").rstrip(".")


def add_months(d: datetime.date, n: int) -> datetime.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return datetime.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def safe_date(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def iso_week(d: datetime.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def monday_of(d: datetime.date) -> datetime.date:
    return d - datetime.timedelta(days=d.isoweekday() - 1)


def nth_weekday(y: int, m: int, wd: int, n: int) -> datetime.date | None:
    """n-th (1-based; -1 = last) ISO weekday `wd` of month m/y."""
    if n > 0:
        first = datetime.date(y, m, 1)
        d = first + datetime.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
        return d if d.month == m else None
    last = datetime.date(y, m, calendar.monthrange(y, m)[1])
    return last - datetime.timedelta(days=(last.isoweekday() - wd) % 7)


def easter(y: int) -> datetime.date:
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


def bosses_day(y: int) -> datetime.date:
    d = datetime.date(y, 10, 16)
    if d.isoweekday() == 6:
        return d - datetime.timedelta(days=1)
    if d.isoweekday() == 7:
        return d + datetime.timedelta(days=1)
    return d


def time_value(h: int, mi: int | None, s: int | None) -> str:
    out = f"T{h:02d}"
    if mi is not None:
        out += f":{mi:02d}"
        if s is not None:
            out += f":{s:02d}"
    return out


def part_of_day_hour(h: int, pod: str | None) -> int:
    """Resolve a 12-hour clock reading against a part of day."""
    if pod in ("AF", "EV") and h < 12:
        return h + 12
    if pod == "NI" and 5 <= h < 12:
        return h + 12
    if pod == "MO" and h == 12:
        return 0
    return h


def period_start(
    value: str,
    ref: datetime.date | None,
) -> tuple[datetime.date, str] | None:
    """Start of the period a DATE value names, with its granularity."""
    if value == "PRESENT_REF":
        return (ref, "day") if ref else None
    m = YMD_VALUE.fullmatch(value)
    if m:
        y, mo, d = int(m[1]), m[2], m[3]
        dt = safe_date(y, int(mo or 1), int(d or 1))
        if dt is None:
            return None
        return dt, "day" if d else "month" if mo else "year"
    m = QUARTER_VALUE.fullmatch(value)
    if m:
        return datetime.date(int(m[1]), 3 * int(m[2]) - 2, 1), "quarter"
    m = WEEK_VALUE.fullmatch(value)
    if m:
        try:
            return datetime.date.fromisocalendar(int(m[1]), int(m[2]), 1), "week"
        except ValueError:
            return None
    return None


MONTH_VALUE = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")


def part_of_period(
    period: str, first: bool, n: int, unit: str
) -> tuple[datetime.date, datetime.date] | None:
    """[start, end) of the first or last n days/weeks/months of a year or month.

    Weeks are ISO weeks, so 'the first two weeks of 2021' starts on Monday
    2021-01-04. None when the stretch does not fit inside the period.
    """
    if n < 1:
        return None
    if YEAR_VALUE.fullmatch(period):
        y = int(period)
        if not 1 <= y < 9999:
            return None
        lo, hi = datetime.date(y, 1, 1), datetime.date(y + 1, 1, 1)
        if unit == "W":
            lo = datetime.date.fromisocalendar(y, 1, 1)
            hi = datetime.date.fromisocalendar(y + 1, 1, 1)
    elif MONTH_VALUE.fullmatch(period) and unit == "D":
        lo = datetime.date(int(period[:4]), int(period[5:]), 1)
        hi = add_months(lo, 1)
    else:
        return None
    if unit == "M":
        if n > 12:
            return None
        return (lo, add_months(lo, n)) if first else (add_months(hi, -n), hi)
    step = datetime.timedelta(days=n if unit == "D" else 7 * n)
    if step > hi - lo:
        return None
    return (lo, lo + step) if first else (hi - step, hi)


def next_period_start(d: datetime.date, gran: str) -> datetime.date:
    if gran == "year":
        return datetime.date(d.year + 1, 1, 1)
    if gran == "quarter":
        return add_months(d, 3)
    if gran == "month":
        return add_months(d, 1)
    if gran == "week":
        return d + datetime.timedelta(days=7)
    return d + datetime.timedelta(days=1)


def iso_duration(parts: list[tuple[float | None, str]]) -> str:
    """[(3, 'Y'), (2, 'M')] -> 'P3Y2M'; a None quantity gives 'X'."""
    date_part, time_part = "", ""
    for n, u in parts:
        if u == "F":
            n, u = (None if n is None else n * 2), "W"
        if u == "Q":
            n, u = (None if n is None else n * 3), "M"
        q = "X" if n is None else format_number(n)
        if u in ("H", "TM", "S"):
            time_part += q + {"H": "H", "TM": "M", "S": "S"}[u]
        else:
            date_part += q + u
    return "P" + date_part + ("T" + time_part if time_part else "")


# --------------------------------------------------------------------------
# The days a value covers (for check: does a claimed date fall in a period?)

# First and last month of each season; winter runs into the next year's February.
SEASON_MONTHS = {
    "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14),
}  # fmt: skip
# Sources, not compiled: extraction never needs them, so they cost no import time.
_DAY_VALUE = r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?"
_MONTH_GROUPS = r"(\d{4})-(\d{2})"
_DECADE_VALUE = r"\d{3}"
_CENTURY_VALUE = r"\d{2}"
_WEEK_OR_WEEKEND = r"(\d{4})-W(\d{2})(-WE)?"
_SEASON_VALUE = r"(\d{4})-(SP|SU|FA|AU|WI)"
_QUARTER_OR_HALF = r"(\d{4})-([QH])([1-4])"


def month_end(year: int, month: int) -> datetime.date:
    """The last day of a month; months past 12 roll into the next year."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def covered_days(value: str) -> tuple[datetime.date, datetime.date] | None:
    """First and last day of the period a DATE value names, or None.

    Days (a time keeps its day), months, years, decades (201 -> 2010..2019),
    centuries (20 -> 2000..2099), ISO weeks and their weekends, seasons, quarters
    and halves. Raises ValueError for a value that looks right but names no day
    (2023-02-30, week 54).
    """
    if m := re.fullmatch(_DAY_VALUE, value):
        day = datetime.date(*map(int, m.groups()))
        return day, day
    if m := re.fullmatch(_MONTH_GROUPS, value):
        year, month = map(int, m.groups())
        return datetime.date(year, month, 1), month_end(year, month)
    if YEAR_VALUE.fullmatch(value):
        year = int(value)
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if re.fullmatch(_DECADE_VALUE, value):
        year = int(value) * 10
        return datetime.date(max(year, 1), 1, 1), datetime.date(year + 9, 12, 31)
    if re.fullmatch(_CENTURY_VALUE, value):
        year = int(value) * 100
        return datetime.date(max(year, 1), 1, 1), datetime.date(year + 99, 12, 31)
    if m := re.fullmatch(_WEEK_OR_WEEKEND, value):
        year, week = int(m.group(1)), int(m.group(2))
        first = 6 if m.group(3) else 1
        return (
            datetime.date.fromisocalendar(year, week, first),
            datetime.date.fromisocalendar(year, week, 7),
        )
    if m := re.fullmatch(_SEASON_VALUE, value):
        year = int(m.group(1))
        first, last = SEASON_MONTHS[m.group(2)]
        return datetime.date(year, first, 1), month_end(year, last)
    if m := re.fullmatch(_QUARTER_OR_HALF, value):
        year, n = int(m.group(1)), int(m.group(3))
        size = 3 if m.group(2) == "Q" else 6
        if n * size > 12:
            return None
        first = (n - 1) * size + 1
        return datetime.date(year, first, 1), month_end(year, first + size - 1)
    return None
