"""Temporal expressions in text -> TIMEX3 values resolved against a reference date.

Layout: lexicon.py (English words and tables), rules/ (one module per family of
expressions: pattern, gates, handler and examples side by side), engine.py
(gating, scanning, candidate selection), resolve.py (anchoring against the
reference date), combine.py (merging neighbours and ranges), values.py (TIMEX3
value arithmetic, also for check).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from dataclasses import dataclass

from . import engine, lexicon
from .combine import join_ranges, merge, parts_of_periods
from .resolve import Context, finish
from .rules import RULES
from .values import impossible_part

__all__ = ["Timex", "find_timexes"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Timex:
    """One temporal expression found in a text.

    Attributes:
        start: Offset of the first character in the input text.
        end: Offset one past the last character (``text == input[start:end]``).
        text: The surface form.
        value: The TIMEX3 value, e.g. ``2023-08-31``, ``2023-W35``, ``P3Y``.
        type: One of DATE, TIME, DURATION, SET.
        granularity: One of century, decade, year, season, quarter, month, week,
            day, time, duration, set.
        beyond_calendar: counted from the reference date it would fall before
            year 1 or after 9999, so it was left unresolved (``XXXX``).
        duration: For a date counted from another ('six years ago'), the
            distance as a TIMEX3 duration (``P6Y``); else None.
    """

    start: int
    end: int
    text: str
    value: str
    type: str
    granularity: str
    beyond_calendar: bool = False
    duration: str | None = None


SCANNER = engine.Scanner(
    RULES,
    trigger_words=lexicon.TRIGGER_WORDS,
    trigger_prefixes=lexicon.TRIGGER_PREFIXES,
    clock_mark=lexicon.MERIDIEM_TRIGGER,
    clock_mark_letter=lexicon.MERIDIEM_LETTER,
    month_gate=lexicon.MONTH_GATE,
    weekday_gate=lexicon.WEEKDAY_GATE,
)


def find_timexes(
    text: str,
    reference: datetime.date | None,
    *,
    future: Callable[[int], bool] | None = None,
    dropped: list[Timex] | None = None,
) -> list[Timex]:
    """Tag and normalize the temporal expressions of an English news text.

    Args:
        text: The document text.
        reference: The publication date that relative expressions are resolved
            against, or None; then anything that needs it keeps an ``XXXX`` form.
        future: Optional oracle telling whether the clause at a character offset
            is future tense. Without it a cheap local cue search is used.
        dropped: Optional list that receives the expressions left out because
            they name no calendar day or week ('February 30, 2023', 'the 53rd
            week of 2023'), each with its value as written ('2023-02-30').

    Returns:
        Non-overlapping expressions sorted by start offset.
    """
    if isinstance(reference, datetime.datetime):
        reference = reference.date()
    ctx = Context(text, reference, future)
    chosen = engine.select(SCANNER.scan(text, ctx))
    merged = merge(ctx, chosen)
    merged = merge(ctx, join_ranges(ctx, merged))
    found = finish(ctx, parts_of_periods(ctx, merged))
    out: list[Timex] = []
    for cand in found:
        start, end = _trim(text, cand.start, cand.end)
        if end <= start:
            continue
        timex = Timex(
            start=start,
            end=end,
            text=text[start:end],
            value=cand.value,
            type=cand.type,
            granularity=cand.gran,
            beyond_calendar=any(
                lo < cand.end and cand.start < hi for lo, hi in ctx.beyond
            ),
            duration=cand.duration,
        )
        # A day or week the calendar lacks is a slip in the copy, not a date.
        if impossible_part(cand.value) is None:
            out.append(timex)
        elif dropped is not None:
            dropped.append(timex)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop whitespace and trailing punctuation the patterns may have swallowed;
    a final period stays after an abbreviation ('Sept.', 'a.m.')."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:("):
        end -= 1
    if end - start > 1 and text[end - 1] == ".":
        word = lexicon.LAST_WORD_DOT.search(text[start:end])
        abbreviation = word is not None and (
            len(word.group(1)) == 1 or word.group(1).lower() in lexicon.ABBREVIATIONS
        )
        if not abbreviation:
            end -= 1
    return start, end


def needs_table() -> dict[str, list[list[str]]]:
    """The content of timex_needs.json for the patterns as they are now."""
    return engine.needs_table(RULES)


def write_needs_table() -> None:
    """Rewrite timex_needs.json (`make timex-needs`) after editing a pattern."""
    text = json.dumps(needs_table(), sort_keys=True, indent=1)
    engine.NEEDS_FILE.write_text(text + "\n", encoding="utf-8")
