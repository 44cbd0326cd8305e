"""fact-unmentioned: a reference fact the article does not mention (info only).

Runs last: a fact counts as mentioned when another rule matched it to a claim
or found it in the text, whether or not that rule reported anything.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.check.context import Context
from factcheck.check.model import Hit, Rule, Severity


def check(ctx: Context) -> Iterator[Hit]:
    for fact in ctx.ref.facts:
        if not ctx.is_mentioned(fact):
            yield Hit(
                message=f"not mentioned: {fact.kind} {fact.describe()} ({fact.where})",
                span=None,
                fact=fact,
            )


RULE = Rule(
    "fact-unmentioned",
    Severity.INFO,
    "A reference fact the article does not mention (never fails).",
    check,
    last=True,
)
