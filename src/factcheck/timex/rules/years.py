"""Years and longer periods.

'2019', 'mid-2019', 'nineteen eighty-six', the 1990s, the 19th century, Q3 2021,
H1 2020, summer 2019, FY2022.
"""

from __future__ import annotations

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
    EDGE_END,
    EDGE_START,
    NTH,
    ORDINAL_RE,
    RELATIVE_OFFSETS,
    SEASONS,
    SEASON_RELATIONS,
    YEAR_WORDS_RE,
    compile_ci,
    word_number,
    year_from_words,
)
from ..resolve import Context
from .common import figure_year, year_of


BEFORE_CHRIST = re.compile(r"B", re.I)


LIST_JOIN_BEFORE = re.compile(r"\b(?:and|or|to|than|either)\s*$", re.I)


CLAUSE_END_AFTER = re.compile(r"\s*(?:,|\.|;|$)")


YEAR_EVENT_BEFORE = re.compile(
    r"(?:\b(?:summer|winter|spring|autumn|fall|season|election|census|olympics"
    r"|cup|games)|,)\s*$",
    re.I,
)


YEAR_ERA_AFTER = re.compile(r"\s*[-\u2013]\s*(?:era|style|vintage|model)\b", re.I)


YEAR_THEN_JOIN_BEFORE = re.compile(
    r"(?:1[0-9]|20)\d{2}\s*,?\s*(?:and|or|to|either)\s*$"
)


THAN_BEFORE = re.compile(r"\bthan\s*$", re.I)


CAPITALIZED_WORD_BEFORE = re.compile(r"[A-Z][a-z]+\s+$")


PUNCT_OR_END_AFTER = re.compile(r"\s*(?:$|[.,;:!?)])")


POSSESSIVE_OR_IN_THE_BEFORE = re.compile(
    r"\b(?:his|her|their|my|your|our|its|in\s+the)\s*$", re.I
)


POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our)\s*$", re.I)


SEASON_NOUN_AFTER = re.compile(
    r"\s+(?:olympics|games|palace|solstice|equinox|school|camp"
    r"|break|session|festival|fashion|collection|storm|sale)\b",
    re.I,
)


SEASON_CUE_BEFORE = re.compile(
    r"\b(?:in|during|through|throughout|since|by|until|over|the"
    r"|this|that|last|next|of|early|late|mid|for|before|after)"
    r"\s*$",
    re.I,
)


FALL_VERB_AFTER = re.compile(r"\s+(?:of|in|from|to|by|on)\b", re.I)


# Words after a bare year that show it counts something instead.
COUNTED_NOUN_AFTER = compile_ci(
    r"\s*(?:[-\u2013]\s*)?(?:people|persons|men|women|children|kids|troops|soldiers"
    r"|personnel|workers|employees|jobs|units|pieces|votes|cases|deaths|homes"
    r"|houses|feet|foot|ft|meters|metres|m\b|miles|km|kilometers|kilometres|euros"
    r"|dollars|yuan|pounds|tons|tonnes|points|barrels|shares|pages|words|calories"
    r"|hours|minutes|seconds|students|members|police|officers|residents|refugees"
    r"|migrants|patients|prisoners|inmates|guards|signatures|rounds|cars|vehicles"
    r"|acres|hectares|square|sq|copies|respondents|participants|delegates|seats"
    r"|beds|flights|tweets|posts|others|more|of\s+(?:them|the|these|those))\b"
)


OR_LATER_AFTER = compile_ci(r"\s+or\s+(?:later|earlier|after|before|beyond)\b")


TO_YEAR_AFTER = compile_ci(
    r"\s*(?:-|\u2013|to|through|thru|until|till)\s*(?P<y2>(?:19|20)\d{2})"
    r"(?![\d%]|[-/.]\d)"
)


YEAR_CUE_BEFORE = compile_ci(
    r"(?:\b(?:in|since|by|until|till|til|through|thru|throughout|during|from|to"
    r"|before|after|of|between|early|mid|late|year|fiscal|circa|ca\.|c\.|around"
    r"|for|spring|summer|autumn|fall|winter|the|a|an|its|their|his|her|our|this"
    r"|that|as\s+of|back\s+in|season|election|elections|census|class\s+of|vintage"
    r"|about|cy|sy|than|either|and|or)|mid-|[=(])\s*$"
)


YEAR_STRONG_CUE_BEFORE = compile_ci(
    r"(?:\b(?:in|since|by|until|till|til|through|thru|throughout|during|from|before"
    r"|after|year|fiscal|circa|as\s+of|back\s+in|back\s+to|class\s+of|cy|sy)|mid-"
    r"|[=(])\s*$"
)


def _quarter_by_tense(ctx: Context, q: int, start: int, end: int) -> str:
    ref = ctx.ref
    if ref is None:
        return f"XXXX-Q{q}"
    y = ref.year
    refq = (ref.month - 1) // 3 + 1
    t = ctx.tense(start, end)
    if t < 0 and q > refq:
        y -= 1
    elif t > 0 and q < refq:
        y += 1
    return f"{y:04d}-Q{q}"


def _relative_quarter(ctx: Context, m: Match, rel: str) -> Candidate:
    ref = ctx.ref
    if ref is None:
        return make(m.start(), m.end(), "DATE", "quarter", "XXXX-QX")
    off = RELATIVE_OFFSETS.get(rel, 0)
    idx = ref.year * 4 + (ref.month - 1) // 3 + off
    return make(
        m.start(), m.end(), "DATE", "quarter", f"{idx // 4:04d}-Q{idx % 4 + 1}"
    )


def _year_figure(ctx: Context, m: Match) -> Candidate | None:
    y = int(m["y"])
    post = (m["post"] or "").strip()
    text = ctx.text
    pre = text[max(0, m.start() - 25) : m.start()]
    after = text[m.end() : m.end() + 40]
    ok = False
    if (post and post[0] in "'\u2019") or post or ctx.standalone(m):
        ok = True
    elif 1900 <= y <= 2100 and (yr := TO_YEAR_AFTER.match(after)) is not None:
        # 'the range is 2014 to 2018': a year range needs no other context
        ok = int(yr["y2"]) > y and not COUNTED_NOUN_AFTER.match(after, yr.end())
    elif YEAR_CUE_BEFORE.search(pre):
        weak_pre = not YEAR_STRONG_CUE_BEFORE.search(pre)
        if weak_pre and LIST_JOIN_BEFORE.search(pre):
            # 'between 2007 and 2009' is a list of years, '2,200 and 1500' is not
            ok = bool(YEAR_THEN_JOIN_BEFORE.search(pre) or THAN_BEFORE.search(pre))
            ok = ok and not COUNTED_NOUN_AFTER.match(after)
        elif weak_pre:
            ok = 1900 <= y <= 2100 and not COUNTED_NOUN_AFTER.match(after)
        else:
            ok = not COUNTED_NOUN_AFTER.match(after)
    elif CLAUSE_END_AFTER.match(after) and YEAR_EVENT_BEFORE.search(pre):
        ok = 1900 <= y <= 2100
    elif YEAR_ERA_AFTER.match(after):
        ok = True
    elif 1900 <= y <= 2100 and OR_LATER_AFTER.match(after):
        # 'in 2018 or later', 'by 2030 or earlier'
        ok = True
    elif (
        CAPITALIZED_WORD_BEFORE.search(pre)
        and 1950 <= y <= 2100
        and PUNCT_OR_END_AFTER.match(after)
    ):
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
    elif post and BEFORE_CHRIST.match(post):
        value = f"-{y:04d}"
    return make(
        m.start("y"), end, "DATE", "year", value, kind="year", ymd=(y, None, None)
    )


YEAR_FIGURE = Rule(
    name="year_figure",
    pattern=(
        r"(?<![\d$\u00a3\u20ac#.,:/-])(?P<y>(?:1[0-9]|2[01])\d{2})(?P<post>['\u2019]s"
        r"\b|\s*(?:A\.?D\b\.?"
        r"|B\.?C\.?E?\b\.?|C\.?E\.?\b))?(?![\d%]|,\d|\.\d|\s*(?:%|percent|per\s+cent))"
    ),
    gates=(DIGIT_FLAG,),
    handler=_year_figure,
    examples=(
        example("The bridge opened in 1998.", "1998"),
        example("He scored 2014 points."),
        example("Between 2007 and 2009 it grew.", "(2007-01-01,2009-01-01,P2Y)"),
        example("Built in 1200 BC by hand.", "-1200"),
        example("Euro 2024, then rest.", "2024"),
        example("The 1990-2300 plan.", "1990"),
        example("The range is 2014 to 2018.", "(2014-01-01,2018-01-01,P4Y)"),
        example("Two years after 2011 it closed.", "2013"),
        example("It opens in 2030 or later.", "2030"),
    ),
)


def _year_with_edge(ctx: Context, m: Match) -> Candidate:
    y = int(m["y"])
    low = m.group().lower()
    edge = "MID"
    if EDGE_END.search(low):
        edge = "END"
    elif EDGE_START.search(low):
        edge = "START"
    return make(
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


YEAR_WITH_EDGE = Rule(
    name="year_with_edge",
    pattern=(
        r"(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the\s+year\s+)?"
        r"|\b(?:early|mid|late)[\s-]+|\bmid-)(?P<y>(?:1\d|20)\d{2})(?![\d%s'\u2019]|,"
        r"\d)"
    ),
    gates=(DIGIT_FLAG,),
    handler=_year_with_edge,
    examples=(
        example("Work began in mid-2019.", "2019"),
        example("By the end of 2020 it was done.", "2020"),
    ),
)


def _year_in_words(ctx: Context, m: Match) -> Candidate | None:
    y = year_from_words(m["yw"])
    if y is None or not 1000 <= y <= 2100:
        return None
    return make(m.start("yw"), m.end("yw"), "DATE", "year", f"{y:04d}", kind="year")


YEAR_IN_WORDS = Rule(
    name="year_in_words",
    pattern=(
        rf"\b(?:in|since|of|year)\s+(?P<yw>{YEAR_WORDS_RE})\b"
    ),
    gates=("thousand", "hundred", "teen ", "twenty"),
    handler=_year_in_words,
    examples=(
        example("The firm was founded in nineteen eighty-six.", "1986"),
    ),
)


def _decade(ctx: Context, m: Match) -> Candidate | None:
    mod = m["mod"] or m["mod2"]
    if m["w"]:
        pre = ctx.text[max(0, m.start() - 12) : m.start()]
        if POSSESSIVE_OR_IN_THE_BEFORE.search(pre) and (POSSESSIVE_BEFORE.search(pre)):
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
        base = ctx.ref.year % 100 if ctx.ref else 30
        value = f"20{yy // 10}" if yy <= base else f"19{yy // 10}"
    else:
        y = int(m["y"])
        if y % 100 == 0 and y != 2000:
            # 'the 1800s' is the nineteenth century
            value = f"{y // 100:02d}"
            return make(m.start(), m.end(), "DATE", "century", value, kind="decade")
        value = f"{y // 10:03d}"
    start = m.start()
    return make(
        start, m.end(), "DATE", "decade", value, kind="decade", prio=mod is not None
    )


DECADE = Rule(
    name="decade",
    pattern=(
        r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<y>(?:1\d|20)\d0)\s?['\u20"
        r"19]?s"
        r"|(?<!\w)['\u2019](?P<yy>\d0)['\u2019]?s)(?![\w'\u2019])"
        r"|(?P<the>the\s+)(?:(?P<mod2>early|mid|late)[\s-]+)?(?P<w>twenties|thirties"
        r"|forties|fifties|sixties|seventies|eighties|nineties)\b"
    ),
    gates=("0s", "0 s", "0's", "0\u2019s", "ties"),
    handler=_decade,
    examples=(
        example("Prices soared in the 1990s.", "199"),
        example("Music of the '80s returns.", "198"),
        example("Life in the late twenties was hard.", "192"),
        example("In the 1800s cities grew.", "18"),
        example("She is in her twenties."),
    ),
)


def _century(ctx: Context, m: Match) -> Candidate | None:
    n = word_number(m["n"])
    if n is None or not 1 <= n <= 30:
        return None
    return make(
        m.start(), m.end(), "DATE", "century", f"{n - 1:02d}", kind="century"
    )


CENTURY = Rule(
    name="century",
    pattern=(
        rf"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)"
        rf"|{ORDINAL_RE})[\s-]+century\b"
    ),
    gates=("centur",),
    handler=_century,
    examples=(
        example("It dates from the 19th century.", "18"),
        example("Towns grew in the early twentieth century.", "19"),
    ),
)


def _quarter(ctx: Context, m: Match) -> Candidate | None:
    ref = ctx.ref
    if m["ord"]:
        o = m["ord"].lower()
        q = NTH.get(o, 4)  # "last"/"final" quarter: the fourth
        if m["y"]:
            v = f"{m['y']}-Q{q}"
        elif m["rel"] and ref:
            y = ref.year + RELATIVE_OFFSETS[m["rel"].lower()]
            v = f"{y:04d}-Q{q}"
        elif o in ("last", "final") and not m.group().lower().rstrip().endswith(
            ("year", "quarter of")
        ):
            return _relative_quarter(ctx, m, "last")
        else:
            v = _quarter_by_tense(ctx, q, m.start(), m.end())
        return make(m.start(), m.end(), "DATE", "quarter", v, kind="quarter")
    if m["q2"]:
        return make(m.start(), m.end(), "DATE", "quarter", f"{m['y2']}-Q{m['q2']}")
    if m["q3"]:
        return make(
            m.start(),
            m.end(),
            "DATE",
            "quarter",
            f"{ctx.two_digit_year(int(m['yy'])):04d}-Q{m['q3']}",
        )
    if m["q"]:
        if m["y3"]:
            y = year_of(ctx, m["y3"])
            return make(m.start(), m.end(), "DATE", "quarter", f"{y:04d}-Q{m['q']}")
        return make(
            m.start(),
            m.end(),
            "DATE",
            "quarter",
            _quarter_by_tense(ctx, int(m["q"]), m.start(), m.end()),
        )
    return _relative_quarter(ctx, m, m["rel2"].lower())


QUARTER = Rule(
    name="quarter",
    pattern=(
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
    gates=("quarter", "qtr", "q1", "q2", "q3", "q4"),
    handler=_quarter,
    examples=(
        example("Profits rose in Q3 2021.", "2021-Q3"),
        example("Sales fell in the third quarter.", "2023-Q3"),
        example("Sales were weak in Q4.", "2022-Q4"),
        example("Sales fell in the third quarter of last year.", "2022-Q3"),
        example("Results for 23Q1 are out.", "2023-Q1"),
        example("Earnings beat in the last quarter.", "2023-Q2"),
        example("Revenue grew this quarter.", "2023-Q3"),
        example("Sales fell in the third quarter.", "XXXX-Q3", ref=None),
        example("Results for Q2 are out.", "XXXX-Q2", ref=None),
        example("Costs rose in the final quarter of 2020.", "2020-Q4"),
        example("It grew in Q2 of '21.", "2021-Q2"),
        example("Revenue grew this quarter.", "XXXX-QX", ref=None),
        example("Profit rose in the last quarter of the year.", "2022-Q4"),
    ),
)


def _half_year(ctx: Context, m: Match) -> Candidate | None:
    if m["ord"]:
        h = 1 if m["ord"].lower() in ("first", "1st") else 2
        if m["y"]:
            y = int(m["y"])
        elif ctx.ref:
            y = ctx.ref.year + RELATIVE_OFFSETS.get((m["rel"] or "this").lower(), 0)
        else:
            return make(m.start(), m.end(), "DATE", "quarter", f"XXXX-H{h}")
    elif m["h2"]:
        y, h = int(m["y2"]), int(m["h2"])
    else:
        y, h = int(m["y3"]), int(m["h3"])
    return make(m.start(), m.end(), "DATE", "quarter", f"{y:04d}-H{h}")


HALF_YEAR = Rule(
    name="half_year",
    pattern=(
        r"(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half\s+of\s+(?:(?P<y>(?:19|20)\d{2"
        r"})"
        r"|(?P<rel>this|last|next)\s+year|the\s+year)"
        r"|(?<![\w-])(?P<y2>(?:19|20)\d{2})\s*[-\s]?\s*H(?P<h2>[12])\b"
        r"|(?<![\w-])H(?P<h3>[12])\s+(?P<y3>(?:19|20)\d{2})"
    ),
    gates=("half", "h1", "h2"),
    handler=_half_year,
    examples=(
        example("Output rose in the first half of 2020.", "2020-H1"),
        example("Targets for H2 2022 are set.", "2022-H2"),
        example("Plans for 2021 H1 slipped.", "2021-H1"),
        example("Costs fell in the second half of last year.", "2022-H2"),
        example("Output rose in the first half of the year.", "XXXX-H1", ref=None),
    ),
)


def _season(ctx: Context, m: Match) -> Candidate | None:
    word = (m["s"] or m["s2"]).lower()
    s = SEASONS[word]
    mod = squash_spaces((m["mod"] or "").lower())
    y_s = m["y"] or m["y2"]
    pre = ctx.text[max(0, m.start() - 25) : m.start()]
    if not (y_s or mod):
        cue = SEASON_CUE_BEFORE.search(pre) or m["the"]
        if word in ("fall", "spring") and not cue:
            return None
        if word == "fall" and FALL_VERB_AFTER.match(ctx.text[m.end() : m.end() + 8]):
            return None
        if SEASON_NOUN_AFTER.match(ctx.text[m.end() : m.end() + 12]):
            return None
    if y_s:
        v = f"{y_s}-{s}"
    else:
        relation = SEASON_RELATIONS.get(mod)
        y = ctx.season_year(s, m.start(), m.end(), relation)
        v = f"{y:04d}-{s}" if y is not None else f"XXXX-{s}"
    start = m.start() if (mod or y_s) else m.start("s") if m["s"] else m.start()
    return make(start, m.end(), "DATE", "season", v, kind="season")


SEASON = Rule(
    name="season",
    pattern=(
        r"(?:(?P<mod>this\s+past|this|last|next|past|coming|previous|early|late|mid"
        r"|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)?(?P<the>the\s+)?"
        r"(?P<s>spring|summer|autumn|fall|winter)(?:time)?\b(?:\s+(?:of\s+)?(?P<y>"
        r"(?:19|20)\d{2})(?!\d))?"
        r"|(?<![\d.,])(?P<y2>(?:19|20)\d{2})\s+(?P<s2>spring|summer|autumn|fall|winter)"
        r"\b"
    ),
    gates=("spring", "summer", "autumn", "fall", "winter"),
    handler=_season,
    examples=(
        example("The deal closed in summer 2019.", "2019-SU"),
        example("We travel next spring.", "2024-SP"),
        example("Leaves turn in the fall.", "2023-FA"),
        example("Prices will fall in value."),
        example("Last winter was mild.", "2022-WI"),
        example("It rained in the summer.", "XXXX-SU", ref=None),
        example("We travel next summer.", "2024-SU", ref="2024-01-15"),
        example("The winter was mild.", "2022-WI", ref="2023-01-10"),
    ),
)


def _fiscal_year(ctx: Context, m: Match) -> Candidate | None:
    ys = m["y"]
    y = figure_year(ctx, ys)
    return make(m.start(), m.end(), "DATE", "year", f"FY{y:04d}", kind="year")


FISCAL_YEAR = Rule(
    name="fiscal_year",
    pattern=(
        r"(?:fiscal(?:\s+year)?|FY)\s*['\u2019]?(?P<y>(?:19|20)\d{2}|\d{2})(?!\d)"
    ),
    gates=("fiscal", "fy"),
    handler=_fiscal_year,
    examples=(
        example("Revenue for FY2022 rose.", "FY2022"),
        example("Budget for fiscal '24 is set.", "FY2024"),
    ),
)


RULES = [
    YEAR_FIGURE,
    YEAR_WITH_EDGE,
    YEAR_IN_WORDS,
    DECADE,
    CENTURY,
    QUARTER,
    HALF_YEAR,
    SEASON,
    FISCAL_YEAR,
]
