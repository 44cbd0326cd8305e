"""Number mentions in text -> normalized values, qualifiers and units (no spaCy)."""

from __future__ import annotations

import re
from bisect import bisect_left
from fractions import Fraction

from .readings import (
    ZERO,
    Cardinal,
    NumberMention,
    NumberReading,
    Quantity,
    is_integral,
    output_value,
)
from .tokens import digits_value, tokenize
from .lexicon import (
    ABBREVIATED_SCALES,
    BOUND_JOIN_RE,
    COUNT_QUALIFIERS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DASHES,
    DENOMINATORS,
    DOLLAR_PREFIXES,
    DOZEN_WORDS,
    EXCLUDED_AT_DIGIT_RE,
    EXCLUDED_AT_MONTH_RE,
    EXCLUDED_AT_PLUS_RE,
    FEW_SCALES,
    FEW_WORDS,
    FRACTION_FOLLOWERS,
    GLUED_UNIT_LETTERS,
    HALF_BLOCKERS,
    HALF_FOLLOWERS,
    HALF_PRECEDERS,
    IDENTIFIER_NOUNS,
    INCH_FOLLOWERS,
    ISO_CURRENCY_CODES,
    LOWER_BOUNDS,
    MINUS_WORDS,
    MONTH_NAMES,
    ONES_WORDS,
    ONE_COMPOUND_WORDS,
    ONE_DETERMINERS_BEFORE_ADJECTIVE,
    ONE_PRONOUN_DETERMINERS,
    ONE_PRONOUN_FOLLOWERS,
    ORDINAL_ONES,
    ORDINAL_WORDS,
    OVER_BOUND_AFTER_WORDS,
    PERCENT_RE,
    POSTFIXES_BY_FIRST_WORD,
    PREFIXES_BY_LAST_WORD,
    QUICK_WORDS,
    SCALE_PLURALS,
    SCALE_WORDS,
    SIGNS,
    SMALL_NUMBER_WORDS,
    SPACED_SCALE_ABBREVIATIONS,
    SPACED_UNIT_LETTERS,
    START_WORDS,
    TEEN_WORDS,
    TENS_WORDS,
    TIME_UNITS,
    UNIT_ABBREVIATIONS,
    UNIT_WORDS,
    UPPER_BOUNDS,
    VAGUE_HEADS,
    VAGUE_OF_SCALES,
    VULGAR_FRACTIONS,
    YEAR_ERAS,
    ZERO_WORDS,
)

__all__ = ["NumberMention", "find_numbers", "parse_number"]

URL_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")

QUICK_CHARS_RE = re.compile(r"[\d\u00bc-\u00be\u2150-\u215e]")
LOWER_WORD_RE = re.compile(r"[a-z]+")


class _Scanner:
    """Tokenizes one text and finds the number mentions in it."""

    def __init__(self, text: str) -> None:
        toks = tokenize(text)
        self.text = text
        self.kinds = toks.kinds
        self.starts = toks.starts
        self.ends = toks.ends
        self.texts = toks.texts
        self.lowers = toks.lowers
        self.count = toks.count
        self.in_code = toks.in_code
        self.excluded = toks.excluded
        self.mark_excluded()

    # ------------------------------------------------------------ exclusions
    def exclude(self, start: int, end: int) -> None:
        k = bisect_left(self.starts, start)
        while k < self.count and self.starts[k] < end:
            self.excluded[k] = True
            k += 1

    def mark_excluded(self) -> None:
        """Flag tokens inside dates, times, codes, URLs and addresses."""
        text, kinds, texts, starts = self.text, self.kinds, self.texts, self.starts
        if "@" in text or "://" in text or "www." in text:
            for m in URL_RE.finditer(text):
                self.exclude(m.start(), m.end())
        for p in range(self.count):
            if kinds[p] != "number" or self.excluded[p]:
                continue
            if p > 0 and texts[p - 1] in ("+", "(") and self.glued(p):
                m = EXCLUDED_AT_PLUS_RE.match(text, starts[p - 1])
                if m is not None:
                    self.exclude(m.start(), m.end())
                    continue
            m = EXCLUDED_AT_DIGIT_RE.match(text, starts[p])
            if m is not None:
                self.exclude(m.start(), m.end())
                continue
            q = p - 1
            if q > 0 and texts[q] == ".":
                q -= 1
            if q >= 0 and texts[q] in MONTH_NAMES:
                m = EXCLUDED_AT_MONTH_RE.match(text, starts[q])
                if m is not None:
                    self.exclude(m.start(), m.end())

    # ------------------------------------------------------------ helpers
    def glued(self, j: int) -> bool:
        """True when token j touches token j-1 (no whitespace between)."""
        return 0 < j < self.count and self.starts[j] == self.ends[j - 1]

    def index_at(self, pos: int) -> int:
        """Index of the first token starting at or after char offset pos."""
        return bisect_left(self.starts, pos)

    def is_numberish(self, j: int) -> bool:
        if j >= self.count:
            return False
        if self.kinds[j] in ("number", "vulgar"):
            return True
        w = self.lowers[j]
        return w in SMALL_NUMBER_WORDS or w in ZERO_WORDS

    def sign_at(self, j: int) -> bool:
        """A minus/plus sign glued to the digits that follow it."""
        if j + 1 >= self.count or self.texts[j] not in SIGNS or self.kinds[j + 1] != "number":
            return False
        if not self.glued(j + 1):
            return False
        if j == 0 or not self.glued(j):
            return True
        prev = self.texts[j - 1]
        return prev in "([{<>=~:" or prev in CURRENCY_SYMBOLS

    # ------------------------------------------------------------ digits
    def read_digits(self, j: int) -> tuple[Fraction | float, int, str]:
        """Read the digit literal at token j and its fraction/power extensions.

        Returns (value, end token, kind) with kind one of int, dec, frac, pow, bad.
        """
        kinds, texts, count, adj = self.kinds, self.texts, self.count, self.glued
        raw = texts[j]
        val: Fraction | float = digits_value(raw)
        kind = "int" if ("." not in raw and "e" not in raw.lower()) else "dec"
        k = j + 1
        if k + 1 < count and texts[k] == "/" and adj(k) and kinds[k + 1] == "number" and adj(k + 1):
            if raw.isdigit() and texts[k + 1].isdigit():
                a, b = int(raw), int(texts[k + 1])
                # "24/7", "50/50", "1/0" and "9/11" are not fractions
                if b == 0 or a >= b or (a <= 12 and 11 <= b <= 31):
                    return (ZERO, k + 2, "bad")  # "9/11" and "4/17" are dates
                return (Fraction(a, b), k + 2, "frac")
            return (val, k, kind)
        if k < count and kinds[k] == "vulgar":
            return (val + VULGAR_FRACTIONS[texts[k]], k + 1, "frac")
        if (
            kind == "int"
            and k + 2 < count
            and kinds[k] == "number"
            and texts[k].isdigit()
            and not adj(k)
            and self.starts[k] - self.ends[j] <= 3
            and texts[k + 1] == "/"
            and adj(k + 1)
            and adj(k + 2)
            and texts[k + 2].isdigit()
        ):
            a, b = int(texts[k]), int(texts[k + 2])
            if 0 < a < b:  # "2 1/2"
                return (val + Fraction(a, b), k + 3, "frac")
        if k < count and texts[k] == "^" and adj(k):  # "1.1^23"
            return self.read_power(val, 1.0, k + 1) or (val, k, kind)
        if (
            k + 2 < count
            and texts[k] in ("x", "X", "\u00d7")
            and adj(k)
            and kinds[k + 1] == "number"
            and adj(k + 1)
            and adj(k + 2)
        ):  # "1.3x10^6", "2.48x10-5"
            base = float(digits_value(texts[k + 1]))
            m = k + 2 + (texts[k + 2] == "^")
            if texts[k + 2] == "^" or texts[k + 2] in SIGNS:
                return self.read_power(val, base, m) or (val, k, kind)
        return (val, k, kind)

    def read_power(
        self, val: Fraction | float, base: float, m: int
    ) -> tuple[float, int, str] | None:
        """Exponent at token m: val**exp when base is 1.0, else val * base**exp."""
        sign = 1
        while m < self.count and self.texts[m] in SIGNS and self.glued(m):
            sign *= SIGNS[self.texts[m]]
            m += 1
        if m >= self.count or self.kinds[m] != "number" or not self.glued(m):
            return None
        exp = float(digits_value(self.texts[m])) * sign
        try:
            if base == 1.0:
                return (float(val) ** exp, m + 1, "pow")
            return (float(val) * base**exp, m + 1, "pow")
        except (OverflowError, ZeroDivisionError):
            return None

    def abbreviation_scale(self, j: int, money: bool, value: Fraction | float) -> int:
        """Multiplier of an abbreviation at token j after digits, else 0."""
        if j >= self.count or self.kinds[j] != "word":
            return 0
        t = self.texts[j]
        if t not in ABBREVIATED_SCALES:
            return 0
        if not self.glued(j) and (
            t not in SPACED_SCALE_ABBREVIATIONS or self.starts[j] - self.ends[j - 1] > 2
        ):
            return 0
        if t == "m":
            # "$3m" and "1.5m people" are millions; "the 100m final" is metres
            return 10**6 if money or self.plural_follows(j) else 0
        if t in ("b", "B") and not (money or not is_integral(value)):
            return 0  # "Flat 4B", "1500b" are not billions
        if t == "K" and not money:
            return 0  # "4K" screens, "300K" temperatures
        if t == "T" and not money:
            return 0
        return ABBREVIATED_SCALES[t]

    def plural_follows(self, j: int) -> bool:
        k = j + 1
        if k >= self.count or self.kinds[k] != "word" or self.glued(k):
            return False
        w = self.lowers[k]
        if w in ("people", "children", "men", "women", "staff", "police"):
            return True
        return (
            len(w) > 3
            and w.endswith("s")
            and not w.endswith("ss")
            and w not in ("hurdles", "relays", "heats", "finals")
            and w not in UNIT_WORDS
        )

    # ------------------------------------------------------------ cardinals
    def read_cardinal(self, i: int, money: bool) -> Cardinal | None:
        """Read an integer or decimal in words and/or digits at token i."""
        kinds, texts, lowers, count = self.kinds, self.texts, self.lowers, self.count
        total: Fraction | float = 0
        cur: Fraction | float = 0  # the group below the last scale word
        max_scale = 0
        last = ""
        has_hundred = False  # the current group already has its "hundred"
        and_base: Fraction | float | None = None
        and_after = ""
        before_and: Cardinal | None = None
        best: Cardinal | None = None
        words = plain = False
        tail = 1
        j = i

        def snap(end: int, abbr: bool = False) -> Cardinal:
            return Cardinal(
                total + cur,
                end,
                last,
                tail,
                max_scale,
                and_base,
                and_after,
                words,
                plain and last == "digits",
                abbr,
            )

        if lowers[j] in ("a", "an"):
            nxt = lowers[j + 1] if j + 1 < count else ""
            if nxt != "hundred" and nxt not in SCALE_WORDS:
                return None
            cur, last, words = 1, "a", True
            j += 1
        while j < count:
            w = lowers[j]
            if kinds[j] == "number":
                if self.excluded[j]:
                    break
                if last == "and":
                    if not texts[j].isdigit():
                        break
                elif last == "scale" and not words:
                    break
                elif last == "scale":
                    # "4 thousand 3 hundred": digits after a scale need a multiplier
                    d_end = self.read_digits(j)[1]
                    if d_end >= count or (
                        lowers[d_end] != "hundred" and lowers[d_end] not in SCALE_WORDS
                    ):
                        break
                elif last:
                    break
                val, jend, kind = self.read_digits(j)
                if kind == "bad":
                    if not last:
                        return Cardinal(
                            ZERO, jend, "bad", 1, 0, None, "", False, False, False
                        )
                    break
                if last == "and":
                    limit = 100 if has_hundred and cur < 1000 else tail
                    if val <= 0 or (limit > 1 and val >= limit):
                        break
                plain = not last and kind == "int" and texts[j].isdigit()
                cur = cur + val
                last = "digits" if kind in ("int", "dec") else "fracdigits"
                j = jend
                best = snap(j)
                if kind in ("frac", "pow"):
                    return best
                mult = self.abbreviation_scale(j, money, val)
                if mult:
                    total = (
                        (total + cur) * mult if mult > max_scale else total + cur * mult
                    )
                    cur, max_scale, tail = 0, max(max_scale, mult), mult
                    last, plain = "scale", False
                    return snap(j + 1, abbr=True)
                continue
            if w in ZERO_WORDS:
                if last:
                    break
                words, last = True, "zero"
                j += 1
                best = snap(j)
                continue
            if w in ONES_WORDS:
                if last not in ("", "hundred", "scale", "and", "tens"):
                    break
                cur = cur + ONES_WORDS[w]
                words, last = True, "units"
                j += 1
                best = snap(j)
                continue
            if w in TEEN_WORDS or w in TENS_WORDS:
                if last not in ("", "hundred", "scale", "and"):
                    break
                cur = cur + SMALL_NUMBER_WORDS[w]
                words, last = True, ("teen" if w in TEEN_WORDS else "tens")
                j += 1
                best = snap(j)
                continue
            if texts[j] in DASHES:
                # "fifty-two", "fifty - two"
                if (
                    last == "tens"
                    and j + 1 < count
                    and lowers[j + 1] in ONES_WORDS
                    and (self.starts[j + 1] - self.ends[j] <= 1)
                ):
                    j += 1
                    continue
                break
            if w in ("hundred", "hundreds"):
                if last not in ("units", "teen", "tens", "digits", "a") or has_hundred:
                    if and_base is not None and before_and is not None:
                        return before_and  # "between 2 hundred and 3 hundred"
                    break
                if w == "hundreds" and last == "a":
                    break
                if and_base is not None:
                    seg = total + cur - and_base
                    cur = cur - seg + seg * 100
                else:
                    cur = cur * 100
                has_hundred, last, words, plain = True, "hundred", True, False
                j += 1
                best = snap(j)
                continue
            if w in SCALE_WORDS or (w in SCALE_PLURALS and last not in ("", "a")):
                s = SCALE_WORDS.get(w) or SCALE_PLURALS[w]
                if last not in (
                    "units",
                    "teen",
                    "tens",
                    "hundred",
                    "digits",
                    "a",
                    "point",
                    "scale",
                ):
                    break
                if s > max_scale:
                    total = (total + cur) * s
                elif cur > 0 and last != "scale":
                    total = total + cur * s
                else:
                    if and_base is not None and before_and is not None:
                        return before_and  # "between 2 million and 3 million"
                    break
                cur, max_scale, tail = 0, max(max_scale, s), s
                has_hundred, and_base, before_and = False, None, None
                last, words, plain = "scale", True, False
                j += 1
                best = snap(j)
                continue
            if w in ("and", "&") or (texts[j] == "," and last == "scale" and words):
                # "one hundred and six", "two million, two hundred"
                if last not in ("hundred", "scale") or j + 1 >= count:
                    break
                nk, nw = kinds[j + 1], lowers[j + 1]
                if nk == "number":
                    ok = texts[j] != "," and texts[j + 1].isdigit() and not self.excluded[j + 1]
                else:
                    ok = nw in SMALL_NUMBER_WORDS
                if not ok:
                    break
                before_and, and_base, and_after = best, total + cur, last
                last = "and"
                j += 1
                continue
            if w == "point" and last in ("units", "teen", "tens", "hundred", "zero"):
                digits, m = self.point_digits(j + 1)
                if not digits:
                    break
                cur = cur + Fraction(int(digits), 10 ** len(digits))
                last = "point"
                j = m
                best = snap(j)
                continue
            break
        if last == "and" and before_and is not None:
            return before_and
        return best

    def point_digits(self, m: int) -> tuple[str, int]:
        """Digits spelled after "point" ("zero three", "seventy-one")."""
        kinds, lowers, texts, count = self.kinds, self.lowers, self.texts, self.count
        digits = ""
        while m < count and kinds[m] == "word":
            x = lowers[m]
            if x in ZERO_WORDS or x == "oh":
                digits += "0"
            elif x in ONES_WORDS or x in TEEN_WORDS:
                digits += str(SMALL_NUMBER_WORDS[x])
            elif x in TENS_WORDS:
                if m + 2 < count and texts[m + 1] in DASHES and lowers[m + 2] in ONES_WORDS:
                    digits += str(TENS_WORDS[x] + ONES_WORDS[lowers[m + 2]])
                    m += 2
                else:
                    digits += str(TENS_WORDS[x])
            else:
                break
            m += 1
        return digits, m

    # ------------------------------------------------------------ fractions
    def denominator_at(self, j: int) -> tuple[int, bool, int] | None:
        """A denominator word at token j: (denominator, plural, end token)."""
        count, lowers, texts = self.count, self.lowers, self.texts
        if j >= count or self.kinds[j] != "word":
            return None
        w = lowers[j]
        if w in TENS_WORDS and j + 1 < count:
            # compound ordinals: "a twenty-first", "three twenty-fifths"
            k = j + 2 if texts[j + 1] in DASHES and j + 2 < count else j + 1
            x = lowers[k]
            base = x[:-1] if x.endswith("s") and x[:-1] in ORDINAL_ONES else x
            if base in ORDINAL_ONES:
                return (TENS_WORDS[w] + ORDINAL_ONES[base], x != base, k + 1)
            return None
        if w in DENOMINATORS:
            den, plural = DENOMINATORS[w]
            return (den, plural, j + 1)
        return None

    def fraction_context_ok(self, j: int) -> bool:
        """Whether a singular fraction ending before token j is not an ordinal."""
        if j >= self.count:
            return True
        if self.kinds[j] == "symbol":
            return not (self.texts[j] in DASHES and self.glued(j))
        if self.kinds[j] != "word":
            return True
        w = self.lowers[j]
        return w in FRACTION_FOLLOWERS or w in UNIT_WORDS or self.texts[j] in UNIT_ABBREVIATIONS

    def scale_after_fraction(self, j: int, value: Fraction) -> tuple[Fraction, int, int]:
        """Apply "of a million", "a dozen" or "million" after a fraction at token j."""
        count, lowers = self.count, self.lowers
        k = j
        if k + 1 < count and lowers[k] == "of" and lowers[k + 1] in ("a", "an"):
            k += 2
        elif k < count and (lowers[k] in ("a", "an") or (self.texts[k] in DASHES and self.glued(k))):
            k += 1
        if k < count:
            w = lowers[k]
            if w in SCALE_WORDS:
                return (value * SCALE_WORDS[w], k + 1, SCALE_WORDS[w])
            if w == "dozen":
                return (value * 12, k + 1, 12)
            if w == "hundred" and k > j:
                return (value * 100, k + 1, 100)
        return (value, j, 1)

    def simple_fraction(self, j: int) -> tuple[Fraction, int] | None:
        """A fraction after "and": "a half", "one fourth", "three fifths", "half"."""
        count, lowers = self.count, self.lowers
        if j >= count:
            return None
        w = lowers[j]
        if w == "half":
            return (Fraction(1, 2), j + 1)
        k = j + 1
        if w in ("a", "an", "one"):
            num = 1
        elif w in SMALL_NUMBER_WORDS:
            num = SMALL_NUMBER_WORDS[w]
            if (
                w in TENS_WORDS
                and k + 1 < count
                and self.texts[k] in DASHES
                and lowers[k + 1] in ONES_WORDS
            ):
                num += ONES_WORDS[lowers[k + 1]]
                k += 2
        else:
            return None
        if k < count and self.texts[k] in DASHES:
            k += 1
        d = self.denominator_at(k)
        if d is None or (not d[1] and num != 1):
            return None
        return (Fraction(num, d[0]), d[2])

    def bare_half_ok(self, i: int) -> bool:
        """Whether a lone "half" is a quantity ("half of", "more than half")."""
        lowers, count = self.lowers, self.count
        if i > 0 and lowers[i - 1] in HALF_BLOCKERS:
            return False
        if i + 1 < count and self.texts[i + 1] in DASHES and self.glued(i + 1):
            return False  # "half-time", "half-brother"
        if i + 1 < count and lowers[i + 1] in HALF_FOLLOWERS:
            return True
        if i > 0 and lowers[i - 1] in HALF_PRECEDERS:
            return True
        return i + 1 >= count or self.kinds[i + 1] == "symbol"

    # ------------------------------------------------------------ numbers
    def read_number(self, i: int, money: bool) -> NumberReading | None:
        """Read the numeric part of a mention at token i."""
        count, lowers, texts, kinds = self.count, self.lowers, self.texts, self.kinds
        w = lowers[i]
        nxt = lowers[i + 1] if i + 1 < count else ""
        if kinds[i] == "word" and w in VAGUE_HEADS:
            return self.read_vague(i)
        if w in FEW_WORDS or (w == "a" and nxt == "few"):
            j = i + 2 if w == "a" else i + 1
            if j >= count or lowers[j] not in FEW_SCALES:
                return None
            mult = FEW_SCALES[lowers[j]]
            val = 2 * mult  # "several hundred" -> at least 200
            j += 1
            if j < count and lowers[j] in SCALE_WORDS and SCALE_WORDS[lowers[j]] > mult:
                val *= SCALE_WORDS[lowers[j]]
                j += 1
            return NumberReading(Fraction(val), i, j, vague=True, words=True)
        if w in ("a", "an") and nxt == "dozen":
            return NumberReading(Fraction(12), i, i + 2, words=True, scaled=True)
        if w in ("half", "quarter"):
            base = Fraction(1, 2) if w == "half" else Fraction(1, 4)
            v, end, mult = self.scale_after_fraction(i + 1, base)
            if mult > 1:  # "half a million", "quarter million"
                return NumberReading(v, i, end, words=True, frac=True, scaled=True)
            if w == "quarter" or not self.bare_half_ok(i):
                return None
            return NumberReading(base, i, i + 1, words=True, frac=True)
        if w in ("a", "an", "one") and kinds[i] == "word":
            # "a third of", "one-half", "a hundredth"
            k = i + 2 if w == "one" and i + 2 < count and texts[i + 1] in DASHES else i + 1
            d = self.denominator_at(k)
            if d is not None and not d[1]:
                den, _plural, end = d
                if nxt == "half" or self.fraction_context_ok(end):
                    v, end2, mult = self.scale_after_fraction(end, Fraction(1, den))
                    num = NumberReading(v, i, end2, words=True, frac=True, scaled=mult > 1)
                    return self.and_fraction(num, None)
                return None
            if w != "one" and nxt != "hundred" and nxt not in SCALE_WORDS:
                return None
        if kinds[i] == "vulgar":
            return NumberReading(VULGAR_FRACTIONS[texts[i]], i, i + 1, frac=True)
        card = self.read_cardinal(i, money)
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
        # denominators: "two thirds", "one-half", "five - eighths"
        k = j + 1 if j + 1 < count and texts[j] in DASHES else j
        d = self.denominator_at(k)
        if d is not None and card.last not in ("point", "zero") and card.words:
            return self.cardinal_fraction(card, d, i)
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
        return self.and_fraction(num, card)

    def read_vague(self, i: int) -> NumberReading | None:
        """Vague magnitudes: "dozens", "hundreds of thousands", "tens of millions"."""
        lowers, count = self.lowers, self.count
        w = lowers[i]
        if w in ("tens", "scores") and (i + 1 >= count or lowers[i + 1] != "of"):
            return None
        val = 2 * VAGUE_HEADS[w]
        j = i + 1
        while j + 1 < count and lowers[j] == "of" and lowers[j + 1] in VAGUE_OF_SCALES:
            val *= VAGUE_OF_SCALES[lowers[j + 1]]
            j += 2
        if w == "tens" and j == i + 1:
            return None  # "tens" alone is not a magnitude
        return NumberReading(Fraction(val), i, j, vague=True, words=True)

    def cardinal_fraction(self, card: Cardinal, d: tuple[int, bool, int], i: int) -> NumberReading:
        """A cardinal followed by a denominator ("two thirds", "and a half")."""
        count, lowers = self.count, self.lowers
        den, plural, end = d
        value = card.value
        seg = value if card.and_base is None else value - card.and_base
        if not (plural or (seg == 1 and self.fraction_context_ok(end))):
            return NumberReading(ZERO, i, end, skip=True)  # "two hundredth": an ordinal
        if card.and_base is not None:
            # "five billion and three quarters", "one hundred and three quarters"
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
        v, end2, mult = self.scale_after_fraction(end, Fraction(value) / den)
        num = NumberReading(v, i, end2, words=True, frac=True, scaled=mult > 1)
        return self.and_fraction(num, None)

    def and_fraction(self, num: NumberReading, card: Cardinal | None) -> NumberReading:
        """Extend with "and a half" / "and three fifths" (+ a scale word)."""
        j = num.end
        count, lowers = self.count, self.lowers
        if j >= count or lowers[j] not in ("and", "&"):
            return num
        fraction = self.simple_fraction(j + 1)
        if fraction is None:
            return num
        fraction_value, end = fraction
        value = num.value
        if end < count and lowers[end] in SCALE_WORDS:
            # "five and a half million", "one billion and a half million"
            s = SCALE_WORDS[lowers[end]]
            if card is not None and card.max_scale > s:
                value = value + fraction_value * s
            else:
                value = (value + fraction_value) * s
            end += 1
        elif card is not None and card.last == "scale" and card.tail >= 1000:
            value = value + fraction_value * card.tail  # "one million and a half"
        else:
            value = value + fraction_value  # "two and a half"
        return NumberReading(value, num.start, end, words=True, frac=True, scaled=num.scaled)

    # ------------------------------------------------------------ parts
    def currency_prefix(self, j: int) -> tuple[str, int] | None:
        """Currency before digits at token j: (ISO code, token after it)."""
        count, texts, kinds = self.count, self.texts, self.kinds
        if j >= count:
            return None
        t = texts[j]
        if t in CURRENCY_SYMBOLS:
            return (CURRENCY_SYMBOLS[t], j + 1)
        if kinds[j] != "word" or j + 1 >= count:
            return None
        low = self.lowers[j]
        if (
            low in DOLLAR_PREFIXES
            and texts[j + 1] == "$"
            and self.glued(j + 1)
            and t.isupper()
        ):
            return (DOLLAR_PREFIXES[low], j + 2)  # "US$", "C$", "HK$"
        if t in ISO_CURRENCY_CODES and (kinds[j + 1] == "number" or texts[j + 1] in SIGNS):
            return (t, j + 1)
        if t == "Rs":
            k = j + 2 if texts[j + 1] == "." and self.glued(j + 1) else j + 1
            if k < count and kinds[k] == "number":
                return ("INR", k)
        return None

    def read_quantity(self, i: int) -> Quantity | NumberReading | None:
        """Sign, currency, number and unit at token i.

        Returns a _Num with skip set when the tokens are a number that is not a
        count (ordinal, identifier, excluded span), None when there is no number.
        """
        count, texts, lowers, kinds, starts = self.count, self.texts, self.lowers, self.kinds, self.starts
        j = i
        sign = 1
        signed = False
        code: str | None = None
        num_start = -1
        if lowers[j] in MINUS_WORDS:
            if j >= 2 and lowers[j - 2] == "plus" and lowers[j - 1] == "or":
                return None  # "plus or minus 3 points" is a margin, not -3
            sign, signed, num_start = -1, True, starts[j]
            j += 1
        if self.sign_at(j):
            sign *= SIGNS[texts[j]]
            signed, num_start = True, starts[j]
            j += 1
        currency = self.currency_prefix(j)
        if currency is not None:
            code, j = currency
            num_start = -1
            if self.sign_at(j):  # "$-99.99"
                sign *= SIGNS[texts[j]]
                signed, num_start = True, starts[j]
                j += 1
            if j >= count or kinds[j] != "number":
                return None
        if j >= count:
            return None
        if kinds[j] == "number" and self.excluded[j]:
            return NumberReading(ZERO, j, j + 1, skip=True)
        num = self.read_number(j, code is not None)
        if num is None or num.skip:
            return num
        first, last = num.start, num.end - 1
        if (
            kinds[first] == "number"
            and code is None
            and not signed
            and self.code_before(first)
        ):
            self.in_code[first] = True
            return NumberReading(ZERO, first, num.end, skip=True)
        num_end = self.ends[last]
        value = num.value * sign
        unit: str | None = code
        end_tok = num.end
        glued_digits = kinds[last] == "number"
        percent_match = PERCENT_RE.match(self.text, num_end)
        if percent_match is not None and code is None:
            unit = "percentage_point" if percent_match.group("points") else "percent"
            end_tok = self.index_at(percent_match.end())
        else:
            suffix = self.read_suffix(end_tok, num, glued_digits, value)
            if suffix is not None:
                u, end_tok, _money = suffix
                if code is None:
                    unit = u
        # digits glued to unknown letters are codes or ordinals ("5G", "4th", "1990s")
        if glued_digits and end_tok < count and kinds[end_tok] == "word" and self.glued(end_tok):
            self.in_code[first] = True
            return NumberReading(ZERO, first, end_tok + 1, skip=True)
        if (
            glued_digits
            and end_tok + 1 < count
            and texts[end_tok] in ("'", "\u2019")
            and (self.glued(end_tok) and lowers[end_tok + 1] == "s")
        ):
            return NumberReading(ZERO, first, end_tok + 2, skip=True)  # "1990's"
        return Quantity(
            num=num,
            tok_start=i,
            tok_end=end_tok,
            start=starts[i],
            end=self.ends[end_tok - 1],
            num_start=num_start if num_start >= 0 else starts[first],
            num_end=num_end,
            value=value,
            unit=unit,
            money=code is not None or (unit is not None and unit.isupper()),
            signed=signed,
        )

    def read_suffix(
        self, j: int, num: NumberReading, glued: bool, value: Fraction | float
    ) -> tuple[str, int, bool] | None:
        """Unit or currency right after a number at token j: (unit, end, money)."""
        count, starts, ends, texts, kinds, lowers = self.count, self.starts, self.ends, self.texts, self.kinds, self.lowers
        if j >= count:
            return None
        gap = starts[j] - ends[j - 1]
        if gap > 2 or "\n" in self.text[ends[j - 1] : starts[j]]:
            return None
        if lowers[j] == "of" and (num.vague or num.scaled) and j + 1 < count:
            code = CURRENCY_WORDS.get(lowers[j + 1])  # "millions of dollars"
            if code is not None and code != "KRW":
                return (code, j + 2, True)
            return None
        if texts[j] in ("\u20ac", "\u00a3") and gap <= 1 and glued:  # "15€"
            return (CURRENCY_SYMBOLS[texts[j]], j + 1, True)
        k0 = j
        hyphen = False
        if gap == 0 and texts[j] in DASHES:
            if j + 1 >= count or kinds[j + 1] != "word" or not self.glued(j + 1):
                return None
            k0, hyphen = j + 1, True  # "27-kilometre", "two-year"
        if kinds[k0] == "number":
            return None
        for k in range(min(k0 + 4, count), k0, -1):
            last = k - 1
            if k < count and starts[k] == ends[last] and kinds[k] in ("word", "number"):
                continue  # would cut a word in two
            raw = self.text[starts[k0] : ends[last]]
            key = raw if k == k0 + 1 else " ".join(raw.split())
            low = key.lower()
            if low in CURRENCY_WORDS and not hyphen and gap > 0:
                code = CURRENCY_WORDS[low]
                if low == "pounds" and not num.scaled:
                    return ("lb", k, False)  # "200 pounds" is a weight
                if code == "KRW" and value < 100:
                    continue  # "3 won" is a verb, not a currency
                return (code, k, True)
            if low in UNIT_WORDS:
                return (UNIT_WORDS[low], k, False)
            if key in UNIT_ABBREVIATIONS and gap <= 1:
                return (UNIT_ABBREVIATIONS[key], k, False)
            if key in ISO_CURRENCY_CODES and gap <= 1 and not hyphen:
                return (key, k, True)
            if k == k0 + 1 and glued and not hyphen:
                if gap == 0 and key in GLUED_UNIT_LETTERS:
                    return (GLUED_UNIT_LETTERS[key], k, False)
                if gap == 1 and key in SPACED_UNIT_LETTERS and (k >= count or kinds[k] == "symbol"):
                    return (SPACED_UNIT_LETTERS[key], k, False)
                if (
                    gap == 1
                    and key == "in"
                    and (
                        k >= count
                        or (kinds[k] == "symbol" and texts[k] in ".,;:)!?")
                        or lowers[k] in INCH_FOLLOWERS
                    )
                ):
                    return ("inch", k, False)  # "2 1/2 in thick"
        return None

    def code_before(self, p: int) -> bool:
        """Whether the digits at token p belong to an identifier or code."""
        texts, kinds, lowers = self.texts, self.kinds, self.lowers
        if p == 0:
            return False
        if not self.glued(p):
            prev = texts[p - 1]
            if kinds[p - 1] == "word" and (prev in IDENTIFIER_NOUNS or lowers[p - 1] == "number"):
                return True  # "Article 50", "the number 10 bus"
            if prev == "P" and p >= 3 and texts[p - 2] == "&":
                return True  # "S&P 500"
            if prev == "." and p >= 2 and lowers[p - 2] in ("no", "nos"):
                return True  # "No. 10"
            return prev == "#"
        if kinds[p - 1] == "word":
            return True  # "MH370", "G7"
        tp = texts[p - 1]
        if tp in ("#", "\u00b1"):
            return True
        if (
            tp in ("-", "+", "/", ".", "_", "^", "\u2013", "\u2212")
            and p >= 2
            and (self.glued(p - 1))
        ):
            if kinds[p - 2] == "word":
                # "COVID-19" is a code, but "5k-20k" is a range of amounts
                return not (p >= 3 and kinds[p - 3] == "number" and self.glued(p - 2))
            if kinds[p - 2] == "number" and self.in_code[p - 2]:
                return True  # "J1149.5+6663"
        return False

    # ------------------------------------------------------------ qualifiers
    def prefix_qualifier(self, i: int, floor: int) -> tuple[str, int] | None:
        """Qualifier phrase ending just before token i: (modifier, first token)."""
        if i <= floor:
            return None
        lowers = self.lowers
        cands = PREFIXES_BY_LAST_WORD.get(lowers[i - 1])
        if not cands:
            return None
        for words, mod in cands:
            k = i - len(words)
            if k < floor or tuple(lowers[k:i]) != words:
                continue
            gap = self.text[self.ends[k] : self.starts[i]] if k < i else ""
            if "\n" in gap and (
                not words[0].isalpha() or "\n\n" in gap.replace(" ", "")
            ):
                # A qualifier never reaches across a paragraph break, and a symbol
                # never across a line break ("<!-- x -->" above "Fifty").
                return None
            if (
                words in ((">",), ("<",))
                and k > 0
                and self.glued(k)
                and (self.texts[k - 1] in "<>=")
            ):
                return ("bad", k)  # "=>30", "<>30" are not comparisons
            return (mod, k)
        return None

    def postfix_qualifier(self, j: int) -> tuple[str, int] | None:
        """Qualifier after the number at token j: (modifier, end token)."""
        count, lowers, texts = self.count, self.lowers, self.texts
        if j >= count:
            return None
        if texts[j] == "+" and self.glued(j) and (j + 1 >= count or self.kinds[j + 1] != "number"):
            return ("at_least", j + 1)  # "50+"
        if texts[j] in DASHES and self.glued(j) and j + 1 < count and self.glued(j + 1):
            w = lowers[j + 1]
            if w == "plus":
                return ("at_least", j + 2)  # "20-plus"
            if w in ("odd", "ish"):
                return ("about", j + 2)  # "30-odd"
        for words, mod in POSTFIXES_BY_FIRST_WORD.get(lowers[j], ()):
            k = j + len(words)
            if k > count or tuple(lowers[j:k]) != words:
                continue
            if any(
                self.is_numberish(x)
                or self.sign_at(x)
                or (x < count and self.currency_prefix(x) is not None)
                for x in (k, k + 1)
            ):
                continue  # "5000 or less than 6000": two mentions
            return (mod, k)
        return None

    # ------------------------------------------------------------ mentions
    def range_second_at(self, j: int, a: Quantity, between: bool, from_: bool) -> int:
        """Token index of the second number of a range after part a, else -1."""
        count, texts, lowers = self.count, self.texts, self.lowers
        if j >= count:
            return -1
        t, w = texts[j], lowers[j]
        if between:
            return j + 1 if w in ("and", "&", "to") else -1
        if w in ("to", "through", "thru") or (from_ and w == "until"):
            return j + 1
        if t in DASHES and self.glued(j) and j + 1 < count and lowers[j + 1] == "to":
            return j + 2  # "8- to 16-metre"
        if t in DASHES or t == "~":
            if self.kinds[a.num.end - 1] != "number" and not a.num.scaled:
                return -1
            return j + 1
        return -1

    def is_yearish(self, part: Quantity) -> bool:
        """A bare four-digit integer that reads as a calendar year."""
        num = part.num
        if not num.plain or part.money or part.signed or part.unit is not None:
            return False
        t = self.texts[num.start]
        return len(t) == 4 and 1800 <= int(t) <= 2099

    def make_range(
        self, a: Quantity, b: Quantity, explicit: bool, dash: bool
    ) -> tuple[Fraction | float, Fraction | float, str | None] | None:
        if a.unit is not None and b.unit is not None and a.unit != b.unit:
            return None
        if a.num.vague or b.num.vague:
            return None
        if dash and (self.kinds[a.num.start] != "number" or self.kinds[b.num.start] != "number"):
            return None  # "ten-fifteen" is not written in news copy
        lo, hi = a.value, b.value
        # "$3-5 million", "between 3 and 5 million": the scale applies to both ends
        if (
            b.num.tail > 1
            and not a.num.scaled
            and not a.num.frac
            and (lo < b.value / b.num.tail)
        ):
            lo = lo * b.num.tail
        if not explicit and not lo < hi:
            return None  # "won 3-1", "voted 6 to 3"
        if lo == hi:
            return None
        if lo > hi:
            lo, hi = hi, lo
        return (lo, hi, a.unit or b.unit)

    def skip_word_number(self, a: Quantity, floor: int) -> bool:
        """Word numbers that are pronouns, names or set phrases."""
        lowers, texts, count = self.lowers, self.texts, self.count
        k = a.num.start
        single = a.num.end - k == 1 and a.unit is None and not a.num.frac
        if single and lowers[k] == "one" and self.one_is_pronoun(k):
            return True
        if (
            single
            and lowers[k] == "zero"
            and (
                (k > 0 and lowers[k - 1] == "net")
                or (k + 1 < count and lowers[k + 1] in ("tolerance", "sum"))
                or (k + 1 < count and texts[k + 1] in DASHES and self.glued(k + 1))
            )
        ):
            return True  # "net zero", "zero-sum", "zero tolerance"
        if k > 0 and lowers[k - 1] == "number" and a.num.end - k == 1:
            return True  # "the number one priority" is a rank
        if texts[k][:1].isupper() and k > floor and k > 0:
            p = k - 1
            # a capitalized number word after a capitalized word is a name
            # ("Formula One", "Big Four"); running text would lowercase it
            if self.kinds[p] == "word" and texts[p][:1].isupper() and lowers[p] not in PREFIXES_BY_LAST_WORD:
                return True
        return False

    def one_is_pronoun(self, k: int) -> bool:
        lowers, texts, count = self.lowers, self.texts, self.count
        prev = lowers[k - 1] if k > 0 else ""
        if prev in ONE_PRONOUN_DETERMINERS:
            return True  # "no one", "the one", "which one"
        if (
            k >= 2
            and lowers[k - 2] in ONE_DETERMINERS_BEFORE_ADJECTIVE
            and self.kinds[k - 1] == "word"
            and (prev not in PREFIXES_BY_LAST_WORD and not self.is_numberish(k - 1))
        ):
            return True  # "a new one", "the only one"
        if k + 1 < count:
            nxt = lowers[k + 1]
            if nxt in ONE_PRONOUN_FOLLOWERS:
                return True  # "one another", "one who"
            if texts[k + 1] in ("'", "\u2019") and k + 2 < count and lowers[k + 2] == "s":
                return True  # "one's"
            if nxt == "by" and k + 2 < count and lowers[k + 2] == "one":
                return True
            if (
                texts[k + 1] in DASHES
                and self.glued(k + 1)
                and k + 2 < count
                and (lowers[k + 2] in ONE_COMPOUND_WORDS)
            ):
                return True  # "one-off", "one-time"
        return False

    def mention_at(self, i: int, floor: int) -> tuple[NumberMention | None, int] | None:
        """Mention starting at token i: (mention, or None when skipped; next token).

        Returns None when no number starts at token i.
        """
        count, lowers, texts = self.count, self.lowers, self.texts
        part = self.read_quantity(i)
        if part is None:
            return None
        if isinstance(part, NumberReading):
            return (None, max(part.end, i + 1))
        a = part
        if a.num.words and self.skip_word_number(a, floor):
            return (None, a.num.end)
        pre = self.prefix_qualifier(a.tok_start, floor)
        before = lowers[a.tok_start - 1] if a.tok_start > floor else ""
        between = pre is None and before == "between"
        from_ = pre is None and before == "from"
        j = a.tok_end
        # ---- ratios: "one in five", "2 out of 3", "one over three"
        frac = self.read_ratio(a, j)
        if frac is not None:
            b, value = frac
            return self.finish_mention(
                pre, a, b.end, b.tok_end, value, None, None, b.num_end, False
            )
        # ---- ranges: "between 3 and 5", "10-15 km", "from $5 to $10"
        second_at = self.range_second_at(j, a, between, from_)
        if 0 < second_at < count and (
            self.kinds[second_at] in ("number", "vulgar")
            or self.is_numberish(second_at)
            or self.sign_at(second_at)
            or lowers[second_at] in MINUS_WORDS
            or self.currency_prefix(second_at) is not None
        ):
            b = self.read_quantity(second_at)
            if isinstance(b, Quantity):
                range_ = self.make_range(a, b, between or from_, texts[j] in DASHES)
                if range_ is not None:
                    if self.is_yearish(a) and self.is_yearish(b):
                        return (None, b.tok_end)  # "from 1990 to 2000"
                    lo, hi, unit = range_
                    start = self.starts[a.tok_start - 1] if (between or from_) else a.start
                    return (
                        self.make_mention(
                            start,
                            b.end,
                            lo,
                            hi,
                            "range",
                            unit,
                            a.num_start,
                            b.num_end,
                            False,
                        ),
                        b.tok_end,
                    )
        # ---- a single number with its qualifiers
        if pre is not None and pre[0] == "bad":
            return (None, a.tok_end)
        if pre is not None and lowers[pre[1]] == "over" and a.unit in TIME_UNITS:
            # "lost $2bn over three years" is a duration, not a lower bound
            k = pre[1]
            word_before = lowers[k - 1] if k > 0 else ""
            word_after = lowers[a.tok_end] if a.tok_end < count else ""
            if word_before not in OVER_BOUND_AFTER_WORDS and word_after not in (
                "ago",
                "old",
                "later",
                "earlier",
                "of",
            ):
                pre = None
        if self.is_yearish(a) and (pre is None or pre[0] not in COUNT_QUALIFIERS):
            return (None, a.tok_end)  # "in 2019", "since 1990"
        if (
            a.num.plain
            and a.unit is None
            and (
                (a.tok_end < count and texts[a.tok_end] in YEAR_ERAS)
                or (a.tok_start > 0 and texts[a.tok_start - 1] in YEAR_ERAS)
            )
        ):
            return (None, a.tok_end + 1)  # "500 BC", "AD 79"
        return self.finish_mention(
            pre, a, a.end, a.tok_end, a.value, None, a.unit, a.num_end, a.num.vague
        )

    def read_ratio(self, a: Quantity, j: int) -> tuple[Quantity, Fraction | float] | None:
        """ "X in Y", "X out of (every) Y", "X over Y" read as the fraction X/Y."""
        count, lowers = self.count, self.lowers
        if a.unit is not None or a.num.frac or a.num.vague or j >= count:
            return None
        w = lowers[j]
        if w == "out" and j + 1 < count and lowers[j + 1] == "of":
            k = j + 2
        elif w in ("in", "over"):
            k = j + 1
        else:
            return None
        if k < count and lowers[k] == "every":
            k += 1
        if k >= count or not (self.kinds[k] == "number" or self.is_numberish(k)):
            return None
        b = self.read_quantity(k)
        if not isinstance(b, Quantity) or b.unit is not None or b.num.frac:
            return None
        if self.is_yearish(b) or not 0 < abs(a.value) <= b.value:
            return None  # "12 out of 10", "Voyager 2 in 1979"
        after = b.tok_end
        if after < count and self.kinds[after] == "word":
            nw = lowers[after]
            # "3 in 10 days" is not a ratio; "over" needs a bare divisor
            if w == "over" or nw in UNIT_WORDS or nw.rstrip("s") in TIME_UNITS:
                return None
        av, bv = a.value, b.value
        if isinstance(av, int | Fraction) and isinstance(bv, int | Fraction):
            return (b, Fraction(av) / bv)
        return (b, float(av) / float(bv))

    def finish_mention(
        self,
        pre: tuple[str, int] | None,
        a: Quantity,
        end: int,
        next_tok: int,
        value: Fraction | float,
        value_max: Fraction | float | None,
        unit: str | None,
        num_end: int,
        vague: bool,
    ) -> tuple[NumberMention, int]:
        """Apply prefix/postfix qualifiers and build the mention."""
        modifier = "exact"
        start = a.start
        if pre is not None and pre[0] != "bad":
            modifier = pre[0]
            start = self.starts[pre[1]]
        post = self.postfix_qualifier(next_tok)
        if post is not None:
            pmod, ptok = post
            if pmod == "or_equal":
                # "more than 5000 or equal to" -> at least
                pmod = {"more_than": "at_least", "less_than": "at_most"}.get(
                    modifier, ""
                )
            elif modifier not in ("exact", "about") or (
                pmod == "about" and modifier != "exact"
            ):
                pmod = ""
            elif modifier == "about":
                start = a.start  # "about 500 or more": the postfix decides
            if pmod:
                modifier = pmod
                end = self.ends[ptok - 1]
                next_tok = ptok
        if vague and modifier == "exact":
            modifier = "at_least"
        return (
            self.make_mention(
                start,
                end,
                value,
                value_max,
                modifier,
                unit,
                a.num_start,
                num_end,
                vague,
            ),
            next_tok,
        )

    def make_mention(
        self,
        start: int,
        end: int,
        value: Fraction | float,
        value_max: Fraction | float | None,
        modifier: str,
        unit: str | None,
        num_start: int,
        num_end: int,
        vague: bool,
    ) -> NumberMention:
        return NumberMention(
            start=start,
            end=end,
            text=self.text[start:end],
            value=output_value(value),
            value_max=None if value_max is None else output_value(value_max),
            modifier=modifier,
            unit=unit,
            number_start=num_start,
            number_end=num_end,
            vague=vague,
        )

    def run(self) -> list[NumberMention]:
        """Scan the tokens left to right and return the mentions."""
        out: list[NumberMention] = []
        kinds, lowers, texts = self.kinds, self.lowers, self.texts
        i = floor = 0
        while i < self.count:
            k = kinds[i]
            if (k == "word" and lowers[i] not in START_WORDS) or (
                k == "symbol" and texts[i] not in CURRENCY_SYMBOLS and texts[i] not in SIGNS
            ):
                i += 1
                continue
            res = self.mention_at(i, floor)
            if res is None:
                i += 1
                continue
            mention, nxt = res
            if mention is not None:
                out.append(mention)
            i = floor = max(nxt, i + 1)
        return merge_bounds(self.text, out)


def merge_bounds(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Join "more than 10 and less than 20" into one range mention."""
    out: list[NumberMention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if i + 1 < len(mentions):
            m2 = mentions[i + 1]
            if m.modifier in LOWER_BOUNDS and m2.modifier in UPPER_BOUNDS:
                lo, hi = m.value, m2.value
            elif m.modifier in UPPER_BOUNDS and m2.modifier in LOWER_BOUNDS:
                lo, hi = m2.value, m.value
            else:
                lo = hi = 0
            if (
                lo < hi
                and (m.unit == m2.unit or None in (m.unit, m2.unit))
                and BOUND_JOIN_RE.fullmatch(text, m.end, m2.start) is not None
            ):
                out.append(
                    NumberMention(
                        start=m.start,
                        end=m2.end,
                        text=text[m.start : m2.end],
                        value=lo,
                        value_max=hi,
                        modifier="range",
                        unit=m.unit or m2.unit,
                        number_start=m.number_start,
                        number_end=m2.number_end,
                    )
                )
                i += 2
                continue
        out.append(m)
        i += 1
    return out


def find_numbers(text: str) -> list[NumberMention]:
    """Find the number mentions in English news text.

    Args:
        text: Any text (a sentence or a whole article).

    Returns:
        Non-overlapping mentions sorted by start offset, each with its normalized
        value, qualifier (``modifier``), unit and character spans.  Ordinals,
        clock times, dates, years, identifiers and the pronoun "one" are left out.
    """
    if not text:
        return []
    if not QUICK_CHARS_RE.search(text) and QUICK_WORDS.isdisjoint(
        LOWER_WORD_RE.findall(text.lower())
    ):
        return []
    return _Scanner(text).run()


def parse_number(text: str) -> int | float | None:
    """Parse a string that is one number ("Fifty-two", "1.5 million", "3m").

    Args:
        text: The number alone, in digits, words or both; surrounding whitespace,
            a sign, a currency symbol and a unit or percent sign are tolerated.

    Returns:
        The value (an int when integral), or None when the text is not one number.
    """
    stripped = text.strip().rstrip(".,;:")
    if not stripped:
        return None
    sc = _Scanner(stripped)
    if sc.count == 0:
        return None
    sc.excluded = [False] * sc.count  # a lone "2019" or "3:30" is still a number
    i = 0
    sign = 1
    if sc.lowers[0] in MINUS_WORDS or (sc.texts[0] in SIGNS and sc.count > 1 and sc.glued(1)):
        sign = -1 if sc.texts[0] != "+" else 1
        i = 1
    currency = sc.currency_prefix(i)
    if currency is not None:
        i = currency[1]
    if i >= sc.count:
        return None
    # money=True: without context a lone "3m" is three million, not three metres
    num = sc.read_number(i, True)
    if num is None or num.skip:
        return None
    if num.end < sc.count:
        rest = stripped[sc.ends[num.end - 1] :]
        if not PERCENT_RE.fullmatch(rest):
            suffix = sc.read_suffix(num.end, num, sc.kinds[num.end - 1] == "number", num.value)
            if suffix is None or suffix[1] != sc.count:
                return None
    return output_value(num.value * sign)
