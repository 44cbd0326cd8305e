"""A number restated in brackets: "forty-five (45)", "10 (ten) days" is one
mention, not two; a conversion ("5 miles (8 km)") stays two.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from .lexicon import PERCENT_RE
from .quantities import read_suffix
from .readings import Example, NumberMention, NumberReading
from .tokens import Tokens

EXAMPLES = (
    Example("Forty-five (45) homes flooded.", "Forty-five (45)", 45),
    Example("The lease runs for 10 (ten) years.", "10 (ten) years", 10,
            unit="year"),
    Example("The fee is five (5) percent.", "five (5) percent", 5, unit="percent"),
    Example("Nearly thirty (30) boats sank.", "Nearly thirty (30)", 30, "nearly"),
    Example("They paid five (5) dollars.", "five (5) dollars", 5, unit="USD"),
    Example("He owes $2,000 (two thousand dollars).",
            "$2,000 (two thousand dollars)", 2000, unit="USD"),
)  # fmt: skip

OPEN_RE = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*")
CLOSE_RE = re.compile(r"[ \t\u00a0]*\)")


def merge_restated(toks: Tokens, mentions: list[NumberMention]) -> list[NumberMention]:
    """Join a number and its bracketed restatement in digits or words."""
    out: list[NumberMention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        if i + 1 < len(mentions):
            merged = _merge(toks, first, mentions[i + 1])
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(first)
        i += 1
    return out


def _merge(
    toks: Tokens, first: NumberMention, second: NumberMention
) -> NumberMention | None:
    """`first` and its restatement `second` ("(45)") as one mention, else None."""
    text = toks.text
    opened = OPEN_RE.match(text, first.end)
    if opened is None or opened.end() != second.start:
        return None
    closed = CLOSE_RE.match(text, second.end)
    if closed is None:
        return None
    if second.modifier != "exact" or second.value_max != first.value_max:
        return None
    if first.value != second.value or first.modifier == "range":
        return None
    if second.unit is not None and first.unit not in (None, second.unit):
        return None
    digits = (_has_digits(first), _has_digits(second))
    if digits[0] == digits[1]:
        return None  # "5 (6)" is two numbers; only digits and words restate
    end, unit = closed.end(), first.unit or second.unit
    percent = PERCENT_RE.match(text, end)
    if unit is None and percent is not None:
        unit = "percentage_point" if percent.group("points") else "percent"
        end = percent.end()
    elif unit is None:
        # "ten (10) years": the unit comes after the bracket
        j = toks.index_at(end)
        if j < toks.count and toks.starts[j] > end:
            value = Fraction(first.value)
            reading = NumberReading(value, j, j, words=True)
            suffix = read_suffix(toks, j, reading, False, value)
            if suffix is not None:
                unit, end = suffix[0], toks.ends[suffix[1] - 1]
    return replace(
        first,
        end=end,
        text=text[first.start : end],
        unit=unit,
    )


def _has_digits(mention: NumberMention) -> bool:
    return any(char.isdigit() for char in mention.text)
