"""quote-misattributed: a reference quote attributed to someone else.

A quote is found by its words (case, curly apostrophes and punctuation
ignored) inside an attribution's content; its source must be the reference
speaker, one of their aliases, an actor who is them, or part of their name.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.check.context import Context
from factcheck.check.model import Hit, Rule, Severity
from factcheck.check.text import norm, quote_key
from factcheck.records import AttributionClaim


def check(ctx: Context) -> Iterator[Hit]:
    attributions = [c for c in ctx.doc.claims if isinstance(c, AttributionClaim)]
    text_key = quote_key(ctx.doc.text)
    for fact in ctx.ref.quotes:
        key = quote_key(fact.text)
        hits = [
            a
            for a in attributions
            if a.source is not None and key in quote_key(a.content)
        ]
        if hits or key in text_key:
            ctx.mention(fact)
        for a in hits:
            if same_speaker(ctx, a.source, fact.speaker):
                continue
            yield Hit(
                message=f'"{fact.text}" is attributed to {a.source}; the reference '
                f"says {fact.speaker} said it ({fact.where})",
                span=a.source_span,
                claim=a,
                fact=fact,
            )


def same_speaker(ctx: Context, source: str, speaker: str) -> bool:
    """Whether an attribution's source is the reference speaker."""
    a, b = norm(source), norm(speaker)
    names = {b}
    fact = ctx.variants.get(b)
    if fact is not None:
        names.update(norm(v) for v in (fact.name, *fact.aliases))
    for actor in ctx.actors:
        if norm(actor.name) == a:
            if names & {norm(v) for v in (actor.name, *actor.aliases)}:
                return True
            if fact is not None and ctx.actor_fact(actor) is fact:
                return True
    if a in names:
        return True
    # "Lasso" for "Guillermo Lasso", "military" for "the country's military".
    words = set(a.split())
    return any(words <= set(n.split()) or set(n.split()) <= words for n in names)


RULE = Rule(
    "quote-misattributed",
    Severity.ERROR,
    "A quote is attributed to someone other than its reference speaker.",
    check,
)
