"""count-mismatch: a count contradicts the reference (the intervals are disjoint).

A claim is about a reference count when the units agree, the head nouns agree up
to number ("prison" ~ "prisons") and its sentence has every context word.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.check.context import Context
from factcheck.check.intervals import count_interval, fact_interval
from factcheck.check.model import Hit, Rule, Severity
from factcheck.check.text import has_word, head_noun, same_noun
from factcheck.records import CountClaim
from factcheck.reference import CountFact


def matches(ctx: Context, fact: CountFact, claim: CountClaim) -> bool:
    """Whether a count claim is about the reference count."""
    if claim.counted is None:
        return False
    if (fact.unit or "").lower() != (claim.unit or "").lower():
        return False
    if not same_noun(head_noun(fact.counted), head_noun(claim.counted)):
        return False
    sentence = ctx.doc.sentence_text(claim)
    return all(has_word(sentence, w) for w in fact.context)


def check(ctx: Context) -> Iterator[Hit]:
    claims = [c for c in ctx.doc.claims if isinstance(c, CountClaim)]
    for fact in ctx.ref.counts:
        want = fact_interval(fact)
        for claim in claims:
            if not matches(ctx, fact, claim):
                continue
            ctx.mention(fact)
            have = count_interval(
                claim, about=ctx.config.about, nearly=ctx.config.nearly
            )
            if have.disjoint(want):
                yield Hit(
                    message=f'"{claim.text}" {claim.counted} ({have}) contradicts '
                    f"the reference: {fact.describe()} ({fact.where})",
                    span=claim.span,
                    claim=claim,
                    fact=fact,
                )


RULE = Rule(
    "count-mismatch",
    Severity.ERROR,
    "A count contradicts the reference (the intervals are disjoint).",
    check,
)
