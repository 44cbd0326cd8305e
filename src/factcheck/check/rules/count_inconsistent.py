"""count-inconsistent: one article states one count two ways (no reference needed).

"The uprising left 31 people dead" ... "the uprising, which killed 33": the same
counted thing (head noun, singular; a bare toll counts people), the same event
(predicate class: dead ~ killed), the same holder and time, disjoint values.

Only tolls are compared: the dead, injured, arrested, missing, freed or
evacuated. Other counts with one predicate are too often about different
holders ("Clinton has 503 delegates" ... "Cruz has 11 delegates").

Compared only when their sentences name the same kind of event (uprising,
fire, quake, attack ...): analysis pieces cite the tolls of many events.
Silent when the two are in one sentence (usually parts: "12 in Florida and 5
in Georgia"), when both clauses name places and not the same ones, when one is
dated and the other is not about that date, when one is "also" or "another"
count, when one is a value given for comparison, and when a reference rule
already reported either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.check.binding import TOLLS, counted_key, describe_claim, event_class
from factcheck.check.context import Context
from factcheck.check.intervals import count_interval
from factcheck.check.model import Hit, Rule, Severity
from factcheck.check.text import norm
from factcheck.records import CountClaim

# Counted words too general to say two counts are one: durations, shares, times.
# fmt: off
_GENERIC = frozenset((
    "year", "month", "week", "day", "hour", "minute", "second", "time", "percent",
    "%", "point", "per", "cent", "one", "other", "more", "thing", "way", "part",
))
_PLACES = frozenset(("GPE", "LOC", "FAC"))
# Words that name the event a toll belongs to; two tolls are compared only when
# their sentences share one ("the uprising left 31 dead" ... "the uprising,
# which killed 33"), as analysis pieces cite the tolls of many events.
_EVENT_NOUNS = {
    w: stem
    for stem, forms in {
        "uprising": ("uprising", "uprisings", "riot", "riots", "mutiny"),
        "attack": ("attack", "attacks", "bombing", "bombings", "shooting",
                   "shootings", "massacre", "ambush", "raid", "assault"),
        "blast": ("blast", "blasts", "explosion", "explosions", "bomb"),
        "fire": ("fire", "fires", "blaze", "wildfire", "wildfires", "inferno"),
        "quake": ("quake", "earthquake", "earthquakes", "tremor", "aftershock"),
        "flood": ("flood", "floods", "flooding", "mudslide", "landslide",
                  "mudslides", "landslides"),
        "storm": ("storm", "storms", "hurricane", "typhoon", "cyclone",
                  "tornado", "tornadoes", "blizzard"),
        "crash": ("crash", "crashes", "collision", "derailment", "accident",
                  "wreck", "sinking", "capsized"),
        "collapse": ("collapse", "collapsed", "stampede", "crush"),
        "outbreak": ("outbreak", "epidemic", "pandemic"),
        "clash": ("clash", "clashes", "fighting", "battle", "protest", "protests"),
        "strike": ("strike", "airstrike", "airstrikes", "shelling"),
        "hostage": ("hostage", "hostages", "kidnapping", "abduction"),
        "heatwave": ("heatwave", "heat", "drought"),
    }.items()
    for w in forms
}
# fmt: on


def _places(ctx: Context, claim: CountClaim) -> set[str]:
    lo, hi = ctx.binder.clause(claim)
    return {
        norm(a.name)
        for a in ctx.actors
        if a.type in _PLACES and any(lo <= s < hi for s, _ in a.mentions or (a.span,))
    }


def _event_nouns(ctx: Context, claim: CountClaim) -> set[str]:
    """The disasters and attacks its sentence names: one toll is one event."""
    words = re.findall(r"[a-z]+", ctx.doc.sentence_text(claim).lower())
    return {_EVENT_NOUNS[w] for w in words if w in _EVENT_NOUNS}


def _same_time(ctx: Context, a: CountClaim, b: CountClaim) -> bool:
    """Both undated, or dated alike; a dated one meets an undated one only when
    its date is the story's main event (unknown: not the same)."""
    ta, tb = ctx.binder.time_of(a), ctx.binder.time_of(b)
    if ta is None and tb is None:
        return True
    main = ctx.binder.main_event()
    ia = ta[1] if ta else main
    ib = tb[1] if tb else main
    return ia is not None and ib is not None and not ia.disjoint(ib)


# "Six people were also killed", "another 40 were hurt": more, not the same.
_ADDITIONAL = re.compile(
    r"\b(?:also|another|additional|further|separately)\b|\bmore\b(?!\s+than)",
    re.IGNORECASE,
)


def _additional(ctx: Context, claim: CountClaim) -> bool:
    lo, hi = ctx.binder.clause(claim)
    end = max(claim.span[1], (claim.counted_span or claim.span)[1])
    near = ctx.doc.text[max(lo, claim.span[0] - 25) : min(hi, end + 15)]
    return _ADDITIONAL.search(near) is not None


def _key(claim: CountClaim) -> tuple[str, str, str, str] | None:
    counted = counted_key(claim)
    event = event_class(claim.event)
    if counted is None or counted in _GENERIC or event not in TOLLS or claim.vague:
        return None
    return (counted, event, (claim.unit or "").lower(), norm(claim.holder or ""))


def check(ctx: Context) -> Iterator[Hit]:
    config = ctx.config
    counts = [
        c
        for c in ctx.doc.claims
        if isinstance(c, CountClaim) and not ctx.binder.is_prior(c)
    ]
    keyed = [(c, k) for c in counts if (k := _key(c)) is not None]
    for j, (later, key) in enumerate(keyed):
        if id(later) in ctx.reported:
            continue
        have = count_interval(later, about=config.about, nearly=config.nearly)
        for earlier, other in keyed[:j]:
            if other != key or earlier.sentence == later.sentence:
                continue
            if id(earlier) in ctx.reported:
                continue
            want = count_interval(earlier, about=config.about, nearly=config.nearly)
            if not have.disjoint(want):
                continue
            if not _same_time(ctx, earlier, later):
                continue
            if not _event_nouns(ctx, earlier) & _event_nouns(ctx, later):
                continue
            pa, pb = _places(ctx, earlier), _places(ctx, later)
            if pa and pb and pa != pb:
                continue  # Nairobi and Tanzania; both cities and one of them
            if _additional(ctx, earlier) or _additional(ctx, later):
                continue
            line, _ = ctx.doc.line_col(earlier.span[0])
            yield Hit(
                message=f"{describe_claim(later, have)} {later.event} disagrees with "
                f"{describe_claim(earlier, want)} {earlier.event} (line {line})",
                span=later.span,
                claim=later,
            )
            break


RULE = Rule(
    "count-inconsistent",
    Severity.WARNING,
    "One article states the same count of the same event with disjoint values.",
    check,
)
