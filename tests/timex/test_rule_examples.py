"""Every rule's examples, run through find_timexes (the Duckling-style corpus).

Each rule in factcheck/timex/rules/ carries examples: a text, a reference date and
the TIMEX3 values expected (none: the text must give no date at all). A rule's
positive examples must also reach the rule itself, so that the corpus exercises
every rule and not only its neighbours.
"""

from __future__ import annotations

import datetime
import re

import pytest

from factcheck.timex import SCANNER, find_timexes
from factcheck.timex.candidates import Example, Match, Rule
from factcheck.timex.engine import full_pattern, lower_pattern
from factcheck.timex.resolve import Context
from factcheck.timex.rules import NEGATIVE_EXAMPLES, RULES

CASES = [
    pytest.param(rule, ex, id=f"{rule.name}:{ex.text}:{ex.reference}")
    for rule in RULES
    for ex in rule.examples
]


def _ref(ex: Example) -> datetime.date | None:
    return datetime.date.fromisoformat(ex.reference) if ex.reference else None


@pytest.mark.parametrize(("rule", "ex"), CASES)
def test_rule_example(rule: Rule, ex: Example) -> None:
    found = find_timexes(ex.text, _ref(ex))
    assert tuple(t.value for t in found) == ex.values
    if ex.values:
        # the example reaches this rule: its handler accepts a match
        ctx = Context(ex.text, _ref(ex), None)
        pattern = re.compile(lower_pattern(full_pattern(rule)))
        accepted = [
            raw
            for raw in pattern.finditer(ex.text.lower())
            if raw.end() > raw.start()
            and rule.handler(ctx, Match(raw, ex.text)) is not None
        ]
        assert accepted, f"{rule.name} does not fire on {ex.text!r}"


@pytest.mark.parametrize("text", NEGATIVE_EXAMPLES)
def test_negative_example(text: str) -> None:
    assert find_timexes(text, datetime.date(2023, 9, 2)) == []


def test_every_rule_has_an_example_that_fires() -> None:
    assert [r.name for r in RULES if not any(ex.values for ex in r.examples)] == []


def test_scanner_runs_the_listed_rules() -> None:
    assert SCANNER.rules == RULES
    assert len({r.name for r in RULES}) == len(RULES)


@pytest.mark.parametrize(
    "text",
    [
        "The vote was on Thursday. The first count came late.",
        "Vote held Thursday\n\nThe first count came late.",
    ],
)
def test_a_weekday_and_a_day_never_join_across_a_sentence_or_paragraph_end(text: str) -> None:
    """'Thursday. The first ...' is not 'Thursday the first' (issue 17: a date
    must not run across the cut between two paragraphs)."""
    found = find_timexes(text, datetime.date(2023, 9, 2))
    assert [(t.start, t.end) for t in found] == [(text.index("Thursday"), text.index("Thursday") + 8)]
    assert [t.value for t in found] == ["2023-08-31"]
