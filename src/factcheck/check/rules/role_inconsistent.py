"""role-inconsistent: one person given two incompatible roles in one article.

"President Lasso" and later "Vice President Lasso". A role is the title just
before a mention ("Interior Minister Ana Soto") or the one the extractor found.
Two roles clash when they are the same office with and without a qualifier
that makes it another office (vice, deputy, assistant) or two different
single-holder offices (mayor and governor). "President" and "Ecuadorian
President" agree, and so do "former Governor" and "Governor": a former holder
keeps the courtesy title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.check.context import Context
from factcheck.check.model import Hit, Rule, Severity
from factcheck.check.rules.role_mismatch import same_role
from factcheck.check.text import norm
from factcheck.records import ActorClaim, Span

# Offices one person does not hold two of at once.
# fmt: off
_OFFICES = frozenset((
    "president", "vice president", "prime minister", "mayor", "deputy mayor",
    "governor", "lieutenant governor", "senator", "chancellor", "premier",
    "king", "queen", "pope", "chief justice", "speaker", "president-elect",
))
_QUALIFIERS = ("former", "ex", "vice", "deputy", "acting", "interim", "assistant",
               "lieutenant", "prime")
# fmt: on


def _title_before(text: str, start: int) -> tuple[str, Span] | None:
    from factcheck.extract.lexicon import ROLE_HEADS, ROLE_WORDS

    words = list(re.finditer(r"[A-Za-z][\w.-]*", text[max(0, start - 60) : start]))
    offset = max(0, start - 60)
    if not words or text[offset + words[-1].end() : start].strip():
        return None
    run: list[re.Match[str]] = []
    for w in reversed(words):
        low = w.group(0).lower()
        if low in ROLE_WORDS or low in _QUALIFIERS:
            if run and offset + w.end() + 1 != offset + run[0].start():
                break
            run.insert(0, w)
        else:
            break
    while run and run[-1].group(0).lower() not in ROLE_HEADS:
        run.pop()
    if not run:
        return None
    lo, hi = offset + run[0].start(), offset + run[-1].end()
    return text[lo:hi], (lo, hi)


def _office(role: str) -> str:
    words = [
        w for w in norm(role).split() if w not in ("former", "ex", "acting", "interim")
    ]
    return " ".join(words)


def clash(a: str, b: str) -> bool:
    """Whether one person cannot be both (see the module docstring)."""
    if same_role(a, b) or _office(a) == _office(b):
        return False  # "former Secretary" is still called "Secretary"
    wa, wb = norm(a).split(), norm(b).split()
    if wa and wb and wa[-1] == wb[-1]:
        return True  # "President" / "Vice President", "Minister" / "former Minister"
    return _office(a) in _OFFICES and _office(b) in _OFFICES


def _roles(ctx: Context, actor: ActorClaim) -> list[tuple[str, Span]]:
    found = []
    for start, _ in actor.mentions or (actor.span,):
        title = _title_before(ctx.doc.text, start)
        if title:
            found.append(title)
    return found


def check(ctx: Context) -> Iterator[Hit]:
    for actor in ctx.actors:
        if actor.type != "PERSON" or id(actor) in ctx.reported:
            continue
        roles = _roles(ctx, actor)
        for j, (role, span) in enumerate(roles):
            first = next((r for r in roles[:j] if clash(r[0], role)), None)
            if first is None:
                continue
            line, _ = ctx.doc.line_col(first[1][0])
            yield Hit(
                message=f'{actor.name} is "{role}" here and "{first[0]}" on line '
                f"{line}",
                span=span,
                claim=actor,
            )
            break


RULE = Rule(
    "role-inconsistent",
    Severity.WARNING,
    "One person is given two incompatible roles in the article.",
    check,
)
