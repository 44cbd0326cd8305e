"""The one place claims are linked: counts and dates get `source` and `when`."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from factcheck.extract.context import DocContext
from factcheck.records import AttributionClaim, Claim, ClaimKind, DateClaim, Span

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
    dates: list[DateClaim], anchor: int, exclude: tuple[Span, ...] = ()
) -> str | None:
    pool = [
        d
        for d in dates
        if d.type in _WHEN_TYPES and not any(_inside(d.span, s) for s in exclude)
    ]
    if not pool:
        return None
    return min(pool, key=lambda d: (abs(d.span[0] - anchor), d.span[0])).value


def link_claims(ctx: DocContext) -> None:
    """Fill `source` and `when` in place of the context's claim lists.

    Lookups are grouped by paragraph (attribution content never leaves its
    paragraph) and by sentence (`when` is a date of the same sentence), so linking
    stays linear in long documents.
    """
    attributions = [
        c
        for c in ctx.claims.get(ClaimKind.ATTRIBUTION, [])
        if isinstance(c, AttributionClaim)
    ]
    dates = [c for c in ctx.claims.get(ClaimKind.DATE, []) if isinstance(c, DateClaim)]
    by_paragraph: dict[int, list[AttributionClaim]] = defaultdict(list)
    for att in attributions:
        by_paragraph[att.paragraph].append(att)
    by_sentence: dict[int, list[DateClaim]] = defaultdict(list)
    for date in dates:
        by_sentence[date.sentence].append(date)

    def source_of(claim: Claim) -> str | None:
        att = containing_attribution(claim.span, by_paragraph[claim.paragraph])
        return att.source if att else None

    # "The SNAI said on Saturday that ...": the date next to the cue, outside the
    # content, is when it was said.
    ctx.claims[ClaimKind.ATTRIBUTION] = [
        dataclasses.replace(
            att,
            when=_nearest_date(
                by_sentence[att.sentence], att.cue_span[0], _content_spans(att)
            ),
        )
        for att in attributions
    ]
    ctx.claims[ClaimKind.COUNT] = [
        dataclasses.replace(
            count,
            source=source_of(count),
            when=_nearest_date(by_sentence[count.sentence], count.span[0]),
        )
        for count in ctx.claims.get(ClaimKind.COUNT, [])
    ]
    ctx.claims[ClaimKind.DATE] = [
        dataclasses.replace(date, source=source_of(date)) for date in dates
    ]
