"""role-mismatch: a person's role differs from the one the reference gives."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.check.context import Context
from factcheck.check.model import Hit, Rule, Severity
from factcheck.check.text import norm
from factcheck.records import ActorClaim, Span

# Words that make a different office of the same title ("Vice President").
_STATUS_WORDS = {"former", "ex", "vice", "deputy", "acting", "interim", "assistant"}


def same_role(claimed: str, reference: str) -> bool:
    """'President' fits 'president' and 'Ecuadorian President', not 'Vice President'."""
    a, b = set(norm(claimed).split()), set(norm(reference).split())
    if a == b:
        return True
    extra = (a - b) | (b - a)
    return (b <= a or a <= b) and not (extra & _STATUS_WORDS)


def check(ctx: Context) -> Iterator[Hit]:
    for actor in ctx.actors:
        fact = ctx.actor_fact(actor)
        if fact is None or not actor.role or not fact.role:
            continue
        if same_role(actor.role, fact.role):
            continue
        ctx.reported.add(id(actor))
        yield Hit(
            message=f'{actor.name} is called "{actor.role}" here; the reference '
            f'has "{fact.role}" ({fact.where})',
            span=_role_span(ctx.doc.text, actor) or actor.span,
            claim=actor,
            fact=fact,
        )


def _role_span(text: str, actor: ActorClaim) -> Span | None:
    """Where the role is written: just before (or after) a mention."""
    assert actor.role is not None
    pattern = re.compile(re.escape(actor.role), re.IGNORECASE)
    for start, end in actor.mentions or (actor.span,):
        found = list(pattern.finditer(text, max(0, start - 80), start))
        if found:
            return (found[-1].start(), found[-1].end())
        m = pattern.search(text, end, end + 80)
        if m:
            return (m.start(), m.end())
    return None


RULE = Rule(
    "role-mismatch",
    Severity.ERROR,
    "A person's role differs from the reference.",
    check,
)
