"""The check's rules, one module each: a `RULE` (id, default severity, summary)
and the function that finds its hits. The engine runs every rule listed here.

To add a rule: write rules/<name>.py with `check(ctx) -> Iterator[Hit]` and
`RULE = Rule(...)`, and list it below (the order is the one SARIF reports).
"""

from __future__ import annotations

from factcheck.check.model import Rule
from factcheck.check.rules import (
    count_inconsistent,
    count_mismatch,
    date_mismatch,
    fact_unmentioned,
    name_inconsistent,
    name_misspelling,
    quote_misattributed,
    role_inconsistent,
    role_mismatch,
    total_mismatch,
    unattributed_count,
    vague_attribution,
    weekday_mismatch,
)

RULES: dict[str, Rule] = {
    module.RULE.id: module.RULE
    for module in (
        count_mismatch,
        date_mismatch,
        name_misspelling,
        role_mismatch,
        quote_misattributed,
        fact_unmentioned,
        vague_attribution,
        unattributed_count,
        count_inconsistent,
        total_mismatch,
        name_inconsistent,
        role_inconsistent,
        weekday_mismatch,
    )
}

# Rules that need no reference data: `factcheck check story.md` alone runs these.
REFERENCE_FREE = frozenset(
    (
        "count-inconsistent",
        "total-mismatch",
        "name-inconsistent",
        "role-inconsistent",
        "weekday-mismatch",
    )
)
