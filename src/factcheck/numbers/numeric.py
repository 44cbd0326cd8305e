"""The numeric part of a mention: vague magnitudes ("dozens", "tens of
thousands"), "several hundred", "a dozen", "a couple", fractions and cardinals.
"""

from __future__ import annotations

from fractions import Fraction

from .cardinals import read_cardinal
from .fractional import (
    and_fraction,
    bare_half_ok,
    cardinal_fraction,
    denominator_at,
    fraction_context_ok,
    scale_after_fraction,
)
from .lexicon import (
    CONVENTIONAL_BLOCKERS,
    CONVENTIONAL_NUMBERS,
    DASHES,
    DOZEN_WORDS,
    FEW_SCALES,
    FEW_WORDS,
    ORDINAL_WORDS,
    SCALE_WORDS,
    TENS_WORDS,
    VAGUE_HEADS,
    VAGUE_OF_SCALES,
    VULGAR_FRACTIONS,
)
from .readings import ZERO, Cardinal, Example, NumberReading
from .tokens import Tokens

EXAMPLES = (
    Example("Dozens of people were hurt.", "Dozens", 24, "at_least"),
    Example("Tens of thousands marched.", "Tens of thousands", 20000, "at_least"),
    Example("Hundreds of thousands fled.", "Hundreds of thousands", 200000,
            "at_least"),
    Example("Several hundred volunteers helped.", "Several hundred", 200,
            "at_least"),
    Example("A few thousand fans came.", "A few thousand", 2000, "at_least"),
    Example("A dozen eggs broke.", "A dozen", 12),
    Example("A couple of hikers went missing.", "A couple", 2, "about"),
    Example("She bought a pair of boots.", "a pair", 2),
    Example("A few protesters stayed overnight.", "A few", 3, "about"),
    Example("A couple hundred fans waited.", "A couple hundred", 200, "about"),
    Example("It cost a couple of million pounds.",
            "a couple of million pounds", 2000000, "about", "GBP"),
    Example("Only about a dozen seats were empty.", "about a dozen", 12, "about"),
    Example("Three dozen roses arrived.", "Three dozen", 36),
)  # fmt: skip


def read_number(toks: Tokens, i: int, money: bool) -> NumberReading | None:
    """Read the numeric part of a mention at token i."""
    count, lowers, texts, kinds = toks.count, toks.lowers, toks.texts, toks.kinds
    word = lowers[i]
    nxt = lowers[i + 1] if i + 1 < count else ""
    if kinds[i] == "word" and word in VAGUE_HEADS:
        return read_vague(toks, i)
    if word in FEW_WORDS or (word == "a" and nxt == "few"):
        few = _read_few(toks, i, i + 2 if word == "a" else i + 1)
        if few is not None or word != "a":
            return few
        return _read_conventional(toks, i)
    if word == "a" and nxt in CONVENTIONAL_NUMBERS:
        return _read_conventional(toks, i)
    if word in ("a", "an") and nxt == "dozen":
        # "a dozen" is vague in news copy ("a dozen people were hurt")
        return NumberReading(
            Fraction(12), i, i + 2, words=True, scaled=True, vague=True,
            vague_modifier="exact",
        )  # fmt: skip
    if word in ("half", "quarter"):
        base = Fraction(1, 2) if word == "half" else Fraction(1, 4)
        scaled_value, end, mult = scale_after_fraction(toks, i + 1, base)
        if mult > 1:  # "half a million", "quarter million"
            return NumberReading(
                scaled_value, i, end, words=True, frac=True, scaled=True
            )
        if word == "quarter" or not bare_half_ok(toks, i):
            return None
        return NumberReading(base, i, i + 1, words=True, frac=True)
    if word in ("a", "an", "one") and kinds[i] == "word":
        # "a third of", "one-half", "a hundredth"
        hyphenated = word == "one" and i + 2 < count and texts[i + 1] in DASHES
        k = i + 2 if hyphenated else i + 1
        denom = denominator_at(toks, k)
        if denom is not None and not denom[1]:
            den, _plural, end = denom
            if nxt == "half" or fraction_context_ok(toks, end):
                scaled_value, scaled_end, mult = scale_after_fraction(
                    toks, end, Fraction(1, den)
                )
                num = NumberReading(
                    scaled_value,
                    i,
                    scaled_end,
                    words=True,
                    frac=True,
                    scaled=mult > 1,
                )
                return and_fraction(toks, num, None)
            return None
        if word != "one" and nxt != "hundred" and nxt not in SCALE_WORDS:
            return None
    if kinds[i] == "vulgar":
        return NumberReading(VULGAR_FRACTIONS[texts[i]], i, i + 1, frac=True)
    return _read_cardinal_number(toks, i, money)


def _read_few(toks: Tokens, i: int, j: int) -> NumberReading | None:
    """Vague "several hundred" at token i, its scale word at j: a lower bound."""
    count, lowers = toks.count, toks.lowers
    if j >= count or lowers[j] not in FEW_SCALES:
        return None
    mult = FEW_SCALES[lowers[j]]
    val = 2 * mult  # "several hundred" -> at least 200
    j += 1
    if j < count and lowers[j] in SCALE_WORDS and SCALE_WORDS[lowers[j]] > mult:
        val *= SCALE_WORDS[lowers[j]]
        j += 1
    return NumberReading(Fraction(val), i, j, vague=True, words=True)


def _read_conventional(toks: Tokens, i: int) -> NumberReading | None:
    """ "a couple (of)", "a pair (of)", "a few" at token i: a vague word with its
    conventional value; "a couple (of) hundred" multiplies it."""
    count, lowers = toks.count, toks.lowers
    if i > 0 and lowers[i - 1] in CONVENTIONAL_BLOCKERS:
        return None  # "quite a few" means many
    word = lowers[i + 1]
    value, modifier = CONVENTIONAL_NUMBERS[word]
    j = i + 2
    k = j + 1 if j < count and lowers[j] == "of" else j
    if word != "pair" and k < count and lowers[k] in FEW_SCALES:
        value *= FEW_SCALES[lowers[k]]  # "a couple of hundred", "a couple million"
        j = k + 1
        if j < count and lowers[j] in SCALE_WORDS:
            value *= SCALE_WORDS[lowers[j]]  # "a couple hundred thousand"
            j += 1
    return NumberReading(
        Fraction(value), i, j, vague=True, words=True, scaled=j > i + 2,
        vague_modifier=modifier,
    )  # fmt: skip


def _read_cardinal_number(toks: Tokens, i: int, money: bool) -> NumberReading | None:
    """A cardinal at token i and what may follow it: a denominator ("two thirds"),
    "dozen" ("three dozen") or "and a half"; ordinals ("twenty-first") are skipped."""
    count, lowers, texts = toks.count, toks.lowers, toks.texts
    card = read_cardinal(toks, i, money)
    if card is None:
        return None
    if card.last == "bad":
        return NumberReading(ZERO, i, card.end, skip=True)
    if card.abbr or card.last == "fracdigits":
        return NumberReading(
            card.value,
            i,
            card.end,
            words=card.words,
            tail=card.tail,
            frac=card.last == "fracdigits",
            scaled=card.abbr,
        )
    j = card.end
    compound = _compound_ordinal_denominator(toks, card, i)
    if compound is not None:
        return compound
    # denominators: "two thirds", "one-half", "five - eighths"
    k = j + 1 if j + 1 < count and texts[j] in DASHES else j
    denom = denominator_at(toks, k)
    if denom is not None and card.last not in ("point", "zero") and card.words:
        return cardinal_fraction(toks, card, denom, i)
    if k != j and k < count and lowers[k] in ORDINAL_WORDS:
        return NumberReading(ZERO, i, k + 1, skip=True)  # "twenty-first"
    if j < count and lowers[j] in DOZEN_WORDS and card.last not in ("point", "zero"):
        value = card.value
        if card.and_base is not None:  # "three hundred and two dozen"
            value = card.and_base + (value - card.and_base) * 12
        else:
            value = value * 12
        return NumberReading(value, i, j + 1, words=True, scaled=True)
    num = NumberReading(
        card.value,
        i,
        j,
        words=card.words,
        plain=card.plain,
        tail=card.tail,
        scaled=card.tail > 1 or card.last == "hundred",
    )
    return and_fraction(toks, num, card)


def _compound_ordinal_denominator(
    toks: Tokens, card: Cardinal, i: int
) -> NumberReading | None:
    """ "one hundred thirty-fifths" is 100/35: a tens word joined to a plural
    ordinal is one denominator (as in "three twenty fifths"), so the cardinal
    gives it back its tens word. After "and" ("one hundred and thirty fifths")
    only a hyphen joins them; without one the whole cardinal counts fifths."""
    j = card.end
    tens_at = j - 1
    if card.last != "tens" or not card.words or j >= toks.count:
        return None
    hyphen = toks.texts[j] in DASHES and toks.glued(j) and toks.glued(j + 1)
    if not hyphen and (card.and_base is not None or toks.kinds[j] != "word"):
        return None
    denom = denominator_at(toks, tens_at)
    if denom is None or not denom[1]:
        return None
    numerator = card.value - TENS_WORDS[toks.lowers[tens_at]]
    if numerator <= 0:
        # a bare "twenty-fifths" is no number; "twenty fifths" is 20/5
        return NumberReading(ZERO, i, denom[2], skip=True) if hyphen else None
    return NumberReading(
        Fraction(numerator) / denom[0], i, denom[2], words=True, frac=True
    )


def read_vague(toks: Tokens, i: int) -> NumberReading | None:
    """Vague magnitudes: "dozens", "hundreds of thousands", "tens of millions"."""
    lowers, count = toks.lowers, toks.count
    word = lowers[i]
    if word in ("tens", "scores") and (i + 1 >= count or lowers[i + 1] != "of"):
        return None
    val = 2 * VAGUE_HEADS[word]
    j = i + 1
    while j + 1 < count and lowers[j] == "of" and lowers[j + 1] in VAGUE_OF_SCALES:
        val *= VAGUE_OF_SCALES[lowers[j + 1]]
        j += 2
    if word == "tens" and j == i + 1:
        return None  # "tens" alone is not a magnitude
    return NumberReading(Fraction(val), i, j, vague=True, words=True)
