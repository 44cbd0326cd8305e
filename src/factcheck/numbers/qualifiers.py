"""Qualifier phrases around a number: "more than 300", "at least 5",
"500 or more", "50+", "30-odd".
"""

from __future__ import annotations

from .digits import is_numberish, sign_at
from .lexicon import DASHES, POSTFIXES_BY_FIRST_WORD, PREFIXES_BY_LAST_WORD
from .quantities import currency_prefix
from .readings import Example
from .tokens import Tokens

EXAMPLES = (
    Example("More than 300 people came.", "More than 300", 300, "more_than"),
    Example("At least 5 died.", "At least 5", 5, "at_least"),
    Example("Nearly 20 trucks left.", "Nearly 20", 20, "nearly"),
    Example("Up to 48 hours passed.", "Up to 48 hours", 48, "at_most", "hour"),
    Example("Fewer than ten seats remain.", "Fewer than ten", 10, "less_than"),
    Example("500 or more were hurt.", "500 or more", 500, "at_least"),
    Example("The 50+ group met.", "50+", 50, "at_least"),
    Example("It took 20-plus years.", "20-plus", 20, "at_least"),
    Example("A 30-odd crowd gathered.", "30-odd", 30, "about"),
    Example("Voters aged 65 and older were polled.", "65 and older", 65, "at_least"),
    Example("Children 12 or younger ride free.", "12 or younger", 12, "at_most"),
)  # fmt: skip


def prefix_qualifier(toks: Tokens, i: int, floor: int) -> tuple[str, int] | None:
    """Qualifier phrase ending just before token i: (modifier, first token)."""
    if i <= floor or toks.excluded[i - 1]:
        return None  # the ">" closing '<img ... />' is markup, not "more than"
    lowers = toks.lowers
    cands = PREFIXES_BY_LAST_WORD.get(lowers[i - 1])
    if not cands:
        return None
    for words, mod in cands:
        k = i - len(words)
        if k < floor or tuple(lowers[k:i]) != words:
            continue
        gap = toks.text[toks.ends[k] : toks.starts[i]] if k < i else ""
        if "\n" in gap and (
            not words[0].isalpha() or "\n\n" in gap.replace(" ", "")
        ):
            # A qualifier never reaches across a paragraph break, and a symbol
            # never across a line break ("<!-- x -->" above "Fifty").
            return None
        if (
            words in ((">",), ("<",))
            and k > 0
            and toks.glued(k)
            and (toks.texts[k - 1] in "<>=")
        ):
            return ("bad", k)  # "=>30", "<>30" are not comparisons
        return (mod, k)
    return None


def postfix_qualifier(toks: Tokens, j: int) -> tuple[str, int] | None:
    """Qualifier after the number at token j: (modifier, end token)."""
    count, lowers, texts = toks.count, toks.lowers, toks.texts
    if j >= count:
        return None
    if (
        texts[j] == "+"
        and toks.glued(j)
        and (j + 1 >= count or toks.kinds[j + 1] != "number")
    ):
        return ("at_least", j + 1)  # "50+"
    if texts[j] in DASHES and toks.glued(j) and j + 1 < count and toks.glued(j + 1):
        word = lowers[j + 1]
        if word == "plus":
            return ("at_least", j + 2)  # "20-plus"
        if word in ("odd", "ish"):
            return ("about", j + 2)  # "30-odd"
    for words, mod in POSTFIXES_BY_FIRST_WORD.get(lowers[j], ()):
        k = j + len(words)
        if k > count or tuple(lowers[j:k]) != words:
            continue
        if any(
            is_numberish(toks, probe)
            or sign_at(toks, probe)
            or (probe < count and currency_prefix(toks, probe) is not None)
            for probe in (k, k + 1)
        ):
            continue  # "5000 or less than 6000": two mentions
        return (mod, k)
    return None
