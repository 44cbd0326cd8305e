"""vague-attribution: an unnamed source ("officials said", "sources say")."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.check.context import Context
from factcheck.check.model import Hit, Rule, Severity
from factcheck.records import AttributionClaim


def check(ctx: Context) -> Iterator[Hit]:
    for c in ctx.doc.claims:
        if isinstance(c, AttributionClaim) and c.vague:
            cue = f" {c.cue}" if c.cue else ""
            yield Hit(
                message=f'vague attribution "{c.source_text}{cue}": name the source',
                span=c.source_span,
                claim=c,
            )


RULE = Rule(
    "vague-attribution",
    Severity.WARNING,
    'An unnamed source ("officials said", "sources say").',
    check,
)
