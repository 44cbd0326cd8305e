"""count-mismatch: a count contradicts the reference (the intervals are disjoint).

A claim is about a reference count when the units agree, the head nouns agree up
to number ("prison" ~ "prisons"; a percentage's counted thing is what it is a
share of: "vote", "turnout"), the fact's subject is the claim's holder, and
every context word is the claim's own (see binding.py). It is about the same
event when it is not a value given for comparison ("down from 44 percent") and
its time is the fact's `when:` (else the story's main event).

When one claim agrees with a fact, another one contradicts it only if it states
the same event (same predicate, same holder): prefer silence to a false error.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from factcheck.check.binding import (
    TOLLS,
    UNIT_WORDS,
    counted_key,
    describe_claim,
    event_class,
)
from factcheck.check.context import Context
from factcheck.check.intervals import count_interval, fact_interval
from factcheck.check.model import Hit, Rule, Severity
from factcheck.check.text import head_noun, norm, same_noun, singular_forms
from factcheck.records import CountClaim
from factcheck.reference import CountFact


def same_thing(fact: CountFact, claim: CountClaim) -> bool:
    """Units agree and the counted things share a head noun."""
    if claim.counted is None:
        # "which killed 33": a bare toll counts people.
        return (
            counted_key(claim) == "person"
            and not fact.unit
            and bool(singular_forms(head_noun(fact.counted)) & {"person", "people"})
        )
    generic = fact.counted.lower() in UNIT_WORDS
    # {counted: percent} is a percentage even without `unit: percent`.
    unit = fact.unit or ("percent" if generic else None)
    if (unit or "").lower() != (claim.unit or "").lower():
        # {counted: years} meets "seven years" (a duration has its unit).
        if unit or not claim.unit:
            return False
        if not same_noun(head_noun(fact.counted), claim.unit):
            return False
    if unit == "percent" and generic:
        return True  # {counted: percent}: any percentage, bound by its context
    return same_noun(head_noun(fact.counted), head_noun(claim.counted))


def _subject_names(ctx: Context, subject: str) -> set[str]:
    names = {subject}
    fact = ctx.variants.get(norm(subject))
    if fact is not None:
        names.update((fact.name, *fact.aliases))
    # "Thomas Krall" is also "Krall" in the holder.
    names.update(n.split()[-1] for n in list(names) if len(n.split()) > 1)
    return names


def matches(
    ctx: Context, fact: CountFact, claim: CountClaim, rivals: Sequence[CountClaim]
) -> bool:
    """Whether the fact's subject and context words are the claim's own."""
    binder = ctx.binder
    # Another predicate is another event: {context: [injured]} is not about
    # "12 people were killed", however near the word "injured" is.
    wanted = {event_class(w) for w in fact.context} & TOLLS
    have = event_class(claim.event)
    if wanted and have in TOLLS and have not in wanted:
        return False
    if fact.subject:
        names = _subject_names(ctx, fact.subject)
        held = binder.holder_is(claim, names)
        if held is False:
            return False
        if held is None and not any(binder.bound(claim, n, rivals) for n in names):
            return False
    return all(binder.bound(claim, w, rivals) for w in fact.context)


def same_event(ctx: Context, fact: CountFact, claim: CountClaim) -> bool:
    """Same time; a value given for comparison only meets a fact dated like it."""
    binder = ctx.binder
    if binder.is_prior(claim):
        return (
            bool(fact.when)
            and binder.time_of(claim) is not None
            and (binder.same_time(claim, fact.when))
        )
    return binder.same_time(claim, fact.when, fact.context)


def _restates(claim: CountClaim, agreeing: CountClaim) -> bool:
    """The higher bar: the same predicate, holder and counted thing again."""
    return (
        claim.sentence != agreeing.sentence  # siblings in a list are parts
        and claim.event is not None
        and event_class(claim.event) == event_class(agreeing.event)
        and norm(claim.holder or "") == norm(agreeing.holder or "")
        and (claim.counted is None or counted_key(claim) == counted_key(agreeing))
    )


def check(ctx: Context) -> Iterator[Hit]:
    claims = [c for c in ctx.doc.claims if isinstance(c, CountClaim)]
    config = ctx.config
    for fact in ctx.ref.counts:
        want = fact_interval(fact)
        rivals = [c for c in claims if same_thing(fact, c)]
        # "The fire, which killed 11": a bare toll is about the thing counted
        # elsewhere in the story with the same predicate ("killed nine workers").
        tolls = {event_class(c.event) for c in rivals if c.counted} - {None}
        rivals += [
            c
            for c in claims
            if c.counted is None
            and c not in rivals
            and not c.unit
            and event_class(c.event) in tolls & TOLLS
        ]
        rivals.sort(key=lambda c: c.span)
        found = [
            c
            for c in rivals
            if matches(ctx, fact, c, rivals) and same_event(ctx, fact, c)
        ]
        if found:
            ctx.mention(fact)
        have = {
            id(c): count_interval(c, about=config.about, nearly=config.nearly)
            for c in found
        }
        agreeing = [c for c in found if not have[id(c)].disjoint(want)]
        for claim in found:
            if not have[id(claim)].disjoint(want):
                continue
            if agreeing and not any(_restates(claim, a) for a in agreeing):
                continue
            ctx.reported.add(id(claim))
            yield Hit(
                message=f"{describe_claim(claim, have[id(claim)])} contradicts "
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
