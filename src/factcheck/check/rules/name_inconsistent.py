"""name-inconsistent: one name spelled two ways in one article (no reference needed).

Two actors (people or organizations, in any mix: the tagger often calls a
misspelled person an organization) whose names are a small edit apart, with
the edit-distance settings of name-misspelling: "Villavicencio" and
"Villavicenzio". Full names must agree but for the last word ("Ana Ruiz" and
"Ada Ruiz" are two people), and a bare surname is compared with full names'
last words. At least one of the two is a person (Medicaid and Medicare are
two programs), a bare surname is compared only with a full name used more
often (the misspelled mention is the rare one), and names must share their
first letter and have five letters or more (Cohn and Cohen are two people).
The rarer spelling is reported (the later one on a tie), once; names a
reference rule already judged are left to it.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.check.context import Context
from factcheck.check.model import Hit, Rule, Severity
from factcheck.check.text import norm
from factcheck.records import ActorClaim

_GROUPS = {"PERSON": "person", "ORG": "org"}


def _untitled(key: str) -> list[str]:
    """A name key's words without a leading title ("superintendent mark ellison")."""
    from factcheck.extract.lexicon import ROLE_WORDS

    words = key.split()
    while len(words) > 1 and words[0] in ROLE_WORDS:
        words.pop(0)
    return words


def _close(ctx: Context, a: str, b: str) -> bool:
    """Whether two name keys are one name misspelled (not equal, not far)."""
    wa, wb = _untitled(a), _untitled(b)
    if wa == wb:
        return False
    if len(wa) > 1 and len(wb) > 1:
        if len(wa) != len(wb) or wa[:-1] != wb[:-1]:
            return False
        a, b = wa[-1], wb[-1]
    elif len(wa) > 1:
        a = wa[-1]
    elif len(wb) > 1:
        b = wb[-1]
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return False  # typos rarely touch the first letter; Cohn and Cohen
    # "the Clintons" and "Clinton", "Conservative Solution(s)": a plural.
    if a in (b + "s", b + "es") or b in (a + "s", a + "es"):
        return False
    return ctx.misspelling_distance(a, b) > 0


def _acronym(name: str) -> bool:
    """ISIS and ISIL, UN and US: different bodies, not a typo."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _mentions(actor: ActorClaim) -> int:
    return len(actor.mentions) or 1


def check(ctx: Context) -> Iterator[Hit]:
    actors = [a for a in ctx.actors if a.type in _GROUPS and id(a) not in ctx.reported]
    done: set[int] = set()
    for i, a in enumerate(actors):
        for b in actors[i + 1 :]:
            # The tagger often calls a misspelled person an organization.
            if id(a) in done or id(b) in done:
                continue
            if ctx.actor_fact(a) is not None or ctx.actor_fact(b) is not None:
                continue  # name-misspelling compares them with the reference
            if "PERSON" not in (a.type, b.type):
                continue  # Medicaid and Medicare: two bodies, not a typo
            pair = next(
                (
                    (sa, sb)
                    for sa in (a.name, *a.aliases)
                    for sb in (b.name, *b.aliases)
                    if not _acronym(sa)
                    and not _acronym(sb)
                    and _close(ctx, norm(sa), norm(sb))
                ),
                None,
            )
            if pair is None:
                continue
            rare, common = (b, a) if _mentions(b) <= _mentions(a) else (a, b)
            if len(_untitled(norm(rare.name))) > len(_untitled(norm(common.name))):
                # "Dana Bash" is not a misspelling of a "Bush" named elsewhere:
                # a misspelled surname is the rare one, the full name the usual.
                continue
            done.add(id(rare))
            span = (rare.mentions or (rare.span,))[0]
            other = (common.mentions or (common.span,))[0]
            line, _ = ctx.doc.line_col(other[0])
            yield Hit(
                message=f'"{ctx.doc.text[span[0] : span[1]]}" and '
                f'"{ctx.doc.text[other[0] : other[1]]}" (line {line}) look like '
                "one name spelled two ways",
                span=span,
                claim=rare,
            )


RULE = Rule(
    "name-inconsistent",
    Severity.ERROR,
    "One person or organization is spelled two ways in the article.",
    check,
)
