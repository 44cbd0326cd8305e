"""name-misspelling: a name a small edit away from a reference name, not equal to it.

Looks at every mention of every actor, then scans runs of capitalized words the
entity recognizer missed. Also records which reference names the article
mentions (exactly, misspelled, or as words in the text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.check.context import Context
from factcheck.check.model import Hit, Rule, Severity
from factcheck.check.text import POSTMODIFIERS, has_word, norm
from factcheck.records import Span
from factcheck.reference import NameFact

_CAPITALIZED = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019.-]*[\w]")


def _message(surface: str, spelled: str, fact: NameFact) -> str:
    return (
        f'"{surface}" looks like a misspelling of "{spelled}" (reference {fact.where})'
    )


def check(ctx: Context) -> Iterator[Hit]:
    reported: list[Span] = []
    for actor in ctx.actors:
        fact = ctx.actor_fact(actor)
        if fact is not None:
            ctx.mention(fact)
        for start, end in list(actor.mentions) or [actor.span]:
            surface = ctx.doc.text[start:end]
            close = ctx.close_variant(surface)
            if close is None:
                continue
            spelled, target = close
            ctx.mention(target)
            ctx.reported.add(id(actor))
            reported.append((start, end))
            yield Hit(
                message=_message(surface, spelled, target),
                span=(start, end),
                claim=actor,
                fact=target,
            )
    yield from _scan(ctx, reported)
    for fact in ctx.ref.names:
        if not ctx.is_mentioned(fact) and any(
            has_word(ctx.doc.text, v) for v in (fact.name, *fact.aliases)
        ):
            ctx.mention(fact)


def _scan(ctx: Context, reported: list[Span]) -> Iterator[Hit]:
    """Catch misspelled names the entity recognizer did not mark as actors."""
    text = ctx.doc.text
    covered = list(reported)
    for fact in ctx.ref.names:
        for variant in (fact.name, *fact.aliases):
            covered.extend(
                (m.start(), m.end())
                for m in re.finditer(re.escape(variant), text, re.IGNORECASE)
            )
    words = [
        m
        for m in _CAPITALIZED.finditer(text)
        if m.group(0).lower() not in POSTMODIFIERS
    ]
    longest = max((len(v.split()) for v in ctx.variants), default=0)
    for n in range(longest, 0, -1):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            start, end = gram[0].start(), gram[-1].end()
            # Only consecutive capitalized words, one space apart.
            if any(gram[k + 1].start() - gram[k].end() != 1 for k in range(n - 1)):
                continue
            if any(s < end and start < e for s, e in covered):
                continue
            surface = text[start:end]
            close = ctx.close_variant(surface)
            if close is None or len(norm(surface)) < 6:
                continue
            spelled, fact = close
            covered.append((start, end))
            ctx.mention(fact)
            yield Hit(
                message=_message(surface, spelled, fact), span=(start, end), fact=fact
            )


RULE = Rule(
    "name-misspelling",
    Severity.ERROR,
    "A name is a small edit away from a reference name but not equal to it.",
    check,
)
