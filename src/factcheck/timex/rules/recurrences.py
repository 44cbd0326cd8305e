"""Recurring times (TIMEX3 SET).

'every Monday', 'weekly', 'twice a year', 'Fridays', 'the 1st of every month'.
"""

from __future__ import annotations

from ..candidates import Candidate, Match, Rule, example, make
from ..lexicon import (
    CARDINAL_RE,
    DAY_NUMBER_RE,
    ORDINAL_RE,
    PARTS_OF_DAY,
    UNITS,
    WEEKDAYS,
    WEEKDAY_RE,
    word_number,
)
from ..resolve import Context
from ..values import iso_duration


def _weekdays_plural(ctx: Context, m: Match) -> Candidate:
    # 'Fridays', 'Friday mornings': a recurring day (or part of it)
    wd = WEEKDAYS[m["wd"].lower()[:-1]] if m["wd"] else WEEKDAYS[m["wd1"].lower()]
    v = f"XXXX-WXX-{wd}"
    pod = m["pod"] or m["pod1"]
    if pod:
        v += "T" + PARTS_OF_DAY[pod.lower()]
    return make(m.start(), m.end(), "SET", "set", v, kind="set")


WEEKDAYS_PLURAL = Rule(
    name="weekdays_plural",
    pattern=(
        r"(?<![\w$#@])(?P<wd>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays"
        r"|sundays)(?:\s+(?P<pod>mornings|afternoons|evenings|nights))?\b"
        r"|(?P<wd1>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
        r"(?P<pod1>mornings|afternoons|evenings|nights)\b"
    ),
    gates=("days", "mornings", "afternoons", "evenings", "nights"),
    handler=_weekdays_plural,
    examples=(
        example("The market opens Fridays.", "XXXX-WXX-5"),
        example("Classes run Monday mornings.", "XXXX-WXX-1TMO"),
        example("Markets open Thursdays at 17.30 Beijing time.", "XXXX-WXX-4T17:30"),
    ),
)


def _recurrence(ctx: Context, m: Match) -> Candidate | None:
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
        return make(m.start(), m.end(), "SET", "set", v, kind="set")
    if m["freq"]:
        u = m["u2"].lower()
        v = iso_duration([(1, UNITS[u])])
        return make(m.start(), m.end(), "SET", "set", v, kind="set")
    u = m["u"].lower()
    word = m.group().lower().split()[0]
    if word == "per" and u not in ("day", "week", "month", "year"):
        return None
    other = "other" in m.group().lower()
    n = word_number(m["n"]) if m["n"] else 1
    if n is None:
        return None
    if other:
        n *= 2
    if u in WEEKDAYS or u.rstrip("s") in WEEKDAYS:
        wd = WEEKDAYS[u] if u in WEEKDAYS else WEEKDAYS[u.rstrip("s")]
        return make(m.start(), m.end(), "SET", "set", f"XXXX-WXX-{wd}", kind="set")
    if u in ("morning", "afternoon", "evening", "night"):
        return make(m.start(), m.end(), "SET", "set", "T" + PARTS_OF_DAY[u], kind="set")
    if u == "weekday":
        return make(m.start(), m.end(), "SET", "set", "P1WD", kind="set")
    if u in ("weekend", "weekends") and n == 1:
        # like 'every Monday': each weekend of any week
        return make(m.start(), m.end(), "SET", "set", "XXXX-WXX-WE", kind="set")
    unit = UNITS[u]
    if word == "per":
        return None
    return make(
        m.start(), m.end(), "SET", "set", iso_duration([(n, unit)]), kind="set"
    )


RECURRENCE = Rule(
    name="recurrence",
    pattern=(
        rf"(?:every|each|per)\s+(?:other\s+)?(?:(?P<n>\d+|{CARDINAL_RE})\s+)?(?P<u>day|"
        rf"week"
        rf"|month|year|quarter|morning|afternoon|evening|night|weekend|weekday|hour"
        rf"|minute|days|weeks|months|years|weekends|{WEEKDAY_RE})\b"
        rf"|(?P<adv>daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly"
        rf"|bi-?weekly|bi-?monthly|semi-?annual(?:ly)?|fortnightly|everyday)\b"
        rf"|(?P<freq>once|twice|three\s+times|\d+\s+times)\s+(?:a|an|per|each|every)"
        rf"\s+(?P<u2>day|week|month|year|quarter|hour|minute|decade)\b"
    ),
    gates=(
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
    handler=_recurrence,
    examples=(
        example("The board meets every Monday.", "XXXX-WXX-1"),
        example("Reports are filed weekly.", "P1W"),
        example("We meet twice a month.", "P1M"),
        example("Buses run every 2 days.", "P2D"),
        example("It runs every other week.", "P2W"),
        example("The club meets every weekday.", "P1WD"),
        example("We hike every weekend.", "XXXX-WXX-WE"),
        example("Pills are taken daily at 7pm.", "T19"),
        example("The board meets every Monday at 4pm.", "XXXX-WXX-1T16"),
        example("Buses run every 2 weeks.", "P2W"),
        example("Fees are $3 per day."),
        example("We run every evening.", "TEV"),
    ),
)


def _day_of_every_month(ctx: Context, m: Match) -> Candidate | None:
    d = word_number(m["d"])
    if d is None or not 1 <= d <= 31:
        return None
    return make(m.start(), m.end(), "SET", "set", f"XXXX-XX-{d:02d}", kind="set")


DAY_OF_EVERY_MONTH = Rule(
    name="day_of_every_month",
    pattern=(
        rf"(?:the\s+)?(?P<d>{DAY_NUMBER_RE}|{ORDINAL_RE})\s+of\s+(?:every|each)\s+month"
    ),
    gates=("every month", "each month"),
    handler=_day_of_every_month,
    examples=(
        example("Rent is due the 1st of every month.", "XXXX-XX-01"),
    ),
)


RULES = [WEEKDAYS_PLURAL, RECURRENCE, DAY_OF_EVERY_MONTH]
