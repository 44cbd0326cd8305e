"""The English rules: one module per family, each ending in its RULES list.

A rule is a value (candidates.Rule): name, pattern, gate words, handler and
examples, written side by side. To add one, write it in its family's module and
append it to that module's RULES; nothing else needs to know.

The engine runs the families in the order below and each family's rules in
list order. The order only breaks ties: of two candidates with the same span,
priority and weakness, the earlier rule's wins (engine.select sorts stably).
"""

from __future__ import annotations

from ..candidates import Rule
from . import (
    clock,
    durations,
    holidays,
    intervals,
    months,
    numeric,
    recurrences,
    relative,
    weeks,
    years,
)

FAMILIES = (
    numeric, months, years, weeks, relative, durations, recurrences, holidays,
    clock, intervals,
)  # fmt: skip
RULES: tuple[Rule, ...] = tuple(r for f in FAMILIES for r in f.RULES)

# Texts that must give no date at all (Duckling's negative corpus): words and
# numbers that look temporal. Rules also carry their own negative examples.
NEGATIVE_EXAMPLES = (
    "I may go to the party.",
    "She was 30 years old.",
    "Add 1/2 teaspoon of salt.",
    "The score was 3-1.",
    "The final score was 21-14.",
    "He wore number 24.",
    "Turn to page 1999 of the book.",
    "The 747 landed safely.",
    "The screen ratio is 16:9.",
    "It costs $2,019.",
    "She won 2,000 votes.",
    "A second opinion helps.",
    "Soldiers march to the sea.",
    "They fall behind.",
    "The sun was hot.",
    "Route 66 is long.",
    "Read verse 3:16 again.",
)
