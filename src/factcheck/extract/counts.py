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
_COMPARISON_SIGNS = frozenset("<>\u2264\u2265")
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
    # "the 4,000 residents who fled": the relative clause says what they did.
    for child in noun.children:
        if (
            child.dep_ == "relcl"
            and child.pos_ == "VERB"
            and 0 < child.i - noun.i <= 4
            and any(
                g.dep_ in ("nsubj", "nsubjpass")
                and g.lower_ in ("who", "that", "which")
                for g in child.children
            )
        ):
            return child.lower_
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


# What a percentage or rate is a share of, when it is the subject of its verb
# ("Turnout was 38 percent", "the unemployment rate rose to 5.2 percent").
# fmt: off
_SHARE_NOUNS = frozenset((
    "turnout", "rate", "inflation", "unemployment", "share", "support", "approval",
    "margin", "growth", "vote", "votes", "majority", "participation", "poverty",
    "deficit", "debt", "yield", "interest", "occupancy", "vaccination", "literacy",
    "ratio", "percentage", "proportion", "stake", "lead", "gdp", "output", "sales",
    "price", "prices", "revenue", "budget", "spending", "rent", "rents", "wages",
    "fine", "cost", "costs", "bail", "damages", "settlement", "bill", "package",
    "funding", "aid", "grant", "salary", "bond", "loan", "payment", "penalty",
    "fee", "fees", "tax", "taxes", "income", "profit", "loss", "losses", "surplus",
    "fund", "funds", "reserve", "reserves",
))
# A candidate or party that "won 52 percent" won 52 percent of the vote.
_VOTE_VERBS = frozenset((
    "win", "take", "receive", "get", "garner", "secure", "capture", "poll", "finish",
    "gain", "carry", "draw", "score", "collect", "obtain", "earn", "lead", "trail",
))
# fmt: on
_HOLDER_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
# A currency written as a word is the unit, not the thing counted.
# fmt: off
_CURRENCY_WORDS = frozenset((
    "dollar", "euro", "pound", "yen", "yuan", "rupee", "peso", "franc", "krona",
    "krone", "ruble", "rouble", "real", "rand", "won", "lira", "shekel", "dinar",
    "dirham", "riyal", "naira", "shilling", "zloty", "forint", "dong", "baht",
    "ringgit", "rupiah", "sterling", "dollars", "euros", "pounds", "pesos",
))
# fmt: on
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"}


def _entity_text(token: Token) -> tuple[str, Span]:
    """The named entity a token is in, else its noun phrase (modifiers kept)."""
    if token.ent_type_ and token.ent_iob_ != "O":
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                return ent.text, (ent.start_char, ent.end_char)
    return _phrase(token, -1)


def _is_holder(token: Token) -> bool:
    """Whether a subject is someone who can hold a share (a candidate, a party)."""
    if token.lower_ in _SHARE_NOUNS or token.lemma_.lower() in _SHARE_NOUNS:
        return False
    return token.pos_ == "PROPN" or token.ent_type_ in _HOLDER_LABELS


def _share(unit_token: Token) -> tuple[str | None, Span | None, str | None]:
    """A percentage's counted thing (what it is a share of) and holder (whose).

    "52.4 percent of the vote" -> vote; "Turnout was 38 percent" -> turnout;
    "Krall took 41.8 percent" -> vote, held by Krall; "Becker's 52 percent" ->
    held by Becker. (None, None, None) when the parse says nothing.
    """
    counted: tuple[str, Span] | None = None
    holder: str | None = None
    for child in unit_token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].pos_ in ("NOUN", "PROPN"):
                counted = _phrase(objs[0], objs[0].i - 4)
        elif child.dep_ == "poss" and child.lower_ not in _PRONOUNS:
            holder = _entity_text(child)[0]
    # Up to the governing word: "with 52.4 percent" -> won, "a turnout of 38 percent".
    token = unit_token
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.pos_ == "ADV" and head.dep_ == "advmod" and head.head is not head:
        head = head.head  # "down from 44 percent": the verb of "down"
    if (
        head.pos_ in ("NOUN", "PROPN")
        and counted is None
        and head is not token
        and (head.lower_ in _SHARE_NOUNS or head.lemma_.lower() in _SHARE_NOUNS)
    ):
        counted = _phrase(head, head.i - 4)
    verb = head if head.pos_ in ("VERB", "AUX") else None
    if verb is not None and token.dep_ not in ("nsubj", "nsubjpass"):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
            subjects = [
                c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
            ]
        if subjects:
            subject = subjects[0]
            appos = [c for c in subject.children if c.dep_ == "appos"]
            if holder is None and appos and _is_holder(appos[0]):
                holder = _entity_text(appos[0])[0]
            elif holder is None and _is_holder(subject):
                holder = _entity_text(subject)[0]
            elif subject.lower_ not in _PRONOUNS:
                # "the deficit would fall to 1.2 percent of economic output": the
                # subject is what is measured, the of-phrase only its base.
                if subject.lower_ in _SHARE_NOUNS or any(
                    c.dep_ == "compound" and c.lower_ in _SHARE_NOUNS
                    for c in subject.children
                ):
                    counted = _phrase(subject, -1)
                for c in subject.children:
                    if c.dep_ == "poss" and holder is None and _is_holder(c):
                        holder = _entity_text(c)[0]
        if (
            counted is None
            and holder is not None
            and verb.lemma_.lower() in _VOTE_VERBS
        ):
            return "vote", None, holder
    if counted is None:
        return None, None, holder
    return counted[0], counted[1], holder


def _money_root(token: Token) -> Token:
    """From the number of "$250,000" or "$4.2 billion" to the amount's head."""
    for _ in range(3):
        head = token.head
        if head is token or head.dep_ in ("ROOT",):
            break
        if token.dep_ in ("nummod", "quantmod", "compound") and (
            head.tag_ == "$"
            or head.lower_ in ("million", "billion", "trillion")
            or head.pos_ == "SYM"
        ):
            token = head
            continue
        break
    return token


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
    in_date = _overlap_test(dates)
    for m in _mentions(ctx.text):
        span = (m.start, m.end)
        num = (m.number_start, m.number_end)
        # A bound written with a comparison sign ("y<20", "≥ 5") is never part
        # of a name, whatever entity the tagger wrapped around it.
        is_bound = m.text[:1] in _COMPARISON_SIGNS
        if (in_date if is_bound else blocked)(num):
            continue
        counted = counted_span = event = holder = None
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
                is_currency = bool(m.unit and len(m.unit) == 3 and m.unit.isupper())
                if (m.unit == "percent" and noun.lower_ in ("percent", "%", "pct")) or (
                    is_currency and noun.lemma_.lower() in _CURRENCY_WORDS
                ):
                    # "52.4 percent of the vote", "a budget of 8.4 billion euros".
                    share, share_span, holder = _share(noun)
                    if share is not None:
                        counted, counted_span = share, share_span
            elif m.unit and len(m.unit) == 3 and m.unit.isupper():
                # "a fine of $250,000", "the budget is $4.2 billion".
                amount = _money_root(tokens.root)
                share, share_span, holder = _share(amount)
                if share is not None:
                    counted, counted_span = share, share_span
                if amount.dep_ in ("dobj", "nsubjpass") and amount.head.pos_ == "VERB":
                    event = amount.head.lower_
            elif (
                tokens.root.dep_ in ("dobj", "nsubjpass")
                and tokens.root.head.pos_ == "VERB"
            ):
                # "the uprising, which killed 33": the number stands alone.
                event = tokens.root.head.lower_
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
            holder=holder,
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
