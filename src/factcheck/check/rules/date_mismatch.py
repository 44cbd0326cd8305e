"""date-mismatch: the date of an event contradicts the reference.

A date is about a reference event when its sentence has one of the event's
words and, if the fact names a subject, the subject is in the sentence or one
of its actor's mentions is in the paragraph. A sentence is wrong only when none
of its dates fits.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from factcheck.check.context import Context
from factcheck.check.intervals import Interval, date_interval, date_range_str
from factcheck.check.model import Hit, Rule, Severity
from factcheck.check.text import has_word, norm, word_pattern
from factcheck.records import ActorClaim, Claim, DateClaim
from factcheck.reference import DateFact


def check(ctx: Context) -> Iterator[Hit]:
    dates = [
        c
        for c in ctx.doc.claims
        if isinstance(c, DateClaim) and c.type in ("DATE", "TIME")
    ]
    for fact in ctx.ref.dates:
        want = date_interval(fact.date)
        if want is None:
            continue
        by_sentence: dict[int, list[tuple[DateClaim, Interval]]] = {}
        for claim in dates:
            have = date_interval(claim.value)
            if have is None:
                continue
            sentence = ctx.doc.sentence_text(claim)
            if not any(has_word(sentence, w) for w in fact.event):
                continue
            if fact.subject and not _subject_reached(ctx, fact.subject, claim):
                continue
            by_sentence.setdefault(claim.sentence, []).append((claim, have))
        if by_sentence:
            ctx.mention(fact)
        for candidates in by_sentence.values():
            # A sentence often holds several dates; one that fits is enough.
            if any(not have.disjoint(want) for _, have in candidates):
                continue
            claim, have = _nearest_to_event(ctx, candidates, fact)
            yield Hit(
                message=f'"{claim.text}" ({date_range_str(have)}) contradicts the '
                f"reference: {fact.describe()} ({fact.where})",
                span=claim.span,
                claim=claim,
                fact=fact,
            )


def _subject_reached(ctx: Context, subject: str, claim: Claim) -> bool:
    """Named in the sentence, or one of its actor's mentions in the paragraph."""
    names = {subject}
    for fact in ctx.ref.names:
        if norm(subject) in {norm(v) for v in (fact.name, *fact.aliases)}:
            names.update((fact.name, *fact.aliases))
    keys = {norm(n) for n in names}
    actors = [a for a in ctx.actors if _is_actor(ctx, a, keys)]
    sentence = ctx.doc.sentence_text(claim)
    if any(has_word(sentence, n) for n in names):
        return True
    lo, hi = ctx.doc.paragraph(claim.paragraph)
    return any(lo <= s < hi for a in actors for s, _ in a.mentions or (a.span,))


def _is_actor(ctx: Context, actor: ActorClaim, keys: set[str]) -> bool:
    """Whether an actor bears one of these names, possibly misspelled."""
    for surface in (actor.name, *actor.aliases):
        key = norm(surface)
        if key in keys or any(ctx.misspelling_distance(key, k) for k in keys):
            return True
    return False


def _nearest_to_event(
    ctx: Context, candidates: Sequence[tuple[DateClaim, Interval]], fact: DateFact
) -> tuple[DateClaim, Interval]:
    lo, hi = ctx.doc.sentence(candidates[0][0])
    where = [
        m.start()
        for w in fact.event
        for m in word_pattern(w).finditer(ctx.doc.text, lo, hi)
    ]
    return min(
        candidates,
        key=lambda ch: min((abs(ch[0].span[0] - p) for p in where), default=0),
    )


RULE = Rule(
    "date-mismatch",
    Severity.ERROR,
    "The date of an event contradicts the reference.",
    check,
)
