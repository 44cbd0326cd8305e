"""Digit literals: integers, decimals, "3/4" and "2 1/2", powers ("10^6",
"1.3x10^6"), signs and abbreviated multipliers ("$3m", "10k").
"""

from __future__ import annotations

from fractions import Fraction

from .lexicon import (
    ABBREVIATED_SCALES,
    CURRENCY_SYMBOLS,
    DISPLAY_WORDS,
    SIGNS,
    SMALL_NUMBER_WORDS,
    SPACED_SCALE_ABBREVIATIONS,
    UNIT_WORDS,
    VULGAR_FRACTIONS,
    ZERO_WORDS,
)
from .readings import ZERO, Example, is_integral
from .tokens import Tokens, digits_value, is_decimal_comma

# "10^99" is the largest power read; beyond it the text is a code or noise.
MAX_EXPONENT = 99

EXAMPLES = (
    Example("The index fell 1,234 points.", "1,234", 1234),
    Example("A census counted 12,34,567 people.", "12,34,567", 1234567),
    Example("About 40 000 fans came.", "About 40 000", 40000, "about"),
    Example("Rainfall was 2.5 times the average.", "2.5", 2.5),
    Example("They ate 3/4 of the cake.", "3/4", 0.75),
    Example("The board has 3½ seats left.", "3½", 3.5),
    Example("The pipe is 2 1/2 in thick.", "2 1/2 in", 2.5, unit="inch"),
    Example("A budget of 10^6 was set.", "10^6", 1000000),
    Example("Growth was 1.1^23 over the decades.", "1.1^23",
            float(Fraction(11, 10) ** 23)),
    Example("The sample held 1.3x10^6 cells.", "1.3x10^6", 1300000),
    Example("The archive holds 1e6 records.", "1e6", 1000000),
    Example("Temperatures fell to -40 overnight.", "-40", -40),
    Example("It cost $3m to build.", "$3m", 3000000, unit="USD"),
    Example("Some 1.5m people voted.", "Some 1.5m", 1500000, "about"),
    Example("The club earned 10k last year.", "10k", 10000),
    Example("The video drew 100K viewers.", "100K", 100000),
    Example("Tickets cost $250K each.", "$250K", 250000, unit="USD"),
    Example("The firm lost 1.2bn in a year.", "1.2bn", 1200000000),
    Example("The dose was 2.5x10^-3 grams.", "2.5x10^-3 grams", 0.0025, unit="g"),
    Example("The deal is worth 10 bn now.", "10 bn", 10000000000),
    # decimal commas in copy from Europe: one or two digits after the comma
    Example("Inflation reached 2,5 percent.", "2,5 percent", 2.5, unit="percent"),
    Example("The bill came to €1.234,50 in all.", "€1.234,50", 1234.5, unit="EUR"),
)


def is_numberish(toks: Tokens, j: int) -> bool:
    """Whether token j is digits, a vulgar fraction or a small number word."""
    if j >= toks.count:
        return False
    if toks.kinds[j] in ("number", "vulgar"):
        return True
    word = toks.lowers[j]
    return word in SMALL_NUMBER_WORDS or word in ZERO_WORDS


def sign_at(toks: Tokens, j: int) -> bool:
    """A minus/plus sign glued to the digits that follow it."""
    if (
        j + 1 >= toks.count
        or toks.texts[j] not in SIGNS
        or toks.kinds[j + 1] != "number"
    ):
        return False
    if not toks.glued(j + 1):
        return False
    if j == 0 or not toks.glued(j):
        return True
    prev = toks.texts[j - 1]
    return prev in "([{<>=~:" or prev in CURRENCY_SYMBOLS


def read_digits(toks: Tokens, j: int) -> tuple[Fraction | float, int, str]:
    """Read the digit literal at token j and its fraction/power extensions.

    Returns (value, end token, kind) with kind one of int, dec, frac, pow, bad.
    """
    kinds, texts, count, adj = toks.kinds, toks.texts, toks.count, toks.glued
    raw = texts[j]
    val: Fraction | float = digits_value(raw)
    kind = (
        "int"
        if ("." not in raw and "e" not in raw.lower() and not is_decimal_comma(raw))
        else "dec"
    )
    k = j + 1
    if (
        k + 1 < count
        and texts[k] == "/"
        and adj(k)
        and kinds[k + 1] == "number"
        and adj(k + 1)
    ):
        if raw.isdigit() and texts[k + 1].isdigit():
            numerator, denominator = int(raw), int(texts[k + 1])
            # "24/7", "50/50", "1/0" and "9/11" are not fractions
            if (
                denominator == 0
                or numerator >= denominator
                or (numerator <= 12 and 11 <= denominator <= 31)
            ):
                return (ZERO, k + 2, "bad")  # "9/11" and "4/17" are dates
            return (Fraction(numerator, denominator), k + 2, "frac")
        return (val, k, kind)
    if k < count and kinds[k] == "vulgar":
        return (val + VULGAR_FRACTIONS[texts[k]], k + 1, "frac")
    if (
        kind == "int"
        and k + 2 < count
        and kinds[k] == "number"
        and texts[k].isdigit()
        and not adj(k)
        and toks.starts[k] - toks.ends[j] <= 3
        and texts[k + 1] == "/"
        and adj(k + 1)
        and adj(k + 2)
        and texts[k + 2].isdigit()
    ):
        numerator, denominator = int(texts[k]), int(texts[k + 2])
        if 0 < numerator < denominator:  # "2 1/2"
            return (val + Fraction(numerator, denominator), k + 3, "frac")
    if k < count and texts[k] == "^" and adj(k):  # "1.1^23"
        return read_power(toks, val, 1.0, k + 1) or (val, k, kind)
    if (
        k + 2 < count
        and texts[k] in ("x", "X", "\u00d7")
        and adj(k)
        and kinds[k + 1] == "number"
        and adj(k + 1)
        and adj(k + 2)
    ):  # "1.3x10^6", "2.48x10-5"
        base = float(digits_value(texts[k + 1]))
        pos = k + 2 + (texts[k + 2] == "^")
        if texts[k + 2] == "^" or texts[k + 2] in SIGNS:
            return read_power(toks, val, base, pos) or (val, k, kind)
    return (val, k, kind)


def read_power(
    toks: Tokens,
    val: Fraction | float,
    base: float,
    pos: int,
) -> tuple[Fraction | float, int, str] | None:
    """Exponent at token pos: val**exp when base is 1.0, else val * base**exp.

    An exponent beyond MAX_EXPONENT ("10^999999") makes the whole power plain
    text (kind "bad"); integral bases and exponents are computed exactly, so
    "2.48x10-5" is 2.48e-05 and not 2.4800000000000003e-05.
    """
    sign = 1
    while pos < toks.count and toks.texts[pos] in SIGNS and toks.glued(pos):
        sign *= SIGNS[toks.texts[pos]]
        pos += 1
    if pos >= toks.count or toks.kinds[pos] != "number" or not toks.glued(pos):
        return None
    exp = digits_value(toks.texts[pos]) * sign
    if abs(exp) > MAX_EXPONENT:
        return (ZERO, pos + 1, "bad")
    try:
        if base == 1.0:
            if is_integral(exp) and isinstance(val, int | Fraction):
                power = Fraction(val) ** int(exp)
            else:
                power = float(val) ** float(exp)
        elif is_integral(exp) and base.is_integer() and isinstance(val, int | Fraction):
            power = Fraction(val) * Fraction(int(base)) ** int(exp)
        else:
            power = float(val) * base ** float(exp)
    except (OverflowError, ZeroDivisionError):
        return (ZERO, pos + 1, "bad")
    if power and not 1e-300 < abs(power) < 1e300:
        return (ZERO, pos + 1, "bad")  # "1e99^99": beyond any float
    return (power, pos + 1, "pow")


def abbreviation_scale(
    toks: Tokens,
    j: int,
    money: bool,
    value: Fraction | float,
) -> int:
    """Multiplier of an abbreviation at token j after digits, else 0."""
    if j >= toks.count or toks.kinds[j] != "word":
        return 0
    tok_text = toks.texts[j]
    if tok_text not in ABBREVIATED_SCALES:
        return 0
    if not toks.glued(j) and (
        tok_text not in SPACED_SCALE_ABBREVIATIONS
        or toks.starts[j] - toks.ends[j - 1] > 2
    ):
        return 0
    if tok_text == "m":
        # "$3m" and "1.5m people" are millions; "the 100m final" is metres
        return 10**6 if money or plural_follows(toks, j) else 0
    if tok_text in ("b", "B") and not (money or not is_integral(value)):
        return 0  # "Flat 4B", "1500b" are not billions
    if tok_text == "K" and not (money or plural_follows(toks, j)):
        return 0  # "4K" video, "300K" temperatures; "100K followers" is thousands
    if tok_text == "T" and not money:
        return 0
    return ABBREVIATED_SCALES[tok_text]


def plural_follows(toks: Tokens, j: int) -> bool:
    """Whether a plural noun follows token j ("1.5m people", not "100m final")."""
    k = j + 1
    if k >= toks.count or toks.kinds[k] != "word" or toks.glued(k):
        return False
    word = toks.lowers[k]
    if word in ("people", "children", "men", "women", "staff", "police"):
        return True
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in ("hurdles", "relays", "heats", "finals")
        and word not in DISPLAY_WORDS  # "4K screens"
        and word not in UNIT_WORDS
    )
