"""unattributed-count: a count with no attribution anywhere in its paragraph."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.check.binding import describe_claim
from factcheck.check.context import Context
from factcheck.check.model import Hit, Rule, Severity
from factcheck.records import AttributionClaim, CountClaim


def check(ctx: Context) -> Iterator[Hit]:
    attributed = {
        c.paragraph for c in ctx.doc.claims if isinstance(c, AttributionClaim)
    }
    for c in ctx.doc.claims:
        if isinstance(c, CountClaim) and c.paragraph not in attributed:
            yield Hit(
                message=f"{describe_claim(c)} has no attribution in its paragraph",
                span=c.span,
                claim=c,
            )


RULE = Rule(
    "unattributed-count",
    Severity.WARNING,
    "A count with no attribution in its paragraph.",
    check,
)
