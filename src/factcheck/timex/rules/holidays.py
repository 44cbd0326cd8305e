"""Named holidays and feasts.

Christmas, Easter Monday, 'Labor Day weekend', 'Thanksgiving 2019': the names
and dates are rows of lexicon.HOLIDAYS; this rule adds the year, 'last', 'next'
and 'weekend'.
"""

from __future__ import annotations

import datetime
import re

from ..candidates import Candidate, Match, Rule, example, make, squash_spaces
from ..lexicon import (
    HOLIDAYS,
    HOLIDAY_GATES,
    HolidayDate,
    NAME_LIKE_HOLIDAYS,
    RELATIVE_OFFSETS,
    compile_ci,
)
from ..resolve import Context
from ..values import iso_week


NEW_YEAR_CUE_BEFORE = compile_ci(
    r"\b(?:before|after|until|till|by|since|over|around|ahead\s+of|happy|celebrate"
    r"|celebrating|at)\s*$"
)


HOLIDAY_PATTERNS = [(re.compile(h.pattern, re.I), h.date) for h in HOLIDAYS]


def _holiday(ctx: Context, m: Match) -> Candidate | None:
    name = m["h"].lower()
    fn: HolidayDate | None = None
    found = False
    for pat, f in HOLIDAY_PATTERNS:
        if pat.fullmatch(name):
            fn, found = f, True
            break
    if not found:
        return None
    word = m["h"]
    if name in NAME_LIKE_HOLIDAYS and not (word[0].isupper() or m["y"]):
        return None
    if name.startswith("king") and not (word[0].isupper() or m["y"]):
        return None  # 'the king's day began' is no holiday
    if name == "rakhi" and not m["y"]:
        return None  # also a given name and the thread tied at the festival
    if name == "may day" and not word[0].isupper():
        return None
    if name.startswith("new") and not name.endswith(("day", "eve")):
        # 'before New Year' is the holiday; 'the new year' is the coming year
        pre = ctx.text[max(0, m.start() - 16) : m.start()]
        if not NEW_YEAR_CUE_BEFORE.search(pre) or m["mod"] or m["wepre"]:
            return None
    if name.startswith("boss") and "day" not in name and not ctx.standalone(m):
        return None
    mod = squash_spaces((m["mod"] or "").lower()).replace("the ", "")
    ref = ctx.ref
    if m["y"] or m["wy"]:
        y: int | None = int(m["y"] or m["wy"])
    elif m["rely"] and ref:
        y = ref.year + RELATIVE_OFFSETS[m["rely"].lower()]
    else:
        y = None
    if fn is None:
        if y is None:
            if ref is None:
                return make(
                    m.start(), m.end(), "DATE", "year", "XXXX", kind="holiday"
                )
            y = ref.year
        return make(m.start(), m.end(), "DATE", "year", f"{y:04d}", kind="holiday")
    if y is not None:
        d = fn(y)
    elif ref is None:
        d0 = fn(2000)
        v = f"XXXX-{d0.month:02d}-{d0.day:02d}"
        return make(m.start(), m.end(), "DATE", "day", v, kind="holiday", day=v)
    else:
        this = fn(ref.year)
        if mod in ("last", "previous"):
            d = this if this < ref else fn(ref.year - 1)
        elif mod in ("next", "following"):
            d = this if this > ref else fn(ref.year + 1)
        elif mod == "this":
            d = this
        else:
            t = ctx.tense(m.start(), m.end())
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
        v = iso_week(sat) + "-WE"
        return make(m.start(), m.end(), "DATE", "week", v, kind="rel")
    v = d.isoformat()
    return make(m.start(), m.end(), "DATE", "day", v, kind="holiday", day=v, date=d)


HOLIDAY = Rule(
    name="holiday",
    pattern=(
        r"(?P<wepre>(?:the\s+)?(?:long\s+)?week-?\s?end\s+of\s+)?"
        r"(?:(?P<mod>this|last|next|previous|following|the\s+next|the\s+last)\s+)?(?P<h"
        r">"
        + "|".join(f"(?:{h.pattern})" for h in HOLIDAYS)
        + r")(?![\w'])(?:\s*(?:,\s*|of\s+|in\s+)?(?P<y>(?:1\d|20)\d{2})(?!\d)"
        r"|\s+(?:of\s+)?(?P<rely>this|last|next)\s+year)?"
        r"(?P<we>[\s-]+(?:long\s+)?week-?\s?end(?![\w-])(?:\s*,?\s*"
        r"(?P<wy>(?:1\d|20)\d{2})(?!\d))?)?"
    ),
    gates=HOLIDAY_GATES,
    handler=_holiday,
    examples=(
        example("Shops close on Christmas Eve.", "2023-12-24"),
        example("We met at Easter 2019.", "2019-04-21"),
        example("Parades mark Labor Day weekend.", "2023-W35-WE"),
        example("Fasting ends after Ramadan.", "2023"),
        example("Sales peak on Black Friday.", "2023-11-24"),
        example("Prices rose before Easter Monday 2021.", "2021-04-05"),
        example("Shops close before New Year.", "2023-01-01"),
        example("Sales fell last Christmas.", "2022-12-25"),
        example("We meet next Easter.", "2024-03-31"),
        example("Parades fill this Thanksgiving.", "2023-11-23"),
        example("Lights shine at Diwali.", "XXXX", ref=None),
        example("Shops close on Christmas.", "XXXX-12-25", ref=None),
        example("Crowds gather on King's Day 2022.", "2022-04-27"),
        example("Parades mark Memorial Day 2024.", "2024-05-27"),
        example("Schools close on MLK Day.", "2023-01-16"),
        example("We meet on Mother's Day next year.", "2024-05-12"),
        example("He has a boss."),
        example("Boss's Day", "2023-10-16"),
        example("Talks ended on Good Friday 2022.", "2022-04-15"),
        example("The king's day began."),
        example("We dance at Holi 2020.", "2020"),
        example("Her name is Rakhi."),
        example("Crowds marched on May Day.", "2023-05-01"),
        example("Happy new year to all.", "2023-01-01"),
        example("Stores close on Easter.", "2023-04-09"),
        example("The next Thanksgiving is big.", "2023-11-23"),
    ),
)


RULES = [HOLIDAY]
