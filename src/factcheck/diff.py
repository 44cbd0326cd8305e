"""Two versions' Extractions (+ texts) -> ClaimDiff: claims added, removed, changed."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from .records import (
    SCHEMA_VERSION,
    ActorClaim,
    AttributionClaim,
    Claim,
    ClaimKind,
    CountClaim,
    Document,
    Extraction,
    claim_to_dict,
)

ChangeType = Literal["added", "removed", "changed"]

# The semantic fields compared per kind, with their weight in the alignment score.
# Spans, ids, surface text, sentence/paragraph indexes and actor mentions are left
# out on purpose: they move whenever the copy is edited around the same facts.
COMPARED: dict[ClaimKind, dict[str, float]] = {
    ClaimKind.COUNT: {
        "value": 3.0,
        "value_max": 0.5,
        "modifier": 1.0,
        "unit": 1.0,
        "counted": 3.0,
        "event": 1.0,
        "source": 1.0,
        "when": 0.5,
    },
    ClaimKind.DATE: {"value": 3.0, "type": 1.0, "granularity": 1.0, "source": 1.0},
    # An actor's role is compared like any field, except that a role lost with
    # the removed sentence that gave it ("Sen. Rosa Lind said ..." cut, "Lind"
    # later on) is not listed (_without_cut_naming): the removed claim already
    # reports that sentence, as it reports the full name the actor lost. A role
    # the story still gives does not flip: extract/actors.py decides it over
    # all mentions.
    ClaimKind.ACTOR: {"name": 4.0, "type": 1.0, "role": 1.0, "aliases": 0.5},
    ClaimKind.ATTRIBUTION: {
        "source": 2.0,
        "cue": 1.0,
        "channel": 0.5,
        "direct": 0.5,
        "vague": 0.5,
        "content": 3.0,
        "when": 0.5,
    },
}

# Alignment score = semantic agreement and sentence context; semantics weigh more,
# because a reworded sentence around the same facts must still pair up.
_W_SEMANTIC = 0.65
_W_CONTEXT = 0.35
# Only breaks ties between identical claims in identical sentences (repeats).
_W_POSITION = 0.01

# Function words carry no context; kept as prose so the list stays readable.
_STOPWORD_TEXT = """
    a about after again against all also an and any are as at be been before being
    but by can could did do does for from had has have he her his how i if in into is
    it its me more most my no nor not now of off on once only or other our out over
    own said says same she so some such than that the their them then there these they
    this those through to too under until up very was we were what when where which
    while who whom why will with would you your according told"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"\w+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_APOSTROPHE = re.compile(r"['\u2019\u02bc]")
_NON_WORD = re.compile(r"[\W_]+")
# Sentence ends: terminal punctuation (plus closing quotes) before whitespace, or a
# line break; the extractor never lets a sentence cross a line break either.
_SENT_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)|\n")
# Words that make a place name longer without naming another place.
_PLACE_WORDS = frozenset(
    "county city town township village borough parish district province state "
    "region island islands republic municipality prefecture oblast".split()
)
# Honorifics say nothing about which actor a name is: "Mr. Zeid" is "Zeid".
_HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame lord lady prof rev".split())
# The fields another claim fills in (extract/link.py), and the claim kind each
# comes from: a count's `when` is a date of its sentence, its `source` the
# source of the attribution holding it, an attribution's source an actor.
_LINKED = ("when", "source")
# What a source pronoun can stand for. A pronoun the extractor left as written
# ("He added ...") names no one in particular: the actor the other version
# resolved it to is still a possible reading, so the two are no change.
_PERSON = frozenset({"PERSON"})
_GROUP = frozenset({"ORG", "GPE", "NORP"})
_PRONOUN_TYPES: dict[str, frozenset[str]] = {
    "he": _PERSON,
    "him": _PERSON,
    "she": _PERSON,
    "her": _PERSON,
    "it": _GROUP,
    "they": _PERSON | _GROUP,
    "them": _PERSON | _GROUP,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldChange:
    """One semantic field that differs between the two versions of a claim.

    Attributes:
        name: the claim field ("value", "source", "content", ...).
        old: its value in the old version.
        new: its value in the new version.
    """

    name: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    """A claim added, removed, or changed between two versions.

    Attributes:
        change: "added", "removed" or "changed".
        kind: the claim kind.
        fields: for "changed", the fields that differ (empty otherwise).
        old: the claim in the old version (None when added).
        new: the claim in the new version (None when removed).
        caused_by: for a change whose only differences are linked fields (a
            count's `when` or `source`, ...) that another reported change
            explains, or an actor's lost role (and name) whose mention lay in
            a removed claim, the index of that change in ClaimDiff.changes
            (the root of the chain when the cause is itself caused); else None.
    """

    change: ChangeType
    kind: ClaimKind
    fields: tuple[FieldChange, ...] = ()
    old: Claim | None = None
    new: Claim | None = None
    caused_by: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimDiff:
    """The changes between two versions, in reading order of the new version.

    Attributes:
        changes: the claims added, removed or changed.
        old_document: the old version's document record, when known.
        new_document: the new version's document record, when known.
    """

    changes: tuple[Change, ...] = ()
    # Which texts were compared is not part of what changed between them.
    old_document: Document | None = field(default=None, compare=False)
    new_document: Document | None = field(default=None, compare=False)

    def __bool__(self) -> bool:
        return bool(self.changes)

    @property
    def exit_code(self) -> int:
        """1 when claims changed, else 0 (git diff --exit-code)."""
        return 1 if self.changes else 0

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of `factcheck diff --format json`.

        Raises:
            ValueError: when the diff does not know its two documents.
        """
        if self.old_document is None or self.new_document is None:
            raise ValueError("this diff does not know its documents")
        return diff_to_dict(self.old_document, self.new_document, self)


# ---------------------------------------------------------------- normalization


def normalize_text(text: str | None) -> str | None:
    """Fold case, punctuation and whitespace: what surface-only edits change.

    Args:
        text: any claim string, or None.

    Returns:
        Lower-case words separated by single spaces ("2,200" -> "2200"), or None.
    """
    if text is None:
        return None
    text = _THOUSANDS.sub("", text)
    text = _APOSTROPHE.sub("", text)
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _norm_number(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    f = float(value)
    return round(f, 9) if math.isfinite(f) else f


def _norm_code(value: Any) -> Any:
    # TIMEX values, modifiers, types: exact but for case and stray whitespace.
    return value.strip().casefold() if isinstance(value, str) else value


def _norm_aliases(value: Any) -> frozenset[str | None]:
    return frozenset(normalize_text(a) for a in value or ())


_NORMALIZERS: dict[str, Callable[[Any], Any]] = {
    "value": _norm_number,
    "value_max": _norm_number,
    "modifier": _norm_code,
    "unit": _norm_code,
    "when": _norm_code,
    "type": _norm_code,
    "granularity": _norm_code,
    "channel": normalize_text,
    "aliases": _norm_aliases,
}


def _normalized(claim: Claim, name: str) -> Any:
    value = getattr(claim, name, None)
    if name == "value" and isinstance(value, str):
        return _norm_code(value)  # a date's TIMEX value
    norm = _NORMALIZERS.get(name)
    if norm is not None:
        return norm(value)
    if isinstance(value, str):
        return normalize_text(value)
    return value


def changed_fields(
    old: Claim, new: Claim, *, actors: ActorMap | None = None
) -> tuple[FieldChange, ...]:
    """The semantic fields that differ between two claims of one kind.

    Args:
        old: the claim in the old version.
        new: the claim in the new version (same kind).
        actors: the actor pairing of the two versions: a `source` naming the
            same actor in both is no change, whatever its canonical name.

    Returns:
        One FieldChange per differing field, in COMPARED order, raw values kept.
    """
    return tuple(
        FieldChange(name=name, old=getattr(old, name), new=getattr(new, name))
        for name in COMPARED[old.kind]
        if not _same(old, new, name, actors)
    )


class ActorMap:
    """Which actor each name stands for, across the two versions.

    Paired actors share an id; every name and alias of an actor maps to its id.
    Two sources are the same when they name one paired actor: after the
    sentence with "Rosa Lind" is deleted, the actor is called "Lind", and a
    quote's source "Rosa Lind" -> "Lind" is that actor, not a new speaker.
    It also knows every actor's type, to tell what a pronoun can stand for.
    """

    def __init__(
        self,
        pairs: Iterable[tuple[Claim, Claim]],
        actors: Iterable[Claim] = (),
    ) -> None:
        self.old: dict[str | None, set[int]] = {}
        self.new: dict[str | None, set[int]] = {}
        # The type of every actor of either version, paired or not, by name.
        self.types: dict[str | None, set[str]] = {}
        for k, (o, n) in enumerate(pairs):
            for side, claim in ((self.old, o), (self.new, n)):
                if isinstance(claim, ActorClaim):
                    for name in (claim.name, *claim.aliases):
                        side.setdefault(normalize_text(name), set()).add(k)
        for claim in actors:
            if isinstance(claim, ActorClaim):
                for name in (claim.name, *claim.aliases):
                    self.types.setdefault(normalize_text(name), set()).add(claim.type)

    def same(self, old: str | None, new: str | None) -> bool:
        a, b = self.old.get(normalize_text(old)), self.new.get(normalize_text(new))
        return bool(a and b and a & b)

    def could_be(self, name: str | None, pronoun: str) -> bool:
        """Whether the actor called name can be what pronoun stands for."""
        wanted = _PRONOUN_TYPES.get(pronoun)
        types = self.types.get(normalize_text(name), set())
        return wanted is not None and bool(types & wanted)


def _same(
    old: Claim, new: Claim, name: str, actors: ActorMap | None = None
) -> bool:
    if _normalized(old, name) == _normalized(new, name):
        return True
    if name == "source" and actors is not None:
        return actors.same(
            getattr(old, name), getattr(new, name)
        ) or _same_pronoun(old, new, actors)
    if name == "name" and isinstance(old, ActorClaim):
        # The actor still goes by one of the names it had (its full name's
        # sentence was cut, say): the aliases field tells what changed.
        return normalize_text(getattr(new, "name", None)) in _norm_aliases(
            old.aliases
        ) or normalize_text(old.name) in _norm_aliases(getattr(new, "aliases", ()))
    if name == "content":
        # "Fifty guards" and "50 guards" state one fact; only pay for the number
        # scan when the plain forms differ.
        a, b = getattr(old, name), getattr(new, name)
        return _numbers_as_digits(a) == _numbers_as_digits(b)
    return False


def _same_pronoun(old: Claim, new: Claim, actors: ActorMap) -> bool:
    """One version resolved a source pronoun, the other left it as written.

    "He added ..." stands in both versions; an edit elsewhere (the sentence
    naming him deleted from the paragraph) only took away the resolver's
    evidence. The copy still says the same, so it is no change when the
    resolved actor could be what the pronoun stands for. Two different
    resolutions ("She": Vega -> Obi) stay a change: then the copy reads
    differently.
    """
    said = normalize_text(getattr(old, "source_text", None))
    if not said or said != normalize_text(getattr(new, "source_text", None)):
        return False
    a = normalize_text(getattr(old, "source", None))
    b = normalize_text(getattr(new, "source", None))
    if a == said and said in _PRONOUN_TYPES:
        return actors.could_be(b, said)
    if b == said and said in _PRONOUN_TYPES:
        return actors.could_be(a, said)
    return False


@functools.lru_cache(maxsize=4096)
def _numbers_as_digits(text: str) -> str | None:
    from .numbers import find_numbers  # pure, but its tables cost ~0.3 s to build

    out = []
    pos = 0
    for m in find_numbers(text):
        out += [text[pos : m.number_start], _plain_number(m.value)]
        pos = m.number_end
    out.append(text[pos:])
    return normalize_text("".join(out))


def _plain_number(value: float) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


# ---------------------------------------------------------------- context


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def context_words(text: str) -> frozenset[str]:
    """Content words of a passage (lower-cased, crude plural stripping)."""
    return frozenset(
        _stem(w)
        for w in _WORD.findall(normalize_text(text) or "")
        if len(w) > 1 and w not in _STOPWORDS
    )


class _Sentences:
    """Sentence bounds of one text, found with a regex (no spaCy: diff is pure)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in _SENT_END.finditer(text)]
        self._cache: dict[int, frozenset[str]] = {}

    def words_at(self, offset: int) -> frozenset[str]:
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        if i not in self._cache:
            end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
            self._cache[i] = context_words(self.text[self.starts[i] : end])
        return self._cache[i]


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


# ---------------------------------------------------------------- alignment


@dataclass(frozen=True, slots=True)
class _Item:
    claim: Claim
    position: float  # 0..1, reading order within its kind
    context: frozenset[str] | None  # None when the text was not given
    content: frozenset[str]  # attribution content words (empty for other kinds)
    norm: dict[str, Any]  # the compared fields, normalized once (scoring is n*m)
    head: str | None = None  # a count's head noun ("guards")
    names: frozenset[str | None] = frozenset()  # an actor's name and aliases
    # An actor's names as word sets, and the full names (of any actor in either
    # version) that hold one of them: "Zeid" and "al-Hussein" are both in
    # "Zeid Raad al-Hussein", "Miami-Dade" in "Miami-Dade County".
    holders: frozenset[frozenset[str]] = frozenset()


def _head(counted: str | None) -> str | None:
    norm = normalize_text(counted)
    if not norm:
        return None
    return _stem(norm.split()[-1])


def _field_credit(old: _Item, new: _Item, name: str) -> float:
    """1 when a field agrees, partial credit for near-agreement, else 0."""
    if old.norm[name] == new.norm[name]:
        return 1.0
    if name == "content":
        a, b = getattr(old.claim, name), getattr(new.claim, name)
        if _numbers_as_digits(a) == _numbers_as_digits(b):
            return 1.0
        return _jaccard(old.content, new.content)
    if name == "counted" and old.head is not None and old.head == new.head:
        return 0.7
    if name == "name" and old.holders & new.holders:
        return 0.5  # the same actor renamed or named in full
    return 0.0


def _anchored(old: _Item, new: _Item) -> bool:
    """Whether the pair shares the facts that identify a claim of its kind."""
    kind = old.claim.kind
    if kind is ClaimKind.COUNT:
        same_value = old.norm["value"] == new.norm["value"] and (
            old.norm["unit"] == new.norm["unit"]
        )
        return same_value or (old.head is not None and old.head == new.head)
    if kind is ClaimKind.ATTRIBUTION:
        return (
            old.norm["source"] == new.norm["source"]
            or _jaccard(old.content, new.content) >= 0.5
        )
    if kind is ClaimKind.ACTOR:
        return bool(old.names & new.names) or _renamed(old, new)
    return bool(old.norm["value"] == new.norm["value"])


def _renamed(old: _Item, new: _Item) -> bool:
    """One actor under two names: one full name holds both, and the type agrees
    (so "Washington" the state is not "Washington Post" the paper), or the
    longer name only adds a place word ("Marlow" ORG, "Marlow County" GPE: the
    model types a bare place name either way)."""
    if not old.holders & new.holders:
        return False
    if old.norm["type"] == new.norm["type"]:
        return True
    a = _name_words(getattr(old.claim, "name", None))
    b = _name_words(getattr(new.claim, "name", None))
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short < long and long - short <= _PLACE_WORDS


def _name_words(name: str | None) -> frozenset[str]:
    words = (normalize_text(name) or "").split()
    return frozenset(w for w in words if w not in _HONORIFICS)


def _significant(words: frozenset[str]) -> bool:
    # A name that could single out an actor, not "the" or "US".
    return any(len(w) > 2 and w not in _STOPWORDS for w in words)


def _actor_holders(
    old: Sequence[Claim], new: Sequence[Claim]
) -> dict[int, frozenset[frozenset[str]]]:
    """For each actor claim (by id()), the full names of either version that hold
    one of its names. A full name has two words or more."""
    names: dict[int, list[frozenset[str]]] = {}
    for c in (*old, *new):
        if isinstance(c, ActorClaim):
            words = [_name_words(n) for n in (c.name, *c.aliases)]
            names[id(c)] = [w for w in words if _significant(w)]
    fulls = {w for ws in names.values() for w in ws if len(w) > 1}
    return {
        key: frozenset(f for f in fulls for w in ws if w <= f)
        for key, ws in names.items()
    }


def _score(old: _Item, new: _Item) -> float | None:
    """Alignment score of a candidate pair, or None when they cannot be one claim."""
    weights = COMPARED[old.claim.kind]
    semantic = sum(w * _field_credit(old, new, f) for f, w in weights.items()) / sum(
        weights.values()
    )
    position = _W_POSITION * (1.0 - abs(old.position - new.position))
    if old.claim.kind is ClaimKind.ACTOR:
        # An actor is one entity for the whole story: its name (or an alias) is
        # what identifies it, and its first mention's sentence says little.
        if not _anchored(old, new):
            return None
        return semantic + position
    context = _context(old, new)
    if semantic == 1.0:
        admissible = True
    elif context is None:
        admissible = _anchored(old, new)  # no texts given: the facts must carry it
    else:
        admissible = (_anchored(old, new) and context >= 0.2) or (
            context >= 0.5 and semantic >= 0.3
        )
    if not admissible:
        return None
    if context is None:
        return semantic + position
    return _W_SEMANTIC * semantic + _W_CONTEXT * context + position


def _context(old: _Item, new: _Item) -> float | None:
    if old.context is None or new.context is None:
        return None
    return _jaccard(old.context, new.context)


def _items(
    claims: Sequence[Claim],
    sentences: _Sentences | None,
    holders: dict[int, frozenset[frozenset[str]]] | None = None,
) -> list[_Item]:
    n = max(len(claims) - 1, 1)
    out = []
    for i, c in enumerate(claims):
        context = sentences.words_at(c.span[0]) if sentences else None
        content = (
            context_words(c.content) if isinstance(c, AttributionClaim) else frozenset()
        )
        names: frozenset[str | None] = frozenset()
        if isinstance(c, ActorClaim):
            names = frozenset({normalize_text(c.name)} | _norm_aliases(c.aliases))
        out.append(
            _Item(
                claim=c,
                position=i / n,
                context=context,
                content=content,
                norm={name: _normalized(c, name) for name in COMPARED[c.kind]},
                head=_head(c.counted) if isinstance(c, CountClaim) else None,
                names=names,
                holders=(holders or {}).get(id(c), frozenset()),
            )
        )
    return out


def _align(old: list[_Item], new: list[_Item]) -> list[tuple[int, int]]:
    """Greedy best-first one-to-one assignment over admissible pairs."""
    candidates = []
    for i, o in enumerate(old):
        for j, n in enumerate(new):
            score = _score(o, n)
            if score is not None:
                candidates.append((-score, i, j))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_old or j in used_new:
            continue  # never match a claim twice
        used_old.add(i)
        used_new.add(j)
        pairs.append((i, j))
    return pairs


def diff_claims(
    old: Extraction,
    new: Extraction,
    *,
    kinds: Iterable[ClaimKind] = tuple(ClaimKind),
    old_text: str | None = None,
    new_text: str | None = None,
) -> ClaimDiff:
    """Align the claims of two versions of a story and report what changed.

    Claims are paired one-to-one within each kind by their semantic fields and the
    words of their sentence, so a claim that moved, or whose sentence was reworded
    around the same facts, pairs with itself and is not a change. Only semantic
    fields are compared (see COMPARED): never spans, ids or indexes.

    Args:
        old: the extraction of the old version.
        new: the extraction of the new version.
        kinds: the claim kinds to compare.
        old_text: the old version's text, for sentence context (optional).
        new_text: the new version's text, for sentence context (optional).

    Returns:
        The changes in reading order of the new version (a removed claim comes
        after the new position of the old claim before it).
    """
    old_sents = _Sentences(old_text) if old_text is not None else None
    # Actors first: the other kinds' sources are compared through their pairing.
    kinds = sorted(dict.fromkeys(kinds), key=lambda k: k is not ClaimKind.ACTOR)
    new_sents = _Sentences(new_text) if new_text is not None else None
    pairs: list[tuple[Claim, Claim]] = []
    added: list[Claim] = []
    removed: list[Claim] = []
    for kind in dict.fromkeys(kinds):
        holders = None
        if kind is ClaimKind.ACTOR:
            holders = _actor_holders(old.of_kind(kind), new.of_kind(kind))
        old_items = _items(old.of_kind(kind), old_sents, holders)
        new_items = _items(new.of_kind(kind), new_sents, holders)
        aligned = _align(old_items, new_items)
        pairs += [(old_items[i].claim, new_items[j].claim) for i, j in aligned]
        matched_old = {i for i, _ in aligned}
        matched_new = {j for _, j in aligned}
        added += [x.claim for j, x in enumerate(new_items) if j not in matched_new]
        removed += [x.claim for i, x in enumerate(old_items) if i not in matched_old]
    actors = ActorMap(
        (p for p in pairs if p[0].kind is ClaimKind.ACTOR),
        (*old.of_kind(ClaimKind.ACTOR), *new.of_kind(ClaimKind.ACTOR)),
    )
    changes = _in_reading_order(old, new, pairs, added, removed, actors)
    return ClaimDiff(
        changes=_with_causes(_without_cut_naming(changes, new_text)),
        old_document=old.document,
        new_document=new.document,
    )


def _in_reading_order(
    old: Extraction,
    new: Extraction,
    pairs: list[tuple[Claim, Claim]],
    added: list[Claim],
    removed: list[Claim],
    actors: ActorMap | None = None,
) -> tuple[Change, ...]:
    """Order changes by the new version; a removed claim follows the new partner
    of the nearest matched claim before it, as a unified diff places deletions."""
    new_order = {id(c): i for i, c in enumerate(new.claims)}
    partner = {id(o): n for o, n in pairs}
    anchor: dict[int, float] = {}
    last = -1.0
    for i, c in enumerate(old.claims):
        if id(c) in partner:
            last = new_order[id(partner[id(c)])]
        anchor[id(c)] = last + i * 1e-6  # keeps removed claims in old order
    keyed: list[tuple[tuple[float, int], Change]] = []
    for o, n in pairs:
        fields = changed_fields(o, n, actors=actors)
        if fields:
            change = Change(change="changed", kind=n.kind, fields=fields, old=o, new=n)
            keyed.append(((new_order[id(n)], 0), change))
    for n in added:
        keyed.append(
            ((new_order[id(n)], 0), Change(change="added", kind=n.kind, new=n))
        )
    for o in removed:
        change = Change(change="removed", kind=o.kind, old=o)
        keyed.append(((anchor[id(o)], 1), change))
    keyed.sort(key=lambda kc: kc[0])
    return tuple(c for _, c in keyed)


# ---------------------------------------------------------------- causes


def _same_text(a: Any, b: Any) -> bool:
    return normalize_text(a) == normalize_text(b)


def _same_code(a: Any, b: Any) -> bool:
    return _norm_code(a) == _norm_code(b)


def _explains_when(effect: Change, f: FieldChange, cause: Change) -> bool:
    """A date change in the claim's sentence that moved its `when` from f.old to
    f.new: the date itself changed, or was removed, or added."""
    if cause.kind is not ClaimKind.DATE or effect.old is None or effect.new is None:
        return False
    o, n = cause.old, cause.new
    if o is not None and n is not None and any(x.name == "value" for x in cause.fields):
        same = o.sentence == effect.old.sentence or n.sentence == effect.new.sentence
        return same and (
            _same_code(getattr(o, "value", None), f.old)
            or _same_code(getattr(n, "value", None), f.new)
        )
    if o is not None and n is None:
        return o.sentence == effect.old.sentence and _same_code(
            getattr(o, "value", None), f.old
        )
    if n is not None and o is None:
        return n.sentence == effect.new.sentence and _same_code(
            getattr(n, "value", None), f.new
        )
    return False


def _explains_source(effect: Change, f: FieldChange, cause: Change) -> bool:
    """What moved a `source` from f.old to f.new: the attribution holding the claim
    changed source (or came or went), or the actor named there was renamed."""
    if effect.old is None or effect.new is None:
        return False
    o, n = cause.old, cause.new
    if cause.kind is ClaimKind.ATTRIBUTION and effect.kind is not ClaimKind.ATTRIBUTION:
        if o is not None and n is not None:
            return (
                any(x.name == "source" for x in cause.fields)
                and o.paragraph == effect.old.paragraph
                and _same_text(getattr(o, "source", None), f.old)
                and _same_text(getattr(n, "source", None), f.new)
            )
        if o is not None:
            return o.paragraph == effect.old.paragraph and _same_text(
                getattr(o, "source", None), f.old
            )
        if n is not None:
            return n.paragraph == effect.new.paragraph and _same_text(
                getattr(n, "source", None), f.new
            )
    if cause.kind is ClaimKind.ACTOR and isinstance(o, ActorClaim) and n is not None:
        if not any(x.name == "name" for x in cause.fields):
            return False
        # The source is the actor, or names it ("the Marlow County sheriff's
        # office"): the rename is its only difference.
        old_source = f" {normalize_text(f.old)} "
        new_source = f" {normalize_text(f.new)} "
        for before in (o.name, *o.aliases):
            for after in (getattr(n, "name", None), *getattr(n, "aliases", ())):
                was, now = f" {normalize_text(before)} ", f" {normalize_text(after)} "
                if was in old_source and old_source.replace(was, now) == new_source:
                    return True
    return False


_EXPLAINS = {"when": _explains_when, "source": _explains_source}


_NAMING = frozenset({"name", "aliases", "role"})


def _without_cut_naming(
    changes: tuple[Change, ...], new_text: str | None = None
) -> tuple[Change, ...]:
    """The changes without the roles and types that went with a removed sentence.

    "Sen. Rosa Lind said ..." cut, "Lind" later on: the actor has no role any
    more because the only sentence that gave one was removed (a removed claim
    covered its mention, or one of its mentions is gone). Listing the role as
    well would report one cut twice (the diff shows the edit and nothing
    else); the actor's `old` and `new` records still show it. The same holds
    when the story gave a second role elsewhere ("Gov. Rosa Lind" cut,
    "former senator Lind" kept): the old role is written next to none of the
    mentions left, so the cut took it, and the role left is one the story
    gave all along. A role dropped or changed while every mention stayed
    ("Sen. Lind" edited to "Lind" or "Rep. Lind") stays listed, and so does a
    role that flipped though the new text still writes it beside the actor.

    An actor's type is the label its fullest name got (extract/actors.py).
    When the cut took the only full name ("Rosa Lind" cut, "Lind" kept), the
    type left is what the tagger makes of the bare surname, often an
    organisation, though the copy says nothing new of her: that type is not
    listed either. The new record still shows it.
    """
    out = []
    for i, change in enumerate(changes):
        new, old = change.new, change.old
        if not (isinstance(new, ActorClaim) and isinstance(old, ActorClaim)):
            out.append(change)
            continue
        drop = set()
        if old.role != new.role and _role_cut(i, changes, new_text):
            drop.add("role")
        if old.type != new.type and _full_name_cut(old, new):
            drop.add("type")
        if drop:
            fields = tuple(f for f in change.fields if f.name not in drop)
            if not fields:
                continue
            change = dataclasses.replace(change, fields=fields)
        out.append(change)
    return tuple(out)


def _full_name_cut(old: ActorClaim, new: ActorClaim) -> bool:
    """Whether the new version lost the actor's full name with a mention and
    kept only its last words: "Rosa Lind" -> "Lind"."""
    old_words, new_words = old.name.split(), new.name.split()
    return (
        len(new.mentions) < len(old.mentions)
        and len(new_words) < len(old_words)
        and old_words[-len(new_words) :] == new_words
        and old.name not in new.aliases
    )


def _role_cut(here: int, changes: tuple[Change, ...], new_text: str | None) -> bool:
    """Whether the old role of an actor change went with a cut (see above)."""
    change = changes[here]
    old, new = change.old, change.new
    if not (isinstance(old, ActorClaim) and isinstance(new, ActorClaim)):
        return False
    went = len(new.mentions) < len(old.mentions)
    if new.role is None:
        # a mention went, and nothing left says who they are
        return went or _cut_with(here, changes) is not None
    if not went or old.role is None or new_text is None:
        return False
    return not _written_beside(old.role, new.mentions, new_text)


def _written_beside(role: str, mentions: Sequence[tuple[int, int]], text: str) -> bool:
    """Whether `role` is written right before or after one of the mentions in
    `text`, as the extractor reads a role: "former Gov. Lind", "Lind, the
    former governor,"; not "the former governor" in a sentence of its own."""
    want = " ".join(role.lower().split())
    reach = len(role) + 8
    for start, end in mentions:
        before = " ".join(text[max(0, start - reach) : start].lower().split())
        after = " ".join(text[end : end + reach + 4].lower().split())
        after = _LEADING_ARTICLE.sub("", after.lstrip(", "))
        if before.rstrip(", ").endswith(want) or after.startswith(want):
            return True
    return False


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def _cut_with(here: int, changes: tuple[Change, ...]) -> int | None:
    """The removed claim whose text took an actor's title or full name with it.

    "Sen. Rosa Lind said ..." cut, "Lind" later on: the actor lost its role
    and its full name because that sentence went, which the removed
    attribution already reports. The actor change (its aliases) points at the
    cut, the nearest such removal.
    """
    change = changes[here]
    old = change.old
    if (
        not isinstance(old, ActorClaim)
        or change.change != "changed"
        or not any(f.name in ("role", "aliases") for f in change.fields)
        or any(f.name not in _NAMING for f in change.fields)
    ):
        return None
    found = [
        j
        for j, cause in enumerate(changes)
        if cause.change == "removed"
        and cause.old is not None
        and any(
            cause.old.span[0] < m[1] and m[0] < cause.old.span[1]
            for m in old.mentions
        )
    ]
    if not found:
        return None
    return min(found, key=lambda j: (abs(j - here), j))


def _with_causes(changes: tuple[Change, ...]) -> tuple[Change, ...]:
    """Mark the changes that only follow another reported change (caused_by).

    A count whose `when` changed because the date of its sentence was edited
    states nothing new: it is kept, pointing at the date change, so that a
    renderer can fold it under that change. Only changes whose every field is a
    linked one (`when`, `source`) and explained qualify.
    """
    direct: dict[int, int] = {}
    for i, change in enumerate(changes):
        if change.change != "changed" or not change.fields:
            continue
        cut = _cut_with(i, changes)
        if cut is not None:
            direct[i] = cut
            continue
        if any(f.name not in _LINKED for f in change.fields):
            continue
        causes = []
        for f in change.fields:
            explains = _EXPLAINS[f.name]
            found = [
                j
                for j, cause in enumerate(changes)
                if j != i and explains(change, f, cause)
            ]
            if not found:
                break
            # The nearest in reading order when several explain it.
            causes.append(min(found, key=lambda j: (abs(j - i), j)))
        else:
            direct[i] = causes[0]
    if not direct:
        return changes
    out = []
    for i, change in enumerate(changes):
        root = direct.get(i)
        seen = {i}
        while root is not None and root in direct and direct[root] not in seen:
            seen.add(root)
            root = direct[root]
        if root is not None:
            change = dataclasses.replace(change, caused_by=root)
        out.append(change)
    return tuple(out)


# ---------------------------------------------------------------- JSON form


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def change_to_dict(change: Change) -> dict[str, Any]:
    """The JSON form of one change (claims via records.claim_to_dict)."""
    return {
        "change": change.change,
        "kind": change.kind.value,
        "fields": [
            {"name": f.name, "old": _plain(f.old), "new": _plain(f.new)}
            for f in change.fields
        ],
        "old": claim_to_dict(change.old) if change.old is not None else None,
        "new": claim_to_dict(change.new) if change.new is not None else None,
        "caused_by": change.caused_by,
    }


def diff_to_dict(
    old_doc: Document, new_doc: Document, diff: ClaimDiff
) -> dict[str, Any]:
    """The JSON contract of `factcheck diff --format json`.

    Args:
        old_doc: the old version's document record.
        new_doc: the new version's document record.
        diff: the changes between them.

    Returns:
        {"schema_version", "old", "new", "changes": [...]}, ready for records.dumps.
    """
    return {
        "schema_version": SCHEMA_VERSION,
        "old": dataclasses.asdict(old_doc),
        "new": dataclasses.asdict(new_doc),
        "changes": [change_to_dict(c) for c in diff.changes],
    }
