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
in Georgia"), when their clauses name different places, when one is a value
given for comparison, and when a reference rule already reported either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.check.binding import TOLLS, counted_key, describe_claim, event_class
from factcheck.check.context import Context
from factcheck.check.intervals import Interval, count_interval
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


def _time(ctx: Context, claim: CountClaim) -> Interval | None:
    found = ctx.binder.time_of(claim)
    return found[1] if found else ctx.binder.main_event()


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
            a, b = _time(ctx, earlier), _time(ctx, later)
            if a is not None and b is not None and a.disjoint(b):
                continue
            if not _event_nouns(ctx, earlier) & _event_nouns(ctx, later):
                continue
            pa, pb = _places(ctx, earlier), _places(ctx, later)
            if pa and pb and not pa & pb:
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
