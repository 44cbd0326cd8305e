"""Claims against reference facts -> findings (pure, no I/O).

model.py      Severity, Rule, CheckConfig, Hit, Finding, CheckReport
intervals.py  the values a count or date allows, as intervals
text.py       head nouns, singulars, edit distance, name keys
context.py    the article indexed (sentences, lines) and the shared name lookups
rules/        one module per rule: RULE metadata + check(ctx)
engine.py     check_claims: runs every rule, places and sorts the findings
markup.py     <!-- factcheck-disable --> comments, positions in HTML files
"""

from factcheck.check.engine import check_claims
from factcheck.check.intervals import (
    Interval,
    count_interval,
    date_interval,
    fact_interval,
)
from factcheck.check.model import (
    CheckConfig,
    CheckReport,
    Finding,
    Hit,
    Rule,
    Severity,
    exit_code,
)
from factcheck.check.rules import RULES
from factcheck.check.text import (
    edit_distance,
    has_word,
    head_noun,
    norm,
    same_noun,
    singular_forms,
)

__all__ = [
    "RULES",
    "CheckConfig",
    "CheckReport",
    "Finding",
    "Hit",
    "Interval",
    "Rule",
    "Severity",
    "check_claims",
    "count_interval",
    "date_interval",
    "edit_distance",
    "exit_code",
    "fact_interval",
    "has_word",
    "head_noun",
    "norm",
    "same_noun",
    "singular_forms",
]
