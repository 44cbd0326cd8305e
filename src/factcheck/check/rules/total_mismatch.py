"""total-mismatch: parts and a stated total that disagree (no reference needed).

"50 guards and 7 officers, 58 people in all". The total is the count after "a
total of" or before "in all", "in total", "altogether", "combined", "all
told"; the parts are the other counts of its sentence, before it or after a colon,
dash or "including" (or, when the sentence
opens with "In all," and holds only the total, of the sentence before) in the
same unit, at least two, none given for comparison. Reported when the sum of
the parts' intervals is disjoint from the total's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from factcheck.check.binding import counted_key, describe_claim
from factcheck.check.context import Context
from factcheck.check.intervals import Interval, count_interval
from factcheck.check.model import Hit, Rule, Severity
from factcheck.records import CountClaim

_BEFORE = re.compile(r"\b(?:a|the)\s+(?:combined\s+)?total\s+of\s+$", re.IGNORECASE)
# "58 people in all," but not "in all five states" or "in total darkness".
_AFTER = re.compile(
    r"^[\w\s-]{0,40}?\b(?:in\s+all|in\s+total|altogether|combined|all\s+told)"
    r"(?=\s*(?:[,.;:)\u2014]|$))",
    re.IGNORECASE,
)
_OPENER = re.compile(
    r"^\W*(?:in\s+all|in\s+total|altogether|all\s+told|combined)\b", re.IGNORECASE
)
# Counted words that are never parts of a total of things.
_NOT_PARTS = frozenset(("year", "month", "week", "day", "hour", "minute", "percent"))


def _is_total(ctx: Context, claim: CountClaim) -> bool:
    text = ctx.doc.text
    lo, hi = ctx.doc.sentence(claim)
    before = text[max(lo, claim.span[0] - 40) : claim.span[0]]
    after = text[claim.span[1] : min(hi, claim.span[1] + 60)]
    after = re.split(r"[,;.]", after, maxsplit=1)[0]
    return bool(_BEFORE.search(before) or _AFTER.match(after))


# After the total, parts follow a colon, a dash or "including": "a total of 16
# counts: 12 of fraud and 3 of theft"; not "about 3,000 Americans, 3,000
# Britons", a list of totals.
_INTRODUCES = re.compile(
    r"[:\u2014\u2013]|\s-\s|\b(?:including|of whom|of which|among them)\b",
    re.IGNORECASE,
)


def _introduced(ctx: Context, total: CountClaim, part: CountClaim) -> bool:
    between = ctx.doc.text[total.span[1] : part.span[0]]
    return _INTRODUCES.search(between) is not None


def _sum(parts: Sequence[Interval]) -> Interval:
    return Interval(
        sum(p.lo for p in parts),
        sum(p.hi for p in parts),
        any(p.lo_open for p in parts),
        any(p.hi_open for p in parts),
    )


def check(ctx: Context) -> Iterator[Hit]:
    config = ctx.config
    counts = [c for c in ctx.doc.claims if isinstance(c, CountClaim)]
    by_sentence: dict[int, list[CountClaim]] = {}
    for c in counts:
        by_sentence.setdefault(c.sentence, []).append(c)
    for total in counts:
        if total.vague or total.value < 2 or not _is_total(ctx, total):
            continue  # "two-thirds in all" is a share, not a total
        pool = [c for c in by_sentence[total.sentence] if c is not total]
        if not pool:
            lo, _ = ctx.doc.sentence(total)
            if _OPENER.match(ctx.doc.text[lo : total.span[0]]):
                pool = by_sentence.get(total.sentence - 1, [])
        parts = [
            c
            for c in pool
            if (c.unit or "") == (total.unit or "")
            and not c.vague
            and counted_key(c) not in _NOT_PARTS
            and not ctx.binder.is_prior(c)
            and c.value >= 1  # "half" of them is not a part
            and float(c.value).is_integer()
            and not _is_total(ctx, c)
            and (c.span[0] < total.span[0] or _introduced(ctx, total, c))
            # "the 180-seat chamber": a measure of something else.
            and ctx.doc.text[c.span[1] : c.span[1] + 1] != "-"
            and "-" not in c.text
        ]
        if len(parts) < 2:
            continue
        got = _sum(
            [count_interval(c, about=config.about, nearly=config.nearly) for c in parts]
        )
        have = count_interval(total, about=config.about, nearly=config.nearly)
        if not got.disjoint(have):
            continue
        listed = " + ".join(f'"{c.text}"' for c in parts)
        yield Hit(
            message=f"{describe_claim(total, have)} is not the sum of its parts: "
            f"{listed} = {got}",
            span=total.span,
            claim=total,
        )


RULE = Rule(
    "total-mismatch",
    Severity.ERROR,
    "Parts and a stated total disagree.",
    check,
)
