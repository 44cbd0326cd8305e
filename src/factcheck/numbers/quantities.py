"""A number with its sign, currency and unit: "-3", "$5", "US$2bn", "40 km",
"20%"; digits that belong to codes and identifiers are skipped.
"""

from __future__ import annotations

from fractions import Fraction

from .digits import sign_at
from .lexicon import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DASHES,
    DOLLAR_PREFIXES,
    GLUED_UNIT_LETTERS,
    IDENTIFIER_NOUNS,
    INCH_FOLLOWERS,
    ISO_CURRENCY_CODES,
    LETTER_CURRENCIES,
    MINUS_WORDS,
    PERCENT_RE,
    SCALED_LETTER_CURRENCIES,
    SIGNS,
    SPACED_UNIT_LETTERS,
    UNIT_ABBREVIATIONS,
    UNIT_WORDS,
)
from .numeric import read_number
from .readings import ZERO, Example, NumberReading, Quantity
from .tokens import Tokens

EXAMPLES = (
    Example("It cost US$2bn.", "US$2bn", 2000000000, unit="USD"),
    Example("The fee was €15.", "€15", 15, unit="EUR"),
    Example("They paid 15€ each.", "15€", 15, unit="EUR"),
    Example("The fine was Rs. 500.", "Rs. 500", 500, unit="INR"),
    Example("The loan was CHF 300.", "CHF 300", 300, unit="CHF"),
    Example("Millions of dollars were lost.", "Millions of dollars", 2000000,
            "at_least", "USD"),
    Example("The road is 40 km long.", "40 km", 40, unit="km"),
    Example("A 100m sprint.", "100m", 100, unit="m"),
    Example("It reached 40C.", "40C", 40, unit="celsius"),
    Example("The boat weighs 200 pounds.", "200 pounds", 200, unit="lb"),
    Example("Unemployment hit 20%.", "20%", 20, unit="percent"),
    Example("Rates rose 0.25 percentage points.", "0.25 percentage points", 0.25,
            unit="percentage_point"),
    Example("It cost 300 USD.", "300 USD", 300, unit="USD"),
    Example("They won a five-million-dollar award.", "five-million-dollar",
            5000000, unit="USD"),
    Example("It is a 2-billion-pound fund.", "2-billion-pound", 2000000000,
            unit="GBP"),
    Example("The county owes KSh 200 million.", "KSh 200 million", 200000000,
            unit="KES"),
    Example("The city set aside R50m for roads.", "R50m", 50000000, unit="ZAR"),
    Example("The state lost N5bn to fraud.", "N5bn", 5000000000, unit="NGN"),
    Example('The shop sold a 65" television.', '65"', 65, unit="inch"),
    Example("Use an 8\u2033 pan.", "8\u2033", 8, unit="inch"),
)  # fmt: skip


def currency_prefix(toks: Tokens, j: int) -> tuple[str, int] | None:
    """Currency before digits at token j: (ISO code, token after it)."""
    count, texts, kinds = toks.count, toks.texts, toks.kinds
    if j >= count:
        return None
    tok_text = texts[j]
    if tok_text in CURRENCY_SYMBOLS:
        return (CURRENCY_SYMBOLS[tok_text], j + 1)
    if kinds[j] != "word" or j + 1 >= count:
        return None
    low = toks.lowers[j]
    if (
        low in DOLLAR_PREFIXES
        and texts[j + 1] == "$"
        and toks.glued(j + 1)
        and tok_text.isupper()
    ):
        return (DOLLAR_PREFIXES[low], j + 2)  # "US$", "C$", "HK$"
    if tok_text in ISO_CURRENCY_CODES and (
        kinds[j + 1] == "number" or texts[j + 1] in SIGNS
    ):
        return (tok_text, j + 1)
    if kinds[j + 1] == "number" and tok_text in LETTER_CURRENCIES:
        return (LETTER_CURRENCIES[tok_text], j + 1)  # "KSh 200", "Rp5,000"
    if (
        tok_text in SCALED_LETTER_CURRENCIES
        and kinds[j + 1] == "number"
        and toks.glued(j + 1)
        and j + 2 < count
        and toks.glued(j + 2)
        and texts[j + 2] in ("m", "bn", "k", "tn", "mn")
    ):
        return (SCALED_LETTER_CURRENCIES[tok_text], j + 1)  # "R50m", "N5bn"
    if tok_text == "Rs":
        k = j + 2 if texts[j + 1] == "." and toks.glued(j + 1) else j + 1
        if k < count and kinds[k] == "number":
            return ("INR", k)
    return None


def read_quantity(toks: Tokens, i: int) -> Quantity | NumberReading | None:
    """Sign, currency, number and unit at token i.

    Returns a _Num with skip set when the tokens are a number that is not a
    count (ordinal, identifier, excluded span), None when there is no number.
    """
    count, texts, lowers = toks.count, toks.texts, toks.lowers
    kinds, starts = toks.kinds, toks.starts
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
    if sign_at(toks, j):
        sign *= SIGNS[texts[j]]
        signed, num_start = True, starts[j]
        j += 1
    currency = currency_prefix(toks, j)
    if currency is not None:
        code, j = currency
        num_start = -1
        if sign_at(toks, j):  # "$-99.99"
            sign *= SIGNS[texts[j]]
            signed, num_start = True, starts[j]
            j += 1
        if j >= count or kinds[j] != "number":
            return None
    if j >= count:
        return None
    if kinds[j] == "number" and toks.excluded[j]:
        return NumberReading(ZERO, j, j + 1, skip=True)
    num = read_number(toks, j, code is not None)
    if num is None or num.skip:
        return num
    first, last = num.start, num.end - 1
    if (
        kinds[first] == "number"
        and code is None
        and not signed
        and code_before(toks, first)
    ):
        toks.in_code[first] = True
        return NumberReading(ZERO, first, num.end, skip=True)
    num_end = toks.ends[last]
    value = num.value * sign
    unit: str | None = code
    end_tok = num.end
    glued_digits = kinds[last] == "number"
    percent_match = PERCENT_RE.match(toks.text, num_end)
    if percent_match is not None and code is None:
        unit = "percentage_point" if percent_match.group("points") else "percent"
        end_tok = toks.index_at(percent_match.end())
    else:
        suffix = read_suffix(toks, end_tok, num, glued_digits, value)
        if suffix is not None:
            found_unit, end_tok, _money = suffix
            if code is None:
                unit = found_unit
    # digits glued to unknown letters are codes or ordinals ("5G", "4th", "1990s")
    if (
        glued_digits
        and end_tok < count
        and kinds[end_tok] == "word"
        and toks.glued(end_tok)
    ):
        toks.in_code[first] = True
        return NumberReading(ZERO, first, end_tok + 1, skip=True)
    if (
        glued_digits
        and end_tok + 1 < count
        and texts[end_tok] in ("'", "\u2019")
        and (toks.glued(end_tok) and lowers[end_tok + 1] == "s")
    ):
        return NumberReading(ZERO, first, end_tok + 2, skip=True)  # "1990's"
    return Quantity(
        num=num,
        tok_start=i,
        tok_end=end_tok,
        start=starts[i],
        end=toks.ends[end_tok - 1],
        num_start=num_start if num_start >= 0 else starts[first],
        num_end=num_end,
        value=value,
        unit=unit,
        money=code is not None or (unit is not None and unit.isupper()),
        signed=signed,
    )


def read_suffix(
    toks: Tokens,
    j: int,
    num: NumberReading,
    glued: bool,
    value: Fraction | float,
) -> tuple[str, int, bool] | None:
    """Unit or currency right after a number at token j: (unit, end, money)."""
    count, starts, ends = toks.count, toks.starts, toks.ends
    texts, kinds, lowers = toks.texts, toks.kinds, toks.lowers
    if j >= count:
        return None
    gap = starts[j] - ends[j - 1]
    if gap > 2 or "\n" in toks.text[ends[j - 1] : starts[j]]:
        return None
    if lowers[j] == "of" and (num.vague or num.scaled) and j + 1 < count:
        code = CURRENCY_WORDS.get(lowers[j + 1])  # "millions of dollars"
        if code is not None and code != "KRW":
            return (code, j + 2, True)
        return None
    if texts[j] in ("\u20ac", "\u00a3") and gap <= 1 and glued:  # "15€"
        return (CURRENCY_SYMBOLS[texts[j]], j + 1, True)
    if glued and gap == 0 and texts[j] in ('"', "\u2033") and inch_mark(toks, j):
        return ("inch", j + 1, False)  # 'a 65" TV', "an 8\u2033 pan"
    unit_start = j
    hyphen = False
    if gap == 0 and texts[j] in DASHES:
        if j + 1 >= count or kinds[j + 1] != "word" or not toks.glued(j + 1):
            return None
        unit_start, hyphen = j + 1, True  # "27-kilometre", "two-year"
    if kinds[unit_start] == "number":
        return None
    for k in range(min(unit_start + 4, count), unit_start, -1):
        last = k - 1
        if k < count and starts[k] == ends[last] and kinds[k] in ("word", "number"):
            continue  # would cut a word in two
        raw = toks.text[starts[unit_start] : ends[last]]
        key = raw if k == unit_start + 1 else " ".join(raw.split())
        low = key.lower()
        if hyphen and num.scaled and low in ("dollar", "euro", "pound", "rupee"):
            # "a five-million-dollar deal", "a billion-pound fund"
            return (CURRENCY_WORDS.get(low, "GBP"), k, True)
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
        if k == unit_start + 1 and glued and not hyphen:
            if gap == 0 and key in GLUED_UNIT_LETTERS:
                return (GLUED_UNIT_LETTERS[key], k, False)
            if (
                gap == 1
                and key in SPACED_UNIT_LETTERS
                and (k >= count or kinds[k] == "symbol")
            ):
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


def inch_mark(toks: Tokens, j: int) -> bool:
    """Whether the double quote or double prime at token j, glued to digits, is
    an inch mark: a double prime always; a straight quote when no quotation is
    open in its paragraph (an even number of quotes before it) and no letter
    follows it."""
    text, pos = toks.text, toks.starts[j]
    if text[pos] == "\u2033":
        return True
    if pos + 1 < len(text) and text[pos + 1].isalnum():
        return False
    paragraph_start = text.rfind("\n\n", 0, pos) + 1
    return text.count('"', paragraph_start, pos) % 2 == 0


def code_before(toks: Tokens, pos: int) -> bool:
    """Whether the digits at token p belong to an identifier or code."""
    texts, kinds, lowers = toks.texts, toks.kinds, toks.lowers
    if pos == 0:
        return False
    if not toks.glued(pos):
        prev = texts[pos - 1]
        if kinds[pos - 1] == "word" and (
            prev in IDENTIFIER_NOUNS or lowers[pos - 1] == "number"
        ):
            return True  # "Article 50", "the number 10 bus"
        if prev == "P" and pos >= 3 and texts[pos - 2] == "&":
            return True  # "S&P 500"
        if prev == "." and pos >= 2 and lowers[pos - 2] in ("no", "nos"):
            return True  # "No. 10"
        return prev == "#"
    if kinds[pos - 1] == "word":
        return True  # "MH370", "G7"
    tp = texts[pos - 1]
    if tp in ("#", "\u00b1"):
        return True
    if (
        tp in ("-", "+", "/", ".", "_", "^", "\u2013", "\u2212")
        and pos >= 2
        and (toks.glued(pos - 1))
    ):
        if kinds[pos - 2] == "word":
            # "COVID-19" is a code, but "5k-20k" is a range of amounts
            return not (pos >= 3 and kinds[pos - 3] == "number" and toks.glued(pos - 2))
        if kinds[pos - 2] == "number" and toks.in_code[pos - 2]:
            return True  # "J1149.5+6663"
    return False
