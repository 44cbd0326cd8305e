"""Doc -> DateClaims: timex.find_timexes with spaCy's tense as the future hint."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from factcheck import timex
from factcheck.records import DateClaim

from .context import DocContext

if TYPE_CHECKING:
    from spacy.tokens import Token

REQUIRES = ("token.dep", "token.tag")

_FUTURE_AUX = {"will", "'ll", "shall", "wo"}


def _governing_verb(token: Token) -> Token:
    seen = 0
    while token.pos_ not in ("VERB", "AUX") and token.head is not token and seen < 8:
        token = token.head
        seen += 1
    return token


def is_future(token: Token) -> bool:
    """True when the clause governing token is in the future tense."""
    verb = _governing_verb(token)
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in _FUTURE_AUX:
            return True
        # "is going to happen", "are expected to", "plans to": prospective.
        if child.dep_ == "aux" and child.lower_ == "going":
            return True
    return verb.lemma_ in ("plan", "expect", "schedule", "intend") and any(
        c.dep_ == "xcomp" for c in verb.children
    )


def _future_hint(ctx: DocContext) -> Callable[[int], bool]:
    def future(offset: int) -> bool:
        token = ctx.token_at(offset)
        return token is not None and is_future(token)

    return future


def extract(ctx: DocContext) -> Iterator[DateClaim]:
    """Yield one DateClaim per temporal expression, resolved against ctx.published."""
    dropped: list[timex.Timex] = []
    found = timex.find_timexes(
        ctx.text, ctx.published, future=_future_hint(ctx), dropped=dropped
    )
    for t in dropped:
        ctx.warn(
            "FC103",
            f"{t.text!r} is not a calendar date ({t.value}); no date claim",
            (t.start, t.end),
        )
    for t in found:
        if t.beyond_calendar:
            ctx.warn(
                "FC102",
                f"{t.text!r} cannot be resolved against {ctx.published}: it "
                "falls outside the years 1 to 9999; left unresolved",
                (t.start, t.end),
            )
        yield DateClaim(
            text=t.text,
            span=(t.start, t.end),
            value=t.value,
            type=t.type,
            granularity=t.granularity,
            anchored="XXXX" not in t.value and not t.beyond_calendar,
            **ctx.where(t.start),
        )
