"""Doc -> DateClaims: timex.find_timexes with spaCy's tense as the future hint."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from factcheck import numbers, timex
from factcheck.records import DateClaim

from .context import DocContext

if TYPE_CHECKING:
    from spacy.tokens import Token

REQUIRES = ("token.dep", "token.tag")

_FUTURE_AUX = {"will", "'ll", "shall", "wo"}

# URLs, e-mail addresses and rooted file paths: "2022/2/4" as their folders is
# no date claim ("report-2018-09-23" in a file name still is one).
_ADDRESS = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"')\]]+"
    r"|\b[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|(?<![\w/])(?:[A-Za-z]:\\|~?\.{0,2}/)(?:[\w.-]+[/\\]){2,}[\w.-]*\w"
)


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


def _modifier(text: str, t: timex.Timex) -> str | None:
    """The qualifier of the counted distance: 'more than 20 years ago' ->
    more_than (the same words and names as a count's modifier)."""
    lo = max(0, t.start - 40)
    for m in numbers.find_numbers(text[lo : t.end]):
        if lo + m.number_start >= t.start and m.modifier != "exact":
            return m.modifier
    return None


def extract(ctx: DocContext) -> Iterator[DateClaim]:
    """Yield one DateClaim per temporal expression, resolved against ctx.published."""
    addresses = [m.span() for m in _ADDRESS.finditer(ctx.text)] if (
        "/" in ctx.text or "@" in ctx.text or "\\" in ctx.text
    ) else []
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
        if ("/" in t.text or "\\" in t.text) and any(
            a <= t.start and t.end <= b for a, b in addresses
        ):
            continue  # folders of a URL or a file path that read like a date
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
            duration=t.duration,
            modifier=_modifier(ctx.text, t) if t.duration else None,
            **ctx.where(t.start),
        )
