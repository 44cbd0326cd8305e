"""Ranges and ratios: "between 3 and 5", "10-15 km", "from $5 to $10",
"one in five", "more than 10 and less than 20".
"""

from __future__ import annotations

from fractions import Fraction

from .digits import is_numberish
from .lexicon import (
    BOUND_JOIN_RE,
    DASHES,
    LOWER_BOUNDS,
    TIME_UNITS,
    UNIT_WORDS,
    UPPER_BOUNDS,
)
from .quantities import read_quantity
from .readings import Example, NumberMention, Quantity
from .tokens import Tokens

EXAMPLES = (
    Example("Between 3 and 5 people left.", "Between 3 and 5", 3, "range",
            value_max=5),
    Example("The trip is 10-15 km.", "10-15 km", 10, "range", "km", 15),
    Example("Prices went from $5 to $10.", "from $5 to $10", 5, "range", "USD", 10),
    Example("It costs $3-5 million.", "$3-5 million", 3000000, "range", "USD",
            5000000),
    Example("More than 10 and less than 20 came.", "More than 10 and less than 20",
            10, "range", value_max=20),
    Example("One in five children is poor.", "One in five", 0.2),
    Example("2 out of 3 doctors agree.", "2 out of 3", 2 / 3),
    Example("The boats are 8- to 16-metre long.", "8- to 16-metre", 8, "range", "m",
            16),
    Example("Between 10 and 5 seats changed hands.", "Between 10 and 5", 5, "range",
            value_max=10),
    Example("Between 2 hundred and 3 hundred came.",
            "Between 2 hundred and 3 hundred", 200, "range", value_max=300),
    Example("Between 4 million and 6 million households signed up.",
            "Between 4 million and 6 million", 4000000, "range", value_max=6000000),
    Example("From five thousand to two million fans watched.",
            "From five thousand to two million", 5000, "range", value_max=2000000),
    Example("Less than 20 and more than 10 came.", "Less than 20 and more than 10",
            10, "range", value_max=20),
    Example("One out of every four voters agreed.", "One out of every four", 0.25),
    # "or" joins a range only when the second number lends the first its scale
    Example("Seven or eight thousand votes would do.", "Seven or eight thousand",
            7000, "range", value_max=8000),
    Example("It may cost $5 or 6 million.", "$5 or 6 million", 5000000, "range",
            "USD", 6000000),
)  # fmt: skip


def range_second_at(
    toks: Tokens,
    j: int,
    first: Quantity,
    between: bool,
    from_: bool,
) -> int:
    """Token index of the second number of a range after part a, else -1."""
    count, texts, lowers = toks.count, toks.texts, toks.lowers
    if j >= count:
        return -1
    tok_text, word = texts[j], lowers[j]
    if between:
        return j + 1 if word in ("and", "&", "to") else -1
    if word in ("to", "through", "thru", "or") or (from_ and word == "until"):
        return j + 1  # "or": make_range keeps only "seven or eight thousand"
    if tok_text in DASHES and toks.glued(j) and j + 1 < count and lowers[j + 1] == "to":
        return j + 2  # "8- to 16-metre"
    if tok_text in DASHES or tok_text == "~":
        if toks.kinds[first.num.end - 1] != "number" and not first.num.scaled:
            return -1
        return j + 1
    return -1


def is_yearish(toks: Tokens, part: Quantity) -> bool:
    """A bare four-digit integer that reads as a calendar year."""
    num = part.num
    if not num.plain or part.money or part.signed or part.unit is not None:
        return False
    tok_text = toks.texts[num.start]
    return len(tok_text) == 4 and 1800 <= int(tok_text) <= 2099


def make_range(
    toks: Tokens,
    first: Quantity,
    second: Quantity,
    explicit: bool,
    dash: bool,
) -> tuple[Fraction | float, Fraction | float, str | None] | None:
    """(low, high, unit) of two quantities read as a range, else None."""
    if first.unit is not None and second.unit is not None and first.unit != second.unit:
        return None
    if first.num.vague or second.num.vague:
        return None
    if dash and (
        toks.kinds[first.num.start] != "number"
        or toks.kinds[second.num.start] != "number"
    ):
        return None  # "ten-fifteen" is not written in news copy
    lo, hi = first.value, second.value
    # "$3-5 million", "between 3 and 5 million": the scale applies to both ends
    shares_scale = (
        second.num.tail > 1
        and not first.num.scaled
        and not first.num.frac
        and (lo < second.value / second.num.tail)
    )
    if shares_scale:
        lo = lo * second.num.tail
    elif toks.lowers[first.tok_end] == "or":
        return None  # "two or three jobs" are two numbers
    if not explicit and not lo < hi:
        return None  # "won 3-1", "voted 6 to 3"
    if lo == hi:
        return None
    if lo > hi:
        lo, hi = hi, lo
    return (lo, hi, first.unit or second.unit)


def read_ratio(
    toks: Tokens,
    first: Quantity,
    j: int,
) -> tuple[Quantity, Fraction | float] | None:
    """ "X in Y", "X out of (every) Y", "X over Y" read as the fraction X/Y."""
    count, lowers = toks.count, toks.lowers
    if first.unit is not None or first.num.frac or first.num.vague or j >= count:
        return None
    word = lowers[j]
    if word == "out" and j + 1 < count and lowers[j + 1] == "of":
        k = j + 2
    elif word in ("in", "over"):
        k = j + 1
    else:
        return None
    if k < count and lowers[k] == "every":
        k += 1
    if k >= count or not (toks.kinds[k] == "number" or is_numberish(toks, k)):
        return None
    second = read_quantity(toks, k)
    if not isinstance(second, Quantity) or second.unit is not None or second.num.frac:
        return None
    if is_yearish(toks, second) or not 0 < abs(first.value) <= second.value:
        return None  # "12 out of 10", "Voyager 2 in 1979"
    after = second.tok_end
    if after < count and toks.kinds[after] == "word":
        nw = lowers[after]
        # "3 in 10 days" is not a ratio; "over" needs a bare divisor
        if word == "over" or nw in UNIT_WORDS or nw.rstrip("s") in TIME_UNITS:
            return None
    av, bv = first.value, second.value
    if isinstance(av, int | Fraction) and isinstance(bv, int | Fraction):
        return (second, Fraction(av) / bv)
    return (second, float(av) / float(bv))


def merge_bounds(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Join "more than 10 and less than 20" into one range mention."""
    out: list[NumberMention] = []
    i = 0
    while i < len(mentions):
        mention = mentions[i]
        if i + 1 < len(mentions):
            next_mention = mentions[i + 1]
            if (
                mention.modifier in LOWER_BOUNDS
                and next_mention.modifier in UPPER_BOUNDS
            ):
                lo, hi = mention.value, next_mention.value
            elif (
                mention.modifier in UPPER_BOUNDS
                and next_mention.modifier in LOWER_BOUNDS
            ):
                lo, hi = next_mention.value, mention.value
            else:
                lo = hi = 0
            if (
                lo < hi
                and (
                    mention.unit == next_mention.unit
                    or None in (mention.unit, next_mention.unit)
                )
                and BOUND_JOIN_RE.fullmatch(text, mention.end, next_mention.start)
                is not None
            ):
                out.append(
                    NumberMention(
                        start=mention.start,
                        end=next_mention.end,
                        text=text[mention.start : next_mention.end],
                        value=lo,
                        value_max=hi,
                        modifier="range",
                        unit=mention.unit or next_mention.unit,
                        number_start=mention.number_start,
                        number_end=next_mention.number_end,
                    )
                )
                i += 2
                continue
        out.append(mention)
        i += 1
    return out
