"""What the recognisers read: the public NumberMention and the partial readings
(a cardinal, the numeric part of a mention, a number with its currency and unit).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

ZERO = Fraction(0)

@dataclass(frozen=True, slots=True, kw_only=True)
class NumberMention:
    """One number mention with its normalized value, qualifier and unit."""

    start: int
    end: int
    text: str
    value: int | float
    value_max: int | float | None
    modifier: str
    unit: str | None
    number_start: int
    number_end: int
    vague: bool = False



@dataclass(slots=True)
class Cardinal:
    """A cardinal read from tokens (words and/or digits)."""

    value: Fraction | float
    end: int  # token index after the cardinal
    last: str  # kind of the last element read
    tail: int  # multiplier of the last scale word read (1 when none)
    max_scale: int
    and_base: Fraction | float | None  # value before an "and"-joined last part
    and_after: str  # kind of the element before that "and"
    words: bool
    plain: bool  # one bare integer token without separators or scale
    abbr: bool  # ended with an abbreviated multiplier ("3m")


@dataclass(slots=True)
class NumberReading:
    """The numeric part of a mention (no currency, unit or qualifier)."""

    value: Fraction | float
    start: int  # token indexes [start, end)
    end: int
    vague: bool = False
    words: bool = False
    plain: bool = False
    tail: int = 1
    frac: bool = False
    skip: bool = False  # recognised but not a count (ordinal, "24/7")
    scaled: bool = False
    # the modifier of a vague reading without a qualifier: "dozens" is at
    # least 24, "a couple" about 2, "a dozen" 12
    vague_modifier: str = "at_least"


@dataclass(slots=True)
class Quantity:
    """A number with its currency, sign and unit, before qualifiers."""

    num: NumberReading
    tok_start: int
    tok_end: int
    start: int  # char offsets
    end: int
    num_start: int
    num_end: int
    value: Fraction | float
    unit: str | None
    money: bool
    signed: bool


def output_value(value: Fraction | float) -> int | float:
    """Return an int for integral values, else a float."""
    if isinstance(value, int):
        return value
    if isinstance(value, Fraction):
        return int(value) if value.denominator == 1 else float(value)
    if value.is_integer() and abs(value) < 1e18:
        return int(value)
    return value


def is_integral(value: Fraction | float) -> bool:
    """Whether a value has no fractional part."""
    if isinstance(value, int):
        return True
    if isinstance(value, Fraction):
        return value.denominator == 1
    return value.is_integer()



@dataclass(frozen=True, slots=True)
class Example:
    """A rule example: `text` holds one mention, `mention`, read as these fields.

    Each recogniser module lists its EXAMPLES; tests/numbers/test_rule_examples.py
    runs them all through find_numbers.
    """

    text: str
    mention: str
    value: int | float
    modifier: str = "exact"
    unit: str | None = None
    value_max: int | float | None = None
