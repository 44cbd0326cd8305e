"""The values rules and the engine pass around: Candidate, Match, Rule, Example."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


LEADING_DIGIT = re.compile(r"\d")
WHITESPACE = re.compile(r"\s+")


def squash_spaces(text: str) -> str:
    """Runs of whitespace as one space."""
    return WHITESPACE.sub(" ", text)


@dataclass(slots=True)
class Candidate:
    """One expression a rule found, before merging; `value` may still change."""

    start: int
    end: int
    type: str
    gran: str
    value: str
    kind: str = ""
    weak: bool = False  # only kept when merged into a larger expression
    day: str | None = None  # day-granular date value usable as a time's date
    pod: str | None = None  # part of day: MO AF EV NI ...
    hms: tuple[int, int | None, int | None] | None = None
    ampm: bool = False
    date: datetime.date | None = None  # concrete day, for arithmetic
    prio: int = 0
    ymd: tuple[int | None, int | None, int | None] | None = None  # as written
    mod: str = ""  # START / MID / END for 'early', 'mid', 'the end of'
    # 'two years earlier' -> (-2, 'Y', 'shift'); 'the next day' -> (1, 'day', 'unit')
    offset: tuple[float, str, str] | None = None
    hms2: tuple[int, int | None, int | None] | None = None  # end of a clock range
    ampm2: bool = False
    # 'six years ago' -> 'P6Y': the distance a date was counted back or on by
    duration: str | None = None


class Match:
    """A match on the lower-cased text whose groups read the original text."""

    __slots__ = ("_lowered", "_text")

    def __init__(self, lowered: re.Match[str], text: str) -> None:
        self._lowered = lowered
        self._text = text

    def __getitem__(self, group: int | str) -> str | None:
        start, end = self._lowered.span(group)
        return None if start < 0 else self._text[start:end]

    def group(self, group: int | str = 0) -> str:
        return self[group] or ""

    def start(self, group: int | str = 0) -> int:
        return self._lowered.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._lowered.end(group)


# Gates that are flags computed per text, not strings: a digit, a month name, a
# weekday name (the lexicon says what a month or weekday name looks like).
DIGIT_FLAG = "<digit>"
MONTH_FLAG = "<month>"
WEEKDAY_FLAG = "<weekday>"


def make(
    start: int,
    end: int,
    typ: str,
    gran: str,
    value: str,
    **kw: object,
) -> Candidate:
    return Candidate(start, end, typ, gran, value, **kw)  # type: ignore[arg-type]


def day_candidate(
    start: int, end: int, value: str, day: datetime.date | None, kind: str = "date"
) -> Candidate:
    return Candidate(start, end, "DATE", "day", value, kind=kind, day=value, date=day)


def char_at(text: str, index: int) -> str:
    return text[index] if 0 <= index < len(text) else ""


def replace(cand: Candidate, **changes: object) -> Candidate:
    """A copy of `cand` with some fields changed."""
    names = cand.__slots__  # type: ignore[attr-defined]
    fields = {name: getattr(cand, name) for name in names}
    fields.update(changes)
    return Candidate(**fields)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Example:
    """A text, its reference date and the TIMEX3 values expected, in order."""

    text: str
    values: tuple[str, ...]
    reference: str | None = "2023-09-02"  # None: no reference date


def example(text: str, *values: str, ref: str | None = "2023-09-02") -> Example:
    """`example("on 3 March", "2023-03-03")`; no values: nothing may be found."""
    return Example(text, values, ref)


@dataclass(frozen=True)
class Rule:
    """A pattern and the function that turns its matches into candidates.

    The engine runs `pattern` (case-insensitive) on texts that contain one of
    `gates` (None: every text), and calls `handler(context, match)`, which returns
    a Candidate, a list of them, or None to reject the match.
    """

    name: str
    pattern: str
    handler: Callable[[Any, Match], Candidate | list[Candidate] | None]
    gates: tuple[str, ...] | None = None
    examples: tuple[Example, ...] = ()
