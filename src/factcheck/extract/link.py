"""The one place claims are linked: counts and dates get `source` and `when`."""

from __future__ import annotations

import dataclasses

from factcheck.records import AttributionClaim, Claim, ClaimKind, DateClaim, Span

from .context import DocContext

# Durations and sets say how long or how often, not when.
_WHEN_TYPES = {"DATE", "TIME"}


def _inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _content_spans(att: AttributionClaim) -> tuple[Span, ...]:
    return att.content_spans or (att.content_span,)


def containing_attribution(
    span: Span, attributions: list[AttributionClaim]
) -> AttributionClaim | None:
    """The attribution whose content holds span (the innermost, if nested)."""
    best: AttributionClaim | None = None
    for att in attributions:
        if any(_inside(span, s) for s in _content_spans(att)):
            width = att.content_span[1] - att.content_span[0]
            if best is None or width < best.content_span[1] - best.content_span[0]:
                best = att
    return best


def _nearest_date(
    dates: list[DateClaim], sentence: int, anchor: int, exclude: tuple[Span, ...] = ()
) -> str | None:
    pool = [
        d
        for d in dates
        if d.sentence == sentence
        and d.type in _WHEN_TYPES
        and not any(_inside(d.span, s) for s in exclude)
    ]
    if not pool:
        return None
    return min(pool, key=lambda d: (abs(d.span[0] - anchor), d.span[0])).value


def link_claims(ctx: DocContext) -> None:
    """Fill `source` and `when` in place of the context's claim lists."""
    attributions = [
        c
        for c in ctx.claims.get(ClaimKind.ATTRIBUTION, [])
        if isinstance(c, AttributionClaim)
    ]
    dates = [c for c in ctx.claims.get(ClaimKind.DATE, []) if isinstance(c, DateClaim)]

    linked_atts: list[Claim] = []
    for att in attributions:
        # "The SNAI said on Saturday that ...": the date next to the cue, outside
        # the content, is when it was said.
        when = _nearest_date(
            dates, att.sentence, att.cue_span[0], exclude=_content_spans(att)
        )
        linked_atts.append(dataclasses.replace(att, when=when))
    ctx.claims[ClaimKind.ATTRIBUTION] = linked_atts

    linked_counts: list[Claim] = []
    for count in ctx.claims.get(ClaimKind.COUNT, []):
        att = containing_attribution(count.span, attributions)
        when = _nearest_date(dates, count.sentence, count.span[0])
        linked_counts.append(
            dataclasses.replace(count, source=att.source if att else None, when=when)
        )
    ctx.claims[ClaimKind.COUNT] = linked_counts

    linked_dates: list[Claim] = []
    for date in dates:
        att = containing_attribution(date.span, attributions)
        linked_dates.append(
            dataclasses.replace(date, source=att.source if att else None)
        )
    ctx.claims[ClaimKind.DATE] = linked_dates
