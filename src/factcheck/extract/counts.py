"""Doc -> CountClaims: number mentions minus dates and names, plus what they count."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from factcheck import numbers
from factcheck.numbers import zeros
from factcheck.records import ClaimKind, CountClaim, DateClaim, Span

from .context import DocContext

if TYPE_CHECKING:
    from spacy.tokens import Span as TokenSpan
    from spacy.tokens import Token

REQUIRES = ("doc.ents", "token.dep", "token.pos")

# A number inside one of these entities is part of a name ("Apollo 11", "Title IX").
_NAME_LABELS = {"PERSON", "ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"}
_NOUNS = {"NOUN", "PROPN", "PRON"}
_RELATIVE = {"which", "whom", "who", "them", "these", "those"}
_PHRASE_DEPS = {
    "compound",
    "amod",
    "nmod",
    "nummod",
    "quantmod",
    "poss",
    "case",
    "advmod",
    "punct",
    "npadvmod",
    "hmod",
    "hyph",
}


def _overlap_test(spans: list[Span]) -> Callable[[Span], bool]:
    """A test whether a span overlaps any of `spans`, in O(log n) per call.

    Checking every number against every date and name was quadratic: 10 million
    comparisons, 13 s, on 200,000 characters of ordinary copy.
    """
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach: list[int] = []  # reach[i]: the furthest end among ordered[: i + 1]
    for _, end in ordered:
        reach.append(max(end, reach[-1]) if reach else end)

    def overlaps(span: Span) -> bool:
        # The spans that start before this one ends overlap it if one of them
        # ends after it starts.
        k = bisect.bisect_left(starts, span[1])
        return k > 0 and reach[k - 1] > span[0]

    return overlaps


def _counted_noun(number: Token) -> Token | None:
    """The noun a number token counts, following spaCy's dependency arcs."""
    token = number
    if number.lower_ == "no" and number.dep_ == "det" and number.head.i > number.i:
        return _zero_counted(number.head)  # "no arrests", "no reports of deaths"
    # "1.5 million people", "more than 2,200 personnel": climb quantifier arcs.
    for _ in range(4):
        if (
            token.dep_ in ("nummod", "quantmod", "compound", "npadvmod")
            and token.head is not token
            and token.head.i > token.i
        ):
            token = token.head
            if token.pos_ in ("NOUN", "PROPN"):
                return token
        else:
            break
    # "six of the prisons", "one of which": the number heads an of-phrase.
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    if token.pos_ in ("NOUN", "PROPN") and token is not number:
        return token
    return None


def _resolve_relative(noun: Token) -> Token:
    """'buildings, one of which ...': a relative pronoun stands for its antecedent."""
    if noun.lower_ not in _RELATIVE:
        return noun
    token = noun
    for _ in range(6):
        if token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head
        if token.head is token:
            break
        token = token.head
    return noun


def _phrase(noun: Token, after: int) -> tuple[str, Span]:
    """The counted noun with its modifiers between the number and the noun."""
    start = noun.i
    while (
        start - 1 > after
        and noun.doc[start - 1].dep_ in _PHRASE_DEPS
        and noun.doc[start - 1].head.i >= start - 1
        and noun.doc[start - 1].is_alpha
    ):
        start -= 1
    span = noun.doc[start : noun.i + 1]
    return span.text, (span.start_char, span.end_char)


def _event(noun: Token) -> str | None:
    """The predicate the counted thing takes part in: freed, arrested, dead."""
    token = noun
    while token.dep_ == "conj" and token.head is not token:
        token = token.head  # "Fifty guards and seven officers were freed"
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head is token or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    if token.dep_ == "dobj":
        # "left 31 people dead": the predicate is the result, not "left".
        for child in head.children:
            if (
                child.dep_ in ("oprd", "acomp", "ccomp", "xcomp")
                and child.pos_ == "ADJ"
            ):
                return child.lower_
    return head.lower_


def extract(ctx: DocContext) -> Iterator[CountClaim]:
    """Yield a CountClaim for every number mention that is a count."""
    # A point in time is never a count, nor is a duration ("24 hours", "nearly
    # 200 years"): it is reported once, as a date claim with its value (#17).
    dates = [
        d.span
        for d in ctx.claims.get(ClaimKind.DATE, [])
        if isinstance(d, DateClaim) and d.type in ("DATE", "TIME", "DURATION")
    ]
    # An entity without a letter ("-1" tagged ORG) is a tagging slip, not a name.
    names = [
        (e.start_char, e.end_char)
        for e in ctx.doc.ents
        if e.label_ in _NAME_LABELS and any(char.isalpha() for char in e.text)
    ]
    blocked = _overlap_test([*dates, *names])
    for m in _mentions(ctx.text):
        span = (m.start, m.end)
        num = (m.number_start, m.number_end)
        if blocked(num):
            continue
        counted = counted_span = event = None
        tokens = ctx.doc.char_span(
            m.number_start, m.number_end, alignment_mode="expand"
        )
        if _counts_nothing(m, tokens):
            continue
        if tokens is not None and len(tokens):
            noun = _counted_noun(tokens.root)
            if noun is not None:
                noun = _resolve_relative(noun)
                if noun.lower_ not in _RELATIVE and noun.pos_ != "PRON":
                    after = tokens[-1].i if noun.i > tokens[-1].i else noun.i - 1
                    counted, counted_span = _phrase(noun, after)
                event = _event(noun)
        yield CountClaim(
            text=m.text,
            span=span,
            value=m.value,
            value_max=m.value_max,
            modifier=m.modifier,
            unit=m.unit,
            counted=counted,
            counted_span=counted_span,
            event=event,
            vague=m.vague,
            **ctx.where(m.start),
        )


# ---------------------------------------------------------------- zero and lone counts


def _mentions(text: str) -> list[numbers.NumberMention]:
    """Number mentions and candidate zero counts ("no arrests"), by position."""
    found = numbers.find_numbers(text)
    taken = _overlap_test([(m.start, m.end) for m in found])
    zeros = [z for z in numbers.find_zero_counts(text) if not taken((z.start, z.end))]
    return sorted([*found, *zeros], key=lambda m: m.start) if zeros else found


def _zero_counted(noun: Token) -> Token | None:
    """What "no" counts: its plural noun, or the of-phrase of "no reports of"."""
    if noun.lower_ in zeros.COUNT_CARRIERS:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _counts_nothing(m: numbers.NumberMention, tokens: TokenSpan | None) -> bool:
    """Whether a bare 0 or 1 says nothing countable (#17: a count says what it
    counts or is not emitted): "no" or "none" without a plural noun ("no doubt",
    "no plans"), and a lone "one"/"1" without a counted thing ("if one adds",
    "read part 1", "one of them"); and a plain number that the proper noun just
    before it takes as a modifier: a model or edition ("Xbox 360", "Windows 11")."""
    if m.unit is not None or m.modifier != "exact":
        return False
    if tokens is not None and len(tokens) == 1 and m.text.replace(".", "").isdigit():
        number = tokens.root
        if (
            number.dep_ in ("nummod", "appos", "compound")
            and number.head.i == number.i - 1
            and number.head.pos_ == "PROPN"
        ):
            return True
    if m.value not in (0, 1):
        return False
    zero_word = m.text.lower() in ("no", "none")
    if m.value == 0 and not zero_word:
        return False  # "0" and "zero" say they are numbers
    noun = _counted_noun(tokens.root) if tokens is not None and len(tokens) else None
    if noun is not None:
        noun = _resolve_relative(noun)
    if noun is None or noun.pos_ == "PRON" or noun.lower_ in _RELATIVE:
        return True
    if zero_word:
        plural = noun.tag_ in ("NNS", "NNPS") or "Plur" in noun.morph.get("Number")
        return not plural or noun.lower_ in zeros.NOT_COUNTED
    return False
