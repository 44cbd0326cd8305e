"""Fractions in words: "a third", "two thirds", "half a million",
"five and a half", "one hundred and three quarters".
"""

from __future__ import annotations

from fractions import Fraction

from .lexicon import (
    DASHES,
    DENOMINATORS,
    FRACTION_FOLLOWERS,
    HALF_BLOCKERS,
    HALF_FOLLOWERS,
    HALF_PRECEDERS,
    ONES_WORDS,
    ORDINAL_ONES,
    SCALE_WORDS,
    SMALL_NUMBER_WORDS,
    TENS_WORDS,
    UNIT_ABBREVIATIONS,
    UNIT_WORDS,
)
from .readings import ZERO, Cardinal, Example, NumberReading
from .tokens import Tokens

EXAMPLES = (
    Example("A third of voters stayed home.", "A third", 1 / 3),
    Example("Two thirds of the budget went on staff.", "Two thirds", 2 / 3),
    Example("Nearly one-half of pupils passed.", "Nearly one-half", 0.5, "nearly"),
    Example("Three twenty-fifths of the land was sold.",
            "Three twenty-fifths", 0.12),
    Example("Half a million homes lost power.", "Half a million", 500000),
    Example("A quarter million tickets sold.", "A quarter million", 250000),
    Example("More than half of them agreed.", "More than half", 0.5, "more_than"),
    Example("The project took five and a half years.",
            "five and a half years", 5.5, unit="year"),
    Example("The fund holds one hundred and three quarters of a share.",
            "one hundred and three quarters", 100.75),
    Example("A third of a million people moved.", "A third of a million",
            1_000_000 / 3),
    Example("Half a dozen eggs broke.", "Half a dozen", 6),
    Example("Half a hundred ships sank.", "Half a hundred", 50),
    Example("They cut it by half.", "half", 0.5),
    Example("They waited one and a half hours.", "one and a half hours", 1.5,
            unit="hour"),
    Example("It took two and three-quarters hours.", "two and three-quarters hours",
            2.75, unit="hour"),
    Example("Prices rose two and three fifths.", "two and three fifths", 2.6),
    Example("The fund is worth five billion and three quarters.",
            "five billion and three quarters", 5750000000),
    Example("It cost one billion and a half million.",
            "one billion and a half million", 1000500000),
    Example("It cost one million and a half.", "one million and a half", 1500000),
    # a mixed number's fraction is proper: 30/5 is not, so the whole is 130/5
    Example("The share is one hundred and thirty fifths.",
            "one hundred and thirty fifths", 26),
    Example("The share is one hundred and thirty-two fifths.",
            "one hundred and thirty-two fifths", 26.4),
    # a hyphenated compound ordinal is one denominator: 100/35
    Example("Each got one hundred thirty-fifths of it.",
            "one hundred thirty-fifths", 100 / 35),
    Example("Each got two hundred forty sixths of it.",
            "two hundred forty sixths", 200 / 46),
)  # fmt: skip


def denominator_at(toks: Tokens, j: int) -> tuple[int, bool, int] | None:
    """A denominator word at token j: (denominator, plural, end token)."""
    count, lowers, texts = toks.count, toks.lowers, toks.texts
    if j >= count or toks.kinds[j] != "word":
        return None
    word = lowers[j]
    if word in TENS_WORDS and j + 1 < count:
        # compound ordinals: "a twenty-first", "three twenty-fifths"
        k = j + 2 if texts[j + 1] in DASHES and j + 2 < count else j + 1
        next_word = lowers[k]
        singular = next_word[:-1]
        plural = next_word.endswith("s") and singular in ORDINAL_ONES
        base = singular if plural else next_word
        if base in ORDINAL_ONES:
            return (TENS_WORDS[word] + ORDINAL_ONES[base], next_word != base, k + 1)
        return None
    if word in DENOMINATORS:
        den, plural = DENOMINATORS[word]
        return (den, plural, j + 1)
    return None


def fraction_context_ok(toks: Tokens, j: int) -> bool:
    """Whether a singular fraction ending before token j is not an ordinal."""
    if j >= toks.count:
        return True
    if toks.kinds[j] == "symbol":
        return not (toks.texts[j] in DASHES and toks.glued(j))
    if toks.kinds[j] != "word":
        return True
    word = toks.lowers[j]
    return (
        word in FRACTION_FOLLOWERS
        or word in UNIT_WORDS
        or toks.texts[j] in UNIT_ABBREVIATIONS
    )


def scale_after_fraction(
    toks: Tokens,
    j: int,
    value: Fraction,
) -> tuple[Fraction, int, int]:
    """Apply "of a million", "a dozen" or "million" after a fraction at token j."""
    count, lowers = toks.count, toks.lowers
    k = j
    if k + 1 < count and lowers[k] == "of" and lowers[k + 1] in ("a", "an"):
        k += 2
    elif k < count and (
        lowers[k] in ("a", "an") or (toks.texts[k] in DASHES and toks.glued(k))
    ):
        k += 1
    if k < count:
        word = lowers[k]
        if word in SCALE_WORDS:
            return (value * SCALE_WORDS[word], k + 1, SCALE_WORDS[word])
        if word == "dozen":
            return (value * 12, k + 1, 12)
        if word == "hundred" and k > j:
            return (value * 100, k + 1, 100)
    return (value, j, 1)


def simple_fraction(toks: Tokens, j: int) -> tuple[Fraction, int] | None:
    """A fraction after "and": "a half", "one fourth", "three fifths", "half"."""
    count, lowers = toks.count, toks.lowers
    if j >= count:
        return None
    word = lowers[j]
    if word == "half":
        return (Fraction(1, 2), j + 1)
    k = j + 1
    if word in ("a", "an", "one"):
        num = 1
    elif word in SMALL_NUMBER_WORDS:
        num = SMALL_NUMBER_WORDS[word]
        if (
            word in TENS_WORDS
            and k + 1 < count
            and toks.texts[k] in DASHES
            and lowers[k + 1] in ONES_WORDS
        ):
            num += ONES_WORDS[lowers[k + 1]]
            k += 2
    else:
        return None
    if k < count and toks.texts[k] in DASHES:
        k += 1
    denom = denominator_at(toks, k)
    if denom is None or (not denom[1] and num != 1):
        return None
    return (Fraction(num, denom[0]), denom[2])


def bare_half_ok(toks: Tokens, i: int) -> bool:
    """Whether a lone "half" is a quantity ("half of", "more than half")."""
    lowers, count = toks.lowers, toks.count
    if i > 0 and lowers[i - 1] in HALF_BLOCKERS:
        return False
    if i + 1 < count and toks.texts[i + 1] in DASHES and toks.glued(i + 1):
        return False  # "half-time", "half-brother"
    if i + 1 < count and lowers[i + 1] in HALF_FOLLOWERS:
        return True
    if i > 0 and lowers[i - 1] in HALF_PRECEDERS:
        return True
    return i + 1 >= count or toks.kinds[i + 1] == "symbol"


def cardinal_fraction(
    toks: Tokens,
    card: Cardinal,
    denom: tuple[int, bool, int],
    i: int,
) -> NumberReading:
    """A cardinal followed by a denominator ("two thirds", "and a half")."""
    count, lowers = toks.count, toks.lowers
    den, plural, end = denom
    value = card.value
    seg = value if card.and_base is None else value - card.and_base
    if not (plural or (seg == 1 and fraction_context_ok(toks, end))):
        return NumberReading(ZERO, i, end, skip=True)  # "two hundredth": an ordinal
    if card.and_base is not None and seg < den:
        # "five billion and three quarters", "one hundred and three quarters":
        # a mixed number's fraction is proper, so "one hundred and thirty
        # fifths" is 130/5 and not 100 + 30/5
        fraction_value = Fraction(seg) / den
        s_next = SCALE_WORDS.get(lowers[end], 0) if end < count else 0
        if s_next and s_next < card.max_scale:
            return NumberReading(
                card.and_base + fraction_value * s_next,
                i,
                end + 1,
                words=True,
                frac=True,
                scaled=True,
            )
        if card.and_after == "scale":
            fraction_value = fraction_value * card.tail
        return NumberReading(
            card.and_base + fraction_value, i, end, words=True, frac=True, scaled=True
        )
    scaled_value, scaled_end, mult = scale_after_fraction(
        toks, end, Fraction(value) / den
    )
    num = NumberReading(
        scaled_value, i, scaled_end, words=True, frac=True, scaled=mult > 1
    )
    return and_fraction(toks, num, None)


def and_fraction(
    toks: Tokens,
    num: NumberReading,
    card: Cardinal | None,
) -> NumberReading:
    """Extend with "and a half" / "and three fifths" (+ a scale word)."""
    j = num.end
    count, lowers = toks.count, toks.lowers
    if j >= count or lowers[j] not in ("and", "&"):
        return num
    fraction = simple_fraction(toks, j + 1)
    if fraction is None:
        return num
    fraction_value, end = fraction
    value = num.value
    if end < count and lowers[end] in SCALE_WORDS:
        # "five and a half million", "one billion and a half million"
        scale = SCALE_WORDS[lowers[end]]
        if card is not None and card.max_scale > scale:
            value = value + fraction_value * scale
        else:
            value = (value + fraction_value) * scale
        end += 1
    elif card is not None and card.last == "scale" and card.tail >= 1000:
        value = value + fraction_value * card.tail  # "one million and a half"
    else:
        value = value + fraction_value  # "two and a half"
    return NumberReading(
        value, num.start, end, words=True, frac=True, scaled=num.scaled
    )
