"""Durations: 'three years', 'for weeks', 'all day', 'for 8h', 'the last five years'."""

from __future__ import annotations

import re

from ..candidates import (
    Candidate,
    DIGIT_FLAG,
    LEADING_DIGIT,
    Match,
    Rule,
    char_at,
    example,
    make,
)
from ..lexicon import QUANTITY_RE, UNITS, UNIT_RE, compile_ci, quantity
from ..resolve import Context
from ..values import format_number, iso_duration
from .common import duration_value


AGE_AFTER = re.compile(r"[\s-]*old\b", re.I)


DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|every|each|per)\s*$")


RATE_NOUN_BEFORE = re.compile(
    r"(?:\b[a-z]{3,}s|\d|\bmillion|\bbillion|\bthousand|\bpercent|%|\btimes)\s+$"
)


OF_AFTER = re.compile(r"\s*of\b")


FOR_BEFORE_NIGHT = re.compile(r"\bfor\s*$")


SPAN_CUE_BEFORE = re.compile(
    r"\b(?:for|in|over|within|after|about|than|nearly|almost"
    r"|least|once|twice|ago|years|days|weeks|months|hours)\s+$",
    re.I,
)


SHORT_SPAN_AFTER = re.compile(
    r"\s*(?:ago|later|earlier|from|before|after|or\s+(?:two|so))"
)


SHORT_SPAN_BEFORE = re.compile(
    r"\b(?:in|for|within|than|about|every"
    r"|once|per)\s*$"
)


IN_RECENT = re.compile(r"\bin\s+(?:recent|the\s+past)", re.I)


OF_WORD = re.compile(r"\bof\b")


# 'three quarters' alone is a fraction; these frames make it a span of quarters.
QUARTER_OF_HOUR_OR_YEAR = compile_ci(r"\s+of\s+an?\s+(?P<u>hour|year)\b")


QUARTER_SPAN_BEFORE = compile_ci(
    r"\b(?:for|in|within|over|after|past|last|next|previous|coming|following|first"
    r"|final|the|another)\s*$"
)


QUARTER_SPAN_AFTER = compile_ci(
    r"[\s-]+(?:ago|later|earlier|in\s+a\s+row|running|straight|of\s+(?:growth"
    r"|decline|losses|profit|gains))\b"
)


def _last_n_units(ctx: Context, m: Match) -> Candidate | None:
    q = m["q"] or m["q2"]
    unit = m["u"] or m["u2"]
    mod = (m["mod"] or m["mod2"]).lower()
    if q.lower() in ("a", "an"):
        return None
    if m["q2"] and unit.lower().startswith("night"):
        return None
    u = UNITS.get(unit.lower())
    if u is None:
        return None
    n = quantity(q)
    if (
        m["q2"]
        and mod in ("next", "last", "past", "previous")
        and n is not None
        and n > 1
        and not unit.lower().endswith("s")
    ):
        return None  # 'only 3 next week': a count, then 'next week'
    if mod in ("first", "final") and not OF_WORD.search(
        ctx.text[m.end() : m.end() + 4]
    ):
        return None
    v = iso_duration([(n, u)])
    return make(m.start(), m.end(), "DURATION", "duration", v, kind="dur", prio=1)


LAST_N_UNITS = Rule(
    name="last_n_units",
    pattern=(
        rf"(?:the\s+)?(?P<mod>last|past|next|coming|previous|following|upcoming|recent"
        rf"|first|final)\s+(?P<q>{QUANTITY_RE})\s+(?P<u>{UNIT_RE})\b"
        rf"|(?:the\s+)?(?P<q2>{QUANTITY_RE})\s+(?P<mod2>last|past|next|coming|previous"
        rf"|following|upcoming)\s+(?P<u2>{UNIT_RE})\b"
    ),
    gates=(
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
    handler=_last_n_units,
    examples=(
        example("Prices rose over the last five years.", "P5Y"),
        example("Rents rose the past two years.", "P2Y"),
        example("He stayed the first 3 days of the trip.", "P3D"),
    ),
)


def _duration(ctx: Context, m: Match) -> Candidate | None:
    q, u = m["q"], m["u"]
    low_q = q.lower()
    ul = u.lower()
    after = ctx.text[m.end() : m.end() + 12]
    if AGE_AFTER.match(after):
        return None  # ages are not temporal expressions
    if ul in ("second", "sec", "minute", "min") and low_q in ("a", "an"):
        pre8 = ctx.text[max(0, m.start() - 10) : m.start()].lower()
        if not (SHORT_SPAN_AFTER.match(after) or SHORT_SPAN_BEFORE.search(pre8)):
            return None
    if (
        ul == "second"
        and low_q not in ("a", "an", "one")
        and not LEADING_DIGIT.match(low_q)
        and quantity(q) is None
    ):
        return None
    if ul.startswith("quarter") and not m["q2"]:
        # 'three quarters' is a fraction; only 'three quarters of an hour / a
        # year' or a clearly temporal frame ('for two quarters') is a time span
        of = QUARTER_OF_HOUR_OR_YEAR.match(ctx.text, m.end())
        n = quantity(q)
        if of is not None and n is not None and "quarter" not in low_q:
            v = (
                f"PT{format_number(15 * n)}M"
                if of["u"].lower() == "hour"
                else f"P{format_number(3 * n)}M"
            )
            return make(m.start(), of.end(), "DURATION", "duration", v, kind="dur")
        if low_q in ("a", "an", "one") or "quarter" in low_q or OF_AFTER.match(after):
            return None
        pre = ctx.text[max(0, m.start() - 24) : m.start()]
        if not (
            QUARTER_SPAN_BEFORE.search(pre)
            or QUARTER_SPAN_AFTER.match(ctx.text, m.end())
        ):
            return None
    if (
        ul == "night"
        and not m["q2"]
        and char_at(ctx.text, m.start("u") - 1) != "-"
    ):
        n = quantity(q)
        if n is not None and n > 1:
            return None  # 'three night markets': 'night' modifies a noun
    if ul in ("night", "nights") and low_q in ("a", "an", "one"):
        pre = ctx.text[max(0, m.start() - 8) : m.start()].lower()
        if not FOR_BEFORE_NIGHT.search(pre):
            return None
    pre = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    if DETERMINER_BEFORE.search(pre) and low_q in (
        "a",
        "an",
        "one",
    ):
        return None
    if (
        low_q in ("a", "an")
        and not m["q2"]
        and RATE_NOUN_BEFORE.search(ctx.text[max(0, m.start() - 15) : m.start()])
        and not SPAN_CUE_BEFORE.search(ctx.text[max(0, m.start() - 12) : m.start()])
    ):
        unit = UNITS.get(ul)
        if unit in ("D", "W", "M", "Y", "H"):
            # '3 million visitors a year', '$5 a day': a rate, i.e. a set
            return make(
                m.start(),
                m.end(),
                "SET",
                "set",
                iso_duration([(1, unit)]),
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
        and quantity(q) is not None
    ):
        # 'an hour and a quarter' is 1.25 hours, not an hour plus three months
        pairs = [(q + " and a quarter", u)]
    v = duration_value(ctx, pairs)
    if v is None:
        return None
    return make(m.start(), m.end(), "DURATION", "duration", v, kind="dur")


DURATION = Rule(
    name="duration",
    pattern=(
        rf"(?P<q>{QUANTITY_RE})(?:[\s-]+|(?<=\d)(?=(?:minutes?|mins?|hours?|hrs?|days?"
        rf"|weeks?|months?|years?|yrs?)\b))(?P<u>{UNIT_RE})(?![\w])"
        rf"(?:(?:\s*,\s*|\s+and\s+|\s+)(?P<q2>{QUANTITY_RE})[\s-]+(?P<u2>{UNIT_RE})(?!["
        rf"\w]))?"
        rf"(?:(?:\s*,\s*|\s+and\s+|\s+)(?P<q3>{QUANTITY_RE})[\s-]+(?P<u3>{UNIT_RE})(?!["
        rf"\w]))?"
        # 'an hour and a half'; bare 'and half' only where no noun can follow
        rf"(?P<half>\s+and\s+(?:a\s+(?:half|quarter)\b|half(?=\s*(?:[.,;:!?)]|$)"
        rf"|\s+(?:is|was|are|were|will|would|ago|later|earlier|before|after|long)\b)))?"
    ),
    gates=None,
    handler=_duration,
    examples=(
        example("The trial lasted three years.", "P3Y"),
        example("He rested an hour and a half.", "PT1.5H"),
        example("We waited 3.5years.", "P3.5Y"),
        example("Talks took three quarters of an hour.", "PT45M"),
        example("The trip took 2 weeks, 3 days.", "P2W3D"),
        example("We will be back in a minute or so.", "PT1M"),
        example("He rested an hour and a quarter.", "PT1.25H"),
        example("Profits grew for two quarters.", "P6M"),
        example("He ate three quarters of the pie."),
        example("Wait a second."),
        example("They visited three night markets."),
        example("He stayed for a night.", "P1D"),
        example("It costs $5 a day.", "P1D"),
        example("It took a few days.", "PXD"),
        example("A two-week ceasefire starting Friday held.", "P2W", "2023-09-01"),
        example("Three days after Easter they met.", "2023-04-12"),
        example("The first 2 weeks of 2021 were cold.", "(2021-01-04,2021-01-18,P2W)"),
        example(
            "The last four months of the year were dry.",
            "(2023-09-01,2024-01-01,P4M)",
        ),
        example(
            "The first 10 days of March 2021 were wet.",
            "(2021-03-01,2021-03-11,P10D)",
        ),
        example("Talks took three quarters of a year.", "P9M"),
    ),
)


def _bare_plural_unit(ctx: Context, m: Match) -> Candidate | None:
    pre, post = m["pre"], m["post"]
    if not (pre or post):
        return None
    if post and post.strip().lower() == "of" and not pre:
        return None
    if (
        pre
        and pre.lower() == "in"
        and not (post and post.strip().lower() != "of")
        and not IN_RECENT.search(m.group())
    ):
        return None
    u = UNITS[m["u"].lower()]
    v = iso_duration([(None, u)])
    start = m.start("u")
    if pre and pre.lower() in ("recent", "past", "last", "coming", "next"):
        start = m.start("pre")
    end = m.end("u")
    return make(start, end, "DURATION", "duration", v, kind="dur")


BARE_PLURAL_UNIT = Rule(
    name="bare_plural_unit",
    pattern=(
        r"(?:(?P<pre>for|over|within|recent|past|last|coming|next|in)\s+)?(?:the\s+)?"
        r"(?P<u>hours|days|weeks|months|years|decades|minutes)\b(?P<post>\s+(?:after"
        r"|later|earlier|before|ago|of|on\s+end|long))?"
    ),
    gates=None,
    handler=_bare_plural_unit,
    examples=(
        example("They argued for hours.", "PTXH"),
        example("It lasted days on end.", "PXD"),
    ),
)


def _all_unit_long(ctx: Context, m: Match) -> Candidate:
    v = iso_duration([(1, UNITS[m["u"].lower()])])
    return make(m.start(), m.end(), "DURATION", "duration", v, kind="dur")


ALL_UNIT_LONG = Rule(
    name="all_unit_long",
    pattern=(
        r"\ball\s+(?P<u>day|night|week|month|year|weekend)\s*(?:long)?\b"
    ),
    gates=("all ",),
    handler=_all_unit_long,
    examples=(
        example("It rained all day long.", "P1D"),
    ),
)


def _hours_with_h(ctx: Context, m: Match) -> Candidate:
    return make(
        m.start("h"),
        m.end(),
        "DURATION",
        "duration",
        f"PT{int(m['h'])}H",
        kind="dur",
        prio=2,
    )


HOURS_WITH_H = Rule(
    name="hours_with_h",
    pattern=(
        r"\b(?:for|in|within|over)\s+(?P<h>\d{1,2})h\b"
    ),
    gates=(DIGIT_FLAG,),
    handler=_hours_with_h,
    examples=(
        example("The lab ran for 8h straight.", "PT8H"),
        example("It lasted for 9h.", "PT9H"),
    ),
)


RULES = [LAST_N_UNITS, DURATION, BARE_PLURAL_UNIT, ALL_UNIT_LONG, HOURS_WITH_H]
