"""Text -> tokens: the token model every recogniser reads.

A text is cut once into word, number, vulgar-fraction and symbol tokens. The
tokens are kept as parallel lists in one `Tokens` object (one list per field,
which is faster to index than one object per token); recognisers take the
token position `i`, `j` or `k` and read `toks.kinds[j]`, `toks.lowers[j]`...
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from fractions import Fraction

# Words first: they are the most frequent tokens, and trying the long number
# alternation at every word start would dominate the run time.
TOKEN_RE = re.compile(
    r"(?P<vulgar>[\u00bc-\u00be\u2150-\u215e])"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<number>(?=[\d.])"
    r"(?:(?<![\w.,])\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d|[.,]\d)"  # European: 1.234,56
    # "5,00", but not a list: "1,2, 3", "1,2 or 3"
    r"|(?<![\w.,])(?<!\d, )\d{1,3},\d{1,2}"
    r"(?!\d|\.\d|,[ \t]*\d|[ \t]*(?:and|or|&)[ \t]+\d)"
    r"|\d{1,2}(?:,\d\d)+,\d{3}(?!\d)"  # Indian grouping: 12,34,567
    r"|\d{1,3}(?:,\d{3})+(?!\d)"  # 1,234,567
    r"|(?<![\w.,])\d{1,3}(?:[\u00a0\u202f\u2009\u2007]\d{3})+(?!\d)"  # 40 000
    r"|(?<![\w.,])\d{1,3}(?: \d{3})+(?![\d\-\u2013/])"  # 1 234 567
    r"|\d+)"
    r"(?:\.\d+)?"
    r"(?:[eE][+-]?\d+(?![^\W\d_]))?"
    r"|(?<![\w.])\.\d+)"
    r"|(?P<symbol>[^\w\s]|_)"
)
DIGIT_SEPARATORS_RE = re.compile(r"[,\s\u00a0\u202f\u2009\u2007]")
# Digit strings longer than this, and exponents longer than this, are identifiers
# or noise ("a 5,000-digit number", "1e9999999"), never counts: they become word
# tokens, so reading them costs nothing (Fraction("1e9999999") runs for minutes
# and int() refuses more than 4,300 digits).
MAX_DIGITS = 30
MAX_EXPONENT_DIGITS = 2
EXPONENT_RE = re.compile(r"[eE][+-]?(\d+)$")


@dataclass(slots=True)
class Tokens:
    """The tokens of one text, one list per field, all indexed by token position."""

    text: str
    kinds: list[str]  # "word", "number", "vulgar" (a "½" sign) or "symbol"
    starts: list[int]  # char offset where each token starts
    ends: list[int]  # char offset after each token
    texts: list[str]  # each token's text as written
    lowers: list[str]  # each token's text lowercased
    count: int  # number of tokens
    in_code: list[bool]  # digits known to be part of a code ("MH370")
    excluded: list[bool]  # inside a date, time, phone number, URL or address

    def glued(self, j: int) -> bool:
        """True when token j touches token j-1 (no whitespace between)."""
        return 0 < j < self.count and self.starts[j] == self.ends[j - 1]

    def index_at(self, pos: int) -> int:
        """Index of the first token starting at or after char offset pos."""
        return bisect_left(self.starts, pos)

    def exclude(self, start: int, end: int) -> None:
        """Flag the tokens that start in the char span [start, end) as excluded."""
        k = bisect_left(self.starts, start)
        while k < self.count and self.starts[k] < end:
            self.excluded[k] = True
            k += 1


def tokenize(text: str) -> Tokens:
    """Cut text into tokens; none is excluded yet."""
    found = [
        (match.lastgroup, match.start(), match.end(), match.group())
        for match in TOKEN_RE.finditer(text)
    ]
    texts = [tok[3] for tok in found]
    count = len(found)
    kinds = [tok[0] or "symbol" for tok in found]
    for k, tok_text in enumerate(texts):
        if kinds[k] == "number" and (
            len(tok_text) > MAX_DIGITS or "e" in tok_text or "E" in tok_text
        ):
            kinds[k] = number_kind(tok_text)
    return Tokens(
        text=text,
        kinds=kinds,
        starts=[tok[1] for tok in found],
        ends=[tok[2] for tok in found],
        texts=texts,
        lowers=[tok_text.lower() for tok_text in texts],
        count=count,
        in_code=[False] * count,
        excluded=[False] * count,
    )


def number_kind(tok_text: str) -> str:
    """ "number", or "word" for a digit string too long to be a quantity."""
    exponent = EXPONENT_RE.search(tok_text)
    if exponent is not None and len(exponent.group(1)) > MAX_EXPONENT_DIGITS:
        return "word"
    digit_count = sum(char.isdigit() for char in tok_text)
    return "word" if digit_count > MAX_DIGITS else "number"


def is_decimal_comma(text: str) -> bool:
    """Whether a number token writes its decimals after a comma ("5,00",
    "1.234,56"): a last comma group of one or two digits is no thousands group."""
    comma = text.rfind(",")
    decimals = text[comma + 1 :]
    return comma >= 0 and 1 <= len(decimals) <= 2 and decimals.isdigit()


def digits_value(text: str) -> Fraction | int:
    """Value of a number token; plain ints stay ints because Fraction is slow."""
    if text.isdigit():
        return int(text)
    if is_decimal_comma(text):
        return Fraction(text.replace(".", "").replace(",", "."))
    cleaned = DIGIT_SEPARATORS_RE.sub("", text)
    return int(cleaned) if cleaned.isdigit() else Fraction(cleaned)
