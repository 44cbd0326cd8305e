"""Cardinals in words and/or digits: "fifty-two", "4 thousand 3 hundred",
"one hundred and six", "two point five".
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from .digits import abbreviation_scale, read_digits
from .lexicon import (
    DASHES,
    ONES_WORDS,
    SCALE_PLURALS,
    SCALE_WORDS,
    SMALL_NUMBER_WORDS,
    TEEN_WORDS,
    TENS_WORDS,
    ZERO_WORDS,
)
from .readings import ZERO, Cardinal, Example
from .tokens import Tokens

EXAMPLES = (
    Example("Fifty-two ships sailed.", "Fifty-two", 52),
    Example("The town has four thousand three hundred homes.",
            "four thousand three hundred", 4300),
    Example("He counted one hundred and six birds.", "one hundred and six", 106),
    Example("A hundred people waited.", "A hundred", 100),
    Example("They raised hundred thousand dollars.", "hundred thousand dollars",
            100000, unit="USD"),
    Example("Two million, two hundred thousand voted.",
            "Two million, two hundred thousand", 2200000),
    Example("It weighed 4 thousand 3 hundred tonnes.",
            "4 thousand 3 hundred tonnes", 4300, unit="tonne"),
    Example("They sold thirteen lakh tickets.", "thirteen lakh", 1300000),
    Example("The reading was two point five metres.",
            "two point five metres", 2.5, unit="m"),
    Example("The level rose by zero point oh three.", "zero point oh three", 0.03),
    Example("The score was seventy-one point seventy-five.",
            "seventy-one point seventy-five", 71.75),
    Example("The box holds two hundred and 6 pens.", "two hundred and 6", 206),
    Example("The score was seventy-one point fifty.", "seventy-one point fifty", 71.5),
    Example("They signed a $1.5-billion contract.", "$1.5-billion", 1500000000,
            unit="USD"),
    Example("The union has a 10-million-strong membership.", "10-million",
            10000000),
    Example("The state approved a Rs 2 lakh-crore budget.", "Rs 2 lakh-crore",
            2 * 10**12, unit="INR"),
    Example("One million and two hundred thousand voted.",
            "One million and two hundred thousand", 1200000),
    Example("The five point plan failed.", "five", 5),
)  # fmt: skip


@dataclass(slots=True)
class _CardinalState:
    """What read_cardinal has read so far; `last` names the last element read."""

    pos: int  # the token to read next
    total: Fraction | float = 0  # the value above the current group
    group: Fraction | float = 0  # the group below the last scale word
    max_scale: int = 0
    last: str = ""  # "", a, digits, fracdigits, zero, units, teen, tens, ...
    has_hundred: bool = False  # the current group already has its "hundred"
    and_base: Fraction | float | None = None  # value before an "and"-joined part
    and_after: str = ""  # `last` before that "and"
    before_and: Cardinal | None = None  # the reading before that "and"
    best: Cardinal | None = None  # the longest complete reading so far
    words: bool = False
    plain: bool = False
    tail: int = 1  # multiplier of the last scale word read

    def snap(self, end: int, abbr: bool = False) -> Cardinal:
        """The cardinal read so far, ending before token `end`."""
        return Cardinal(
            self.total + self.group,
            end,
            self.last,
            self.tail,
            self.max_scale,
            self.and_base,
            self.and_after,
            self.words,
            self.plain and self.last == "digits",
            abbr,
        )

    def advance(self) -> None:
        """Move past one word and remember the reading up to it."""
        self.pos += 1
        self.best = self.snap(self.pos)


# What a step returns besides a finished Cardinal: read on, or stop here.
_NEXT = object()
_STOP = object()
_Step = Cardinal | object


def read_cardinal(toks: Tokens, i: int, money: bool) -> Cardinal | None:
    """Read an integer or decimal in words and/or digits at token i.

    One step per element ("fifty", "-", "two", "thousand", "and", "3", "point"):
    each checks that the element may follow the previous one and folds it in.
    """
    state = _CardinalState(pos=i)
    if toks.lowers[i] in ("a", "an"):
        nxt = toks.lowers[i + 1] if i + 1 < toks.count else ""
        if nxt != "hundred" and nxt not in SCALE_WORDS:
            return None
        state.group, state.last, state.words = 1, "a", True  # "a hundred"
        state.pos += 1
    elif toks.lowers[i] == "hundred":
        nxt = toks.lowers[i + 1] if i + 1 < toks.count else ""
        if nxt not in SCALE_WORDS:
            return None
        state.group, state.last, state.words = 1, "a", True  # "hundred thousand"
    while state.pos < toks.count:
        outcome = _cardinal_step(toks, state, money)
        if outcome is _NEXT:
            continue
        if outcome is _STOP:
            break
        return outcome  # type: ignore[return-value]
    if state.last == "and" and state.before_and is not None:
        return state.before_and
    return state.best


def _cardinal_step(toks: Tokens, state: _CardinalState, money: bool) -> _Step:
    """Read the element at state.pos: digits, a number word, a joint or "point"."""
    j = state.pos
    word = toks.lowers[j]
    if toks.kinds[j] == "number":
        return _digits_step(toks, state, money)
    if word in ZERO_WORDS:
        if state.last:
            return _STOP
        state.words, state.last = True, "zero"
        state.advance()
        return _NEXT
    if word in ONES_WORDS:
        if state.last not in ("", "hundred", "scale", "and", "tens"):
            return _STOP
        state.group = state.group + ONES_WORDS[word]
        state.words, state.last = True, "units"
        state.advance()
        return _NEXT
    if word in TEEN_WORDS or word in TENS_WORDS:
        if state.last not in ("", "hundred", "scale", "and"):
            return _STOP
        state.group = state.group + SMALL_NUMBER_WORDS[word]
        state.words, state.last = True, ("teen" if word in TEEN_WORDS else "tens")
        state.advance()
        return _NEXT
    if toks.texts[j] in DASHES:
        return _hyphen_step(toks, state)
    if word in ("hundred", "hundreds"):
        return _hundred_step(state, word)
    if word in SCALE_WORDS or (word in SCALE_PLURALS and state.last not in ("", "a")):
        return _scale_step(state, word)
    if word in ("and", "&") or (
        toks.texts[j] == "," and state.last == "scale" and state.words
    ):
        return _and_step(toks, state)
    if word == "point" and state.last in ("units", "teen", "tens", "hundred", "zero"):
        return _point_step(toks, state)
    return _STOP


def _digits_may_follow(toks: Tokens, state: _CardinalState) -> bool:
    """Whether the digits at state.pos continue the cardinal read so far."""
    j, last = state.pos, state.last
    if toks.excluded[j]:
        return False
    if last == "and":
        return toks.texts[j].isdigit()  # "two hundred and 6"
    if last == "scale":
        if not state.words:
            return False
        # "4 thousand 3 hundred": digits after a scale need a multiplier
        digits_end = read_digits(toks, j)[1]
        return digits_end < toks.count and (
            toks.lowers[digits_end] == "hundred"
            or toks.lowers[digits_end] in SCALE_WORDS
        )
    return not last


def _digits_step(toks: Tokens, state: _CardinalState, money: bool) -> _Step:
    """Digits ("1,234", "2.5", "3/4", "10^6"), maybe with a multiplier ("3m")."""
    if not _digits_may_follow(toks, state):
        return _STOP
    j, last = state.pos, state.last
    value, end, kind = read_digits(toks, j)
    if kind == "bad":
        if not last:
            return Cardinal(ZERO, end, "bad", 1, 0, None, "", False, False, False)
        return _STOP
    if last == "and":
        limit = 100 if state.has_hundred and state.group < 1000 else state.tail
        if value <= 0 or (limit > 1 and value >= limit):
            return _STOP
    state.plain = not last and kind == "int" and toks.texts[j].isdigit()
    state.group = state.group + value
    state.last = "digits" if kind in ("int", "dec") else "fracdigits"
    state.pos = end
    state.best = state.snap(end)
    if kind in ("frac", "pow"):
        return state.best
    mult = abbreviation_scale(toks, end, money, value)
    if not mult:
        return _NEXT
    if mult > state.max_scale:
        state.total = (state.total + state.group) * mult
    else:
        state.total = state.total + state.group * mult
    state.group, state.max_scale, state.tail = 0, max(state.max_scale, mult), mult
    state.last, state.plain = "scale", False
    return state.snap(end + 1, abbr=True)


def _hyphen_step(toks: Tokens, state: _CardinalState) -> _Step:
    """The dash in "fifty-two", "fifty - two" or "$1.5-billion"; any other dash
    ends the cardinal."""
    j = state.pos
    if (
        state.last == "tens"
        and j + 1 < toks.count
        and toks.lowers[j + 1] in ONES_WORDS
        and (toks.starts[j + 1] - toks.ends[j] <= 1)
    ):
        state.pos += 1
        return _NEXT
    if (
        state.last in ("digits", "units", "teen", "tens", "hundred", "scale")
        and j + 1 < toks.count
        and toks.glued(j)
        and toks.glued(j + 1)
        and toks.lowers[j + 1] in SCALE_WORDS
    ):
        state.pos += 1  # "a $1.5-billion deal", "Rs 2 lakh-crore"
        return _NEXT
    return _STOP


def _hundred_step(state: _CardinalState, word: str) -> _Step:
    """ "hundred" multiplies the current group: "three hundred", "a hundred"."""
    last = state.last
    if last not in ("units", "teen", "tens", "digits", "a") or state.has_hundred:
        if state.and_base is not None and state.before_and is not None:
            return state.before_and  # "between 2 hundred and 3 hundred"
        return _STOP
    if word == "hundreds" and last == "a":
        return _STOP
    if state.and_base is not None:
        segment = state.total + state.group - state.and_base
        state.group = state.group - segment + segment * 100
    else:
        state.group = state.group * 100
    state.has_hundred, state.last = True, "hundred"
    state.words, state.plain = True, False
    state.advance()
    return _NEXT


def _scale_step(state: _CardinalState, word: str) -> _Step:
    """A scale word ("thousand", "million", "lakh") closes the current group."""
    scale = SCALE_WORDS.get(word) or SCALE_PLURALS[word]
    if state.last not in _SCALE_MAY_FOLLOW:
        return _STOP
    if (
        state.and_after == "scale"
        and state.and_base is not None
        and scale >= state.tail
        and state.before_and is not None
    ):
        # "2 million and 3 million", "five thousand and two million": a scale
        # after "and" at least as large as the one before starts a new number
        return state.before_and
    if scale > state.max_scale:
        state.total = (state.total + state.group) * scale
    elif state.group > 0 and state.last != "scale":
        state.total = state.total + state.group * scale
    else:
        if state.and_base is not None and state.before_and is not None:
            return state.before_and  # "between 2 million and 3 million"
        return _STOP
    state.group, state.max_scale, state.tail = 0, max(state.max_scale, scale), scale
    state.has_hundred, state.and_base, state.before_and = False, None, None
    state.last, state.words, state.plain = "scale", True, False
    state.advance()
    return _NEXT


_SCALE_MAY_FOLLOW = (
    "units", "teen", "tens", "hundred", "digits", "a", "point", "scale",
)  # fmt: skip


def _and_step(toks: Tokens, state: _CardinalState) -> _Step:
    """ "and", "&" or a comma joining parts: "one hundred and six", "two million,
    two hundred". The reading before it is kept in case nothing follows."""
    j = state.pos
    if state.last not in ("hundred", "scale") or j + 1 >= toks.count:
        return _STOP
    if toks.kinds[j + 1] == "number":
        joins = (
            toks.texts[j] != ","
            and toks.texts[j + 1].isdigit()
            and not toks.excluded[j + 1]
        )
    else:
        joins = toks.lowers[j + 1] in SMALL_NUMBER_WORDS
    if not joins:
        return _STOP
    state.before_and = state.best
    state.and_base = state.total + state.group
    state.and_after = state.last
    state.last = "and"
    state.pos += 1
    return _NEXT


def _point_step(toks: Tokens, state: _CardinalState) -> _Step:
    """ "point" and spelled digits: "two point five", "zero point oh three"."""
    digits, end = point_digits(toks, state.pos + 1)
    if not digits:
        return _STOP
    state.group = state.group + Fraction(int(digits), 10 ** len(digits))
    state.last = "point"
    state.pos = end
    state.best = state.snap(end)
    return _NEXT


def point_digits(toks: Tokens, pos: int) -> tuple[str, int]:
    """Digits spelled after "point" ("zero three", "seventy-one")."""
    kinds, lowers, texts, count = toks.kinds, toks.lowers, toks.texts, toks.count
    digits = ""
    while pos < count and kinds[pos] == "word":
        word = lowers[pos]
        if word in ZERO_WORDS or word == "oh":
            digits += "0"
        elif word in ONES_WORDS or word in TEEN_WORDS:
            digits += str(SMALL_NUMBER_WORDS[word])
        elif word in TENS_WORDS:
            if (
                pos + 2 < count
                and texts[pos + 1] in DASHES
                and lowers[pos + 2] in ONES_WORDS
            ):
                digits += str(TENS_WORDS[word] + ONES_WORDS[lowers[pos + 2]])
                pos += 2
            else:
                digits += str(TENS_WORDS[word])
        else:
            break
        pos += 1
    return digits, pos
