"""Scanning: which rules can match a text, running them, and choosing among candidates.

Language-neutral: the words come from the rules (patterns, gates) and from the
trigger words the Scanner is built with.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .candidates import DIGIT_FLAG, MONTH_FLAG, WEEKDAY_FLAG, Candidate, Match, Rule
from .values import CALENDAR_LIMITS, calendar_limit, outside_calendar

try:  # private modules: only used to skip patterns that cannot match (a speed-up)
    import re._constants as _sre_c
    import re._parser as _sre_p
except ImportError:  # pragma: no cover - a future Python; every pattern then runs
    _sre_c = _sre_p = None  # type: ignore[assignment]

# Parsing every pattern again for `pattern_needs` would cost a third of the
# package's import time, so the results ship in timex_needs.json, keyed by a hash
# of the pattern. A pattern missing there (edited since) is parsed as before; the
# test suite fails until `make timex-needs` rewrites the file.
NEEDS_FILE = Path(__file__).with_name("timex_needs.json")

_FLAG_GATES = (DIGIT_FLAG, MONTH_FLAG, WEEKDAY_FLAG)
_ANY_DIGIT = re.compile(r"\d")
_ALPHA_RUN = re.compile(r"[a-z]+")
_TOKEN = re.compile(r"[a-z]+|\d")
_MARGIN = 70  # characters scanned on each side of a trigger word
_WHOLE_TEXT_BELOW = 400  # shorter texts are scanned whole

# --------------------------------------------------------------------------
# Patterns: lower-cased once, compiled on first use


def full_pattern(rule: Rule) -> str:
    """Every pattern starts at a word start: failing fast inside words makes the
    scans several times cheaper."""
    return r"(?<![a-z])(?:" + rule.pattern + ")"


def lower_pattern(pattern: str) -> str:
    """Lower-case a pattern's literals, leaving escapes and group names alone."""
    out: list[str] = []
    pos, size = 0, len(pattern)
    while pos < size:
        char = pattern[pos]
        if char == "\\":
            out.append(pattern[pos : pos + 2])
            pos += 2
        elif pattern.startswith(("(?P<", "(?P="), pos):
            close = pattern.index(">" if pattern[pos + 3] == "<" else ")", pos)
            out.append(pattern[pos : close + 1])
            pos = close + 1
        else:
            out.append(char.lower())
            pos += 1
    return "".join(out)


# Case-insensitive matching is ~3x slower in `re`: scan the lower-cased text with
# lower-cased patterns and read the groups back from the original text. A pattern
# is compiled the first time a text passes its gates (an article runs about two
# thirds of them), not at import.
COMPILED: dict[str, re.Pattern[str]] = {}


def _compile_lower(pattern: str) -> re.Pattern[str]:
    compiled = COMPILED[pattern] = re.compile(pattern)
    return compiled


@functools.cache
def _compile_ci(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


# --------------------------------------------------------------------------
# Needs: strings a text must contain for a pattern to match anywhere


def _needed_seq(items: Any) -> list[frozenset[str]]:
    """Sets of strings one of which every match of the regex items contains."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre_c.LITERAL:
            run.append(chr(av))
            continue
        if run:  # a run of literals is matched as one contiguous string
            found.append(frozenset(["".join(run)]))
            run = []
        need = None
        # everything a required part needs, the whole needs
        if op is _sre_c.SUBPATTERN:
            if not av[1] & _sre_c.SRE_FLAG_IGNORECASE:
                found.extend(_needed_seq(av[3]))
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, _sre_c.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                found.extend(_needed_seq(av[2]))
        elif op is _sre_c.ATOMIC_GROUP:
            found.extend(_needed_seq(av))
        elif op is _sre_c.ASSERT:  # a lookaround also reads the text
            found.extend(_needed_seq(av[1]))
        elif op is _sre_c.IN and all(kind is _sre_c.LITERAL for kind, _ in av):
            need = frozenset(chr(code) for _, code in av)
        elif op is _sre_c.BRANCH:
            alts = [_needed(alt) for alt in av[1]]
            if all(alt is not None for alt in alts):
                need = frozenset().union(*alts)  # type: ignore[arg-type]
        if need is not None:
            found.append(need)
    if run:
        found.append(frozenset(["".join(run)]))
    return found


def _needed(items: Any) -> frozenset[str] | None:
    """The most selective of `_needed_seq`, or None if nothing is needed."""
    found = _needed_seq(items)
    if not found:
        return None
    return max(found, key=lambda need: (min(map(len, need)), -len(need)))


def pattern_needs(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of strings of which the text must contain one each for `pattern` to
    match anywhere, the most selective first."""
    if _sre_p is None:
        return ()
    try:
        parsed = _sre_p.parse(pattern)
        if parsed.state.flags & _sre_c.SRE_FLAG_IGNORECASE:
            return ()
        found = set(_needed_seq(parsed.data))
    except Exception:  # an unknown regex AST: skip nothing, stay correct
        return ()
    return tuple(
        sorted(found, key=lambda need: (-min(map(len, need)), len(need), sorted(need)))
    )


def pattern_key(pattern: str) -> str:
    return hashlib.sha256(pattern.encode("utf-8")).hexdigest()[:24]


def shipped_needs() -> dict[str, list[list[str]]]:
    try:
        table = json.loads(NEEDS_FILE.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


def needs_of(
    pattern: str, shipped: dict[str, list[list[str]]]
) -> tuple[frozenset[str], ...]:
    found = shipped.get(pattern_key(pattern))
    if found is None or _sre_p is None:
        return pattern_needs(pattern)
    return tuple(frozenset(need) for need in found)


def needs_table(rules: Iterable[Rule]) -> dict[str, list[list[str]]]:
    """The content of timex_needs.json for the rules' patterns as they are now."""
    lowered = sorted(lower_pattern(full_pattern(rule)) for rule in rules)
    return {
        pattern_key(pattern): [sorted(need) for need in pattern_needs(pattern)]
        for pattern in lowered
    }


# --------------------------------------------------------------------------
# The scanner


class Scanner:
    """Runs rules over texts: gates first, then each pattern near trigger words.

    Per rule the plan holds the gate mask (0: ungated), the masks of the needed
    strings, the lower-cased and the original pattern, and the handler. A text's
    strings are looked up once as bits: the OR of its letter runs' bits.
    """

    def __init__(
        self,
        rules: Iterable[Rule],
        *,
        trigger_words: frozenset[str],
        trigger_prefixes: tuple[str, ...],
        clock_mark: re.Pattern[str],
        clock_mark_letter: str,
        month_gate: re.Pattern[str],
        weekday_gate: re.Pattern[str],
    ) -> None:
        self.rules = tuple(rules)
        self.trigger_words = trigger_words
        self.trigger_prefixes = trigger_prefixes
        self.clock_mark = clock_mark
        self.clock_mark_letter = clock_mark_letter  # cheap test before the regex
        self.month_gate = month_gate
        self.weekday_gate = weekday_gate
        shipped = shipped_needs()
        plan = []
        for rule in self.rules:
            pattern = full_pattern(rule)
            lowered = lower_pattern(pattern)
            gate = frozenset(rule.gates) if rule.gates is not None else None
            plan.append((gate, needs_of(lowered, shipped), lowered, pattern, rule))
        self.plan = tuple(plan)
        self._index_strings(plan)
        self.run_plan = tuple(
            (
                self._mask(gate) if gate is not None else 0,
                tuple(self._mask(need) for need in needs),
                lowered,
                pattern,
                rule.handler,
            )
            for gate, needs, lowered, pattern, rule in plan
        )
        self.token_info = functools.lru_cache(maxsize=1 << 14)(self._token_info)

    def _index_strings(self, plan: list[Any]) -> None:
        # Every string whose presence the scanner tests, looked up once per text.
        strings = sorted(
            {
                string
                for gate, *_ in plan
                if gate
                for string in gate
                if string not in _FLAG_GATES
            }
            | {string for _, needs, *_ in plan for need in needs for string in need}
        )
        # A string of letters occurs in the text iff it occurs in one of the text's
        # maximal letter runs; the others are only looked for when their longest
        # letter run occurs. `present` may hold extra strings, but only ones the
        # text contains.
        others = tuple(
            (max(_ALPHA_RUN.findall(string), key=len, default=None), string)
            for string in strings
            if not _ALPHA_RUN.fullmatch(string)
        )
        self.index_strings = frozenset(
            string for string in strings if _ALPHA_RUN.fullmatch(string)
        ) | {run for run, _ in others if run is not None}
        lengths = {len(string) for string in self.index_strings}
        self.index_lengths = tuple(sorted(lengths))
        self.bit = {
            string: 1 << index
            for index, string in enumerate(
                sorted(self.index_strings | set(strings) | set(_FLAG_GATES))
            )
        }
        self.other_bits = tuple(
            (self.bit[run] if run is not None else 0, string, self.bit[string])
            for run, string in others
        )

    def _mask(self, strings: Iterable[str]) -> int:
        out = 0
        for string in strings:
            out |= self.bit[string]
        return out

    def _token_info(self, tok: str) -> tuple[int, bool]:
        """The bits of the index strings in the letter run `tok`; whether it is a
        trigger word for `segments`."""
        size = len(tok)
        subs = {
            tok[pos : pos + width]
            for width in self.index_lengths
            if width <= size
            for pos in range(size - width + 1)
        }
        is_trigger = tok in self.trigger_words or tok.startswith(self.trigger_prefixes)
        return self._mask(self.index_strings.intersection(subs)), is_trigger

    def segments(self, low: str) -> list[tuple[int, int]]:
        """Stretches of text near a trigger word; the rest cannot match."""
        segs: list[tuple[int, int]] = []
        size = len(low)
        hits = [
            found.span()
            for found in _TOKEN.finditer(low)
            if (
                (word := found.group()).isdigit()
                or word in self.trigger_words
                or word.startswith(self.trigger_prefixes)
            )
        ]
        if self.clock_mark_letter in low:
            hits.extend(found.span() for found in self.clock_mark.finditer(low))
            hits.sort()
        for hit_start, hit_end in hits:
            start, end = max(0, hit_start - _MARGIN), min(size, hit_end + _MARGIN)
            if segs and start <= segs[-1][1]:
                segs[-1] = (segs[-1][0], max(segs[-1][1], end))
            else:
                segs.append((start, end))
        return segs

    def _words(self, low: str) -> tuple[int, bool]:
        """Bits of the index strings in the text's letter runs; any trigger word?"""
        present = 0
        trigger = False
        for tok in set(_ALPHA_RUN.findall(low)):
            bits, is_trigger = self.token_info(tok)
            present |= bits
            trigger = trigger or is_trigger
        return present, trigger

    def _present(self, low: str, present: int, digit: bool) -> int:
        """`present` with the other gate strings and the flags the text has."""
        for run_bit, string, bit in self.other_bits:
            if (not run_bit or present & run_bit) and string in low:
                present |= bit
        if digit:
            present |= self.bit[DIGIT_FLAG]
        if self.month_gate.search(low) is not None:
            present |= self.bit[MONTH_FLAG]
        if self.weekday_gate.search(low) is not None:
            present |= self.bit[WEEKDAY_FLAG]
        return present

    def scan(self, text: str, context: Any) -> list[Candidate]:
        """Every candidate of every rule whose gates and needs the text passes."""
        low = text.lower()
        size = len(low)
        present, trigger = self._words(low)
        digit = _ANY_DIGIT.search(low) is not None
        segs: list[tuple[int, int]] = []
        if size < _WHOLE_TEXT_BELOW:
            whole = True
            clock = (
                self.clock_mark_letter in low
                and self.clock_mark.search(low) is not None
            )
            if not (digit or trigger or clock):
                return []  # no trigger word, digit or clock mark: nothing can match
        else:
            segs = self.segments(low)
            if not segs:
                return []
            whole = len(segs) == 1 and segs[0] == (0, size)
        present = self._present(low, present, digit)
        lowered = len(low) == len(text)  # str.lower() may grow some letters
        src = low if lowered else text
        cands: list[Candidate] = []
        for gate, needs, lowered_pattern, pattern, handler in self.run_plan:
            if gate and not present & gate:
                continue
            if lowered and any(not present & need for need in needs):
                continue  # the pattern cannot match anywhere
            # str.lower() changed the length (rare letters such as 'İ'): the
            # case-insensitive pattern on the original text keeps offsets right
            if lowered:
                compiled = COMPILED.get(lowered_pattern)
                if compiled is None:
                    compiled = _compile_lower(lowered_pattern)
            else:
                compiled = _compile_ci(pattern)
            if whole:
                found = compiled.finditer(src, 0, size)
            else:
                found = (
                    hit
                    for start, end in segs
                    for hit in compiled.finditer(src, start, end)
                )
            for raw in found:
                if raw.end() == raw.start():
                    continue
                out = _run(handler, context, Match(raw, text))
                if out is None:
                    continue
                if isinstance(out, Candidate):
                    cands.append(out)
                else:
                    cands.extend(out)
        return cands


def _run(handler: Any, context: Any, match: Match) -> Any:
    """handler(context, match); a date counted past the years 1..9999 from the
    reference ('next week' on 9999-12-31) is found again without the reference,
    so it stays in XXXX form and the span goes on context.beyond."""
    try:
        out = handler(context, match)
    except CALENDAR_LIMITS as exc:
        if not calendar_limit(exc):
            raise  # a bug: dropping the span silently would hide it
        if context.ref is None:
            return None
        out = None
    else:
        if out is None or context.ref is None:
            return out
        if isinstance(out, Candidate):
            if not outside_calendar(out.value):
                return out
        elif not any(outside_calendar(c.value) for c in out):
            return out
    try:
        again = handler(context.unanchored(), match)
    except CALENDAR_LIMITS as exc:
        if not calendar_limit(exc):
            raise
        again = None
    if out is not None and again == out:
        return out  # not counted from the reference: '1200 BC' is -1200
    context.beyond.append((match.start(), match.end()))
    return again


def select(cands: list[Candidate]) -> list[Candidate]:
    """Longest non-overlapping candidates, ties broken by priority then position
    (then by rule order: the sort is stable)."""
    cands.sort(
        key=lambda cand: (cand.start - cand.end - 3 * cand.prio, cand.weak, cand.start)
    )
    if any(cand.end < cand.start for cand in cands):
        return _select_slow(cands)
    # The spans taken never overlap, so sorted by (start, end) their ends are in
    # order too: the one taken span that can overlap a candidate is the last
    # one starting before its end. A bisection per candidate, not a scan of
    # every span taken (quadratic in a long text's dates).
    taken: list[tuple[int, int]] = []
    chosen: list[Candidate] = []
    for cand in cands:
        k = bisect.bisect_left(taken, (cand.end, -1))
        if k and taken[k - 1][1] > cand.start:
            continue
        taken.insert(k, (cand.start, cand.end))
        chosen.append(cand)
    chosen.sort(key=lambda cand: cand.start)
    return chosen


def _select_slow(cands: list[Candidate]) -> list[Candidate]:
    """select() for a candidate list with a reversed span (none is made)."""
    cands.sort(
        key=lambda cand: (cand.start - cand.end - 3 * cand.prio, cand.weak, cand.start)
    )
    taken: list[tuple[int, int]] = []
    chosen: list[Candidate] = []
    for cand in cands:
        if any(cand.start < end and start < cand.end for start, end in taken):
            continue
        taken.append((cand.start, cand.end))
        chosen.append(cand)
    chosen.sort(key=lambda cand: cand.start)
    return chosen

