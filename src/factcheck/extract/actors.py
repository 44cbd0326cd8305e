"""Doc -> ActorClaims: entities merged across mentions, with aliases and roles."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.records import ActorClaim, Span

from . import actor_words, lexicon
from .context import DocContext

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

REQUIRES = ("doc.ents", "token.dep", "token.pos")

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# A tie between an actor's labels goes to the first of these, whatever the order
# of its mentions: moving a paragraph must not change what an actor is.
_LABEL_ORDER = ("PERSON", "GPE", "ORG", "LOC", "FAC", "NORP")
# "the port city of Guayaquil": whatever the model says, that is a place.
_PLACE_BEFORE = re.compile(
    r"\b(?:city|town|village|province|region|capital|port|district|county|"
    r"municipality|island|country)\s+of\s+$",
    re.IGNORECASE,
)
_POSSESSIVE = ("'s", "\u2019s")
# A proper name has a capital somewhere: "al-Hussein", "de Gaulle", not "gulf".
_CAPITAL = re.compile(r"(?:^|[\s'-])[A-Z]")
_STOP_INITIALS = {"of", "the", "and", "for", "de", "la", "del", "on", "in", "&"}


@functools.lru_cache(maxsize=8192)
def norm(name: str) -> str:
    """Comparison key: case, a leading 'the' and possessive 's do not matter.

    Cached: the merges and description lookups ask again for the same names,
    as often as a long story has actors.
    """
    s = name.lower().replace("\u2019", "'").strip()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"'s?\b", "", s)
    return " ".join(re.findall(r"[\w.&-]+", s))


@dataclass
class _Actor:
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    mentions: list[Span] = field(default_factory=list)
    uid: int = 0
    # Evidence over all mentions, decided once at the end (see _decide): the
    # labels the tagger gave, the names it tagged, the roles seen next to them.
    votes: Counter[str] = field(default_factory=Counter)
    # The same labels per tagged name: "Donald Trump" PERSON, "Trump" ORG.
    name_votes: dict[str, Counter[str]] = field(default_factory=dict)
    # Whether the copy itself calls it a person: a courtesy title ("Ms. Ruiz").
    titled: bool = False
    # A bare surname the copy treats as a person's: "Lasso, who", see _who_after.
    person_cue: bool = False
    # A bare name the copy refers back to as "he" or "she", see _referred_to_as.
    referred: bool = False
    proper: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None

    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    def add_alias(self, alias: str) -> None:
        if norm(alias) != norm(self.name) and alias not in self.aliases:
            self.aliases.append(alias)


def _clean_ent(ent: SpacySpan) -> tuple[int, int] | None:
    """Token bounds of an entity without a leading 'the' or trailing punctuation."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "\u2019s")
    ):
        end -= 1
    # "Det Ch Insp Omar Reid", "Mr. Zeid": the title is a role, not the name;
    # an entity that is all title ("Det Supt") is no actor at all.
    while start < end and _is_title(doc[start]):
        start += 1
    if ent.label_ == "PERSON" and end - start >= 3 and _headline_verb(doc, start, end):
        end -= 1
    return (start, end) if end > start else None


# What a headline's verb governs after the name: "Ana Ruiz Wins | Ohio Primary",
# "Ana Ruiz Refuses | to Resign", "Ana Ruiz Featured | in Video".
_VERB_RIGHT = frozenset(
    {"prep", "dobj", "xcomp", "ccomp", "prt", "advmod", "acomp", "attr", "dative"}
)


def _headline_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether a PERSON entity ends with its title-case headline's verb: "Ana
    Ruiz Wins Ohio Primary" is tagged "Ana Ruiz Wins". Left in, the verb makes
    a second person of her, and her only full name once the body's is cut."""
    last = doc[end - 1]
    if last.dep_ != "ROOT" or not last.lower_.endswith(("s", "ed")):
        return False
    if not all(t.pos_ == "PROPN" and t.is_alpha for t in doc[start : end - 1]):
        return False
    if not any(c.i >= end and c.dep_ in _VERB_RIGHT for c in last.children):
        return False
    words = [t for t in last.sent if t.is_alpha and len(t) > 3]
    return sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


def _is_title(tok: Token) -> bool:
    word = tok.text.rstrip(".").lower()
    return word in actor_words.RANKS or word in actor_words.HONORIFICS


def _label(ent: SpacySpan, text: str, ctx: DocContext) -> str | None:
    """The entity label after context fixes, or None when it is not an actor."""
    label = ent.label_
    surface = text.rstrip(".")
    if surface.lower() in lexicon.CHANNEL_NAMES and label in ("PERSON", "ORG", "GPE"):
        return None  # "on X, formerly known as Twitter": a platform, not a person
    if surface.lower() in actor_words.NOT_ACTORS:
        return None  # "Covid cases rose": a disease
    if (
        label in ("PERSON", "GPE", "LOC", "FAC")
        and not _CAPITAL.search(surface)
        and any(ch.islower() for ch in surface)  # scripts without case pass
    ):
        return None  # "the gulf", "the west": a common noun the tagger took
    if (
        label == "PERSON"
        and " " not in surface
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ == "the"
    ):
        return None  # "the Keys", "the Panhandle": a person is not "the Smith"
    if label in ("ORG", "PERSON", "FAC", "LOC") and _PLACE_BEFORE.search(
        ctx.text[max(0, ent.start_char - 30) : ent.start_char]
    ):
        return "GPE"
    if label == "ORG" and _is_title_part(ent):
        return None  # "Interior Minister Juan Zapata": a portfolio, not an actor
    return label if label in ACTOR_LABELS else None


def _is_title_part(ent: SpacySpan) -> bool:
    """An ORG that is followed by a role word and then a person's name."""
    doc = ent.doc
    j = ent.end
    if j >= len(doc) or doc[j].lower_ not in lexicon.ROLE_WORDS:
        return False
    while j < len(doc) and doc[j].lower_ in lexicon.ROLE_WORDS:
        j += 1
    return j < len(doc) and doc[j].ent_type_ == "PERSON"


def _initials(name: str) -> str:
    words = [
        w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in _STOP_INITIALS
    ]
    return "".join(w[0] for w in words).upper()


_ACRONYM = re.compile(r"[A-Z][A-Z.&]{1,7}")
# Text tests that rule a token scan out before it starts: an acronym holds two of
# these characters in a row, and a word whose lemma is an ORG head ("ministry",
# "ministries") holds that lemma less its last letter.
_ACRONYM_START = re.compile(r"[A-Z][A-Z.&]")
_ORG_HEAD_STEMS = re.compile(
    "|".join(sorted({re.escape(head[:-1]) for head in lexicon.ORG_HEADS})), re.I
)


def _is_acronym(name: str) -> bool:
    # Runs on every token: the cheap test first, the regex only on upper case.
    return name[:2].isupper() and _ACRONYM.fullmatch(name) is not None


class ActorIndex:
    """Actors of one document and the lookups other extractors need.

    Mentions are kept sorted by offset, so `at` and `before` cost a binary search
    rather than a scan of every mention: long documents have thousands.
    """

    def __init__(self) -> None:
        self.actors: list[_Actor] = []
        self._by_key: dict[str, _Actor] = {}
        self._mentions: list[tuple[int, int, int]] = []  # (start, end, actor uid)
        self._owner: dict[int, _Actor] = {}  # uid -> actor, redirected on merge
        self._longest = 0
        # Bylines, credits, datelines and wiki marks: no mention lies in them.
        self._junk: list[tuple[int, int]] = []
        self._junk_reach: list[int] = []

    def block(self, spans: list[tuple[int, int]]) -> None:
        """Keep every later mention out of these (sorted) spans."""
        self._junk = spans
        self._junk_reach = []
        for _, end in spans:
            reach = self._junk_reach
            reach.append(max(end, reach[-1]) if reach else end)

    def blocked(self, span: Span) -> bool:
        k = bisect.bisect_right(self._junk, (span[0], float("inf")))
        return k > 0 and self._junk_reach[k - 1] >= span[1]

    def get(self, name: str) -> _Actor | None:
        return self._by_key.get(norm(name))

    def add(self, name: str, type_: str, span: Span) -> _Actor:
        actor = self.get(name)
        if actor is None:
            actor = _Actor(name=name, type=type_, uid=len(self._owner))
            self._owner[actor.uid] = actor
            self.actors.append(actor)
            self._by_key[norm(name)] = actor
        self.mention(actor, span)
        return actor

    def mention(self, actor: _Actor, span: Span) -> None:
        if span in actor.mentions or (self._junk and self.blocked(span)):
            return
        actor.mentions.append(span)
        bisect.insort(self._mentions, (span[0], span[1], actor.uid))
        self._longest = max(self._longest, span[1] - span[0])

    def alias(self, actor: _Actor, alias: str) -> None:
        actor.add_alias(alias)
        self._by_key.setdefault(norm(alias), actor)

    def merge(self, keep: _Actor, drop: _Actor) -> None:
        if keep is drop:
            return
        keep.add_alias(drop.name)
        for a in drop.aliases:
            keep.add_alias(a)
        for m in drop.mentions:
            if m not in keep.mentions:
                keep.mentions.append(m)
        keep.role = keep.role or drop.role
        keep.votes.update(drop.votes)
        for name, votes in drop.name_votes.items():
            keep.name_votes.setdefault(name, Counter()).update(votes)
        keep.titled = keep.titled or drop.titled
        keep.person_cue = keep.person_cue or drop.person_cue
        keep.referred = keep.referred or drop.referred
        keep.proper |= drop.proper
        keep.roles.extend(drop.roles)
        keep.gender = keep.gender or drop.gender
        self.actors.remove(drop)
        for uid, owner in self._owner.items():
            if owner is drop:
                self._owner[uid] = keep
        for key, actor in list(self._by_key.items()):
            if actor is drop:
                self._by_key[key] = keep

    def overlapping(self, start: int, end: int) -> Iterator[tuple[Span, _Actor]]:
        """Mentions overlapping [start, end), with their (current) actor."""
        lo = bisect.bisect_left(self._mentions, (start - self._longest,))
        hi = bisect.bisect_left(self._mentions, (end,))
        for m_start, m_end, uid in self._mentions[lo:hi]:
            if m_start < end and start < m_end:
                yield (m_start, m_end), self._owner[uid]

    def at(self, start: int, end: int) -> _Actor | None:
        """The actor with the tightest mention overlapping [start, end)."""
        best = None
        for (m_start, m_end), actor in self.overlapping(start, end):
            rank = (actor.type not in ("PERSON", "ORG"), m_end - m_start)
            if best is None or rank < best[0]:
                best = (rank, actor)
        return best[1] if best else None

    def before(self, offset: int, types: set[str]) -> _Actor | None:
        """The actor of one of types mentioned last before offset."""
        for j in range(bisect.bisect_left(self._mentions, (offset,)) - 1, -1, -1):
            _, m_end, uid = self._mentions[j]
            actor = self._owner[uid]
            if m_end <= offset and actor.type in types:
                return actor
        return None


_TITLE_QUALIFIERS = frozenset({"former", "then", "then-", "ex", "ex-", "late", "acting"})


def _role_before(doc_tokens: SpacySpan, start: int) -> str | None:
    """'Ecuadorian President Guillermo Lasso' -> 'President'."""
    doc = doc_tokens.doc
    i = start - 1
    run: list[Token] = []
    while i >= 0:
        tok = doc[i]
        low = tok.lower_
        # "Interior Minister": the model often tags the portfolio as an ORG.
        if low in lexicon.ROLE_WORDS or low.rstrip(".") in actor_words.RANKS or (
            run
            and tok.pos_ in ("ADJ", "PROPN", "NOUN")
            and tok.is_alpha
            and tok.ent_type_ != "PERSON"
            and (tok.ent_type_ != "ORG" or tok.is_title)
        ):
            run.insert(0, tok)
            i -= 1
            continue
        break
    # "Count former Minister Lind among the critics": a role opens with its
    # "former"; a word before it belongs to another phrase.
    first = next(
        (k for k, tok in enumerate(run) if k and tok.lower_ in _TITLE_QUALIFIERS), 0
    )
    run = run[first:]
    # "presidential candidate Sen. Rosa Lind": an abbreviated title stands
    # right before the name and is the role; a description in front of it is
    # another phrase, kept out but for "former" ("former Sen.").
    if run and run[-1].text.endswith(".") and run[-1].lower_ in lexicon.ROLE_HEADS:
        keep = len(run) - 1
        while keep > 0 and run[keep - 1].lower_ in _TITLE_QUALIFIERS:
            keep -= 1
        run = run[keep:]
    # Drop nationality and place words from the front: "Ecuadorian President".
    while run and run[0].ent_type_ in ("NORP", "GPE"):
        run.pop(0)
    if not run or (
        run[-1].lower_ not in lexicon.ROLE_HEADS
        and run[-1].lower_.rstrip(".") not in actor_words.RANK_HEADS
    ):
        return None
    return doc[run[0].i : run[-1].i + 1].text


# An apposition that gives a role is a noun phrase: no finite verb,
# conjunction or punctuation inside it ("the sitting governor" has a
# participle, "while Lind calls the governor" a clause).
_NOT_IN_ROLES = frozenset({"AUX", "PUNCT", "SCONJ", "CCONJ"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _role_after(doc: SpacySpan, end: int) -> str | None:
    """'Guillermo Lasso, the country's president,' -> 'president'."""
    d = doc.doc
    if end + 1 >= len(d) or d[end].text != ",":
        return None
    j = end + 1
    while j < len(d) and j < end + 8 and d[j].text not in (",", ".", ";"):
        j += 1
    words = [t for t in d[end + 1 : j] if t.lower_ not in ("the", "a", "an")]
    if not words or words[-1].lower_ not in lexicon.ROLE_HEADS:
        return None
    if any(
        t.pos_ in _NOT_IN_ROLES or t.tag_ in _FINITE or t.is_quote for t in words
    ):
        return None  # 'Mr. Lind," while Lind calls the mayor ...': a clause
    while words and (
        words[0].tag_ in ("PRP$", "POS")
        or words[0].ent_type_ in ("GPE", "NORP")
        or words[0].lower_ in ("'s", "\u2019s")
    ):
        words.pop(0)
    return d[words[0].i : words[-1].i + 1].text if words else None


def build_index(ctx: DocContext) -> ActorIndex:
    """Collect, clean and merge actor mentions, then decide each actor once.

    An actor's type, name and role are decided over all its mentions at the end
    (_decide), so that an edit elsewhere in the story, or a moved paragraph,
    cannot change them unless it changes the majority.
    """
    doc = ctx.doc
    index = ActorIndex()
    junk = actor_words.junk_spans(ctx.text)
    if junk:
        index.block(junk)
    # Who else a "he" or "she" could stand for (see _referred_to_as).
    people = sorted(
        {e.start_char for e in doc.ents if e.label_ == "PERSON"}
        | {t.idx for t in doc if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass")}
    )
    for ent in doc.ents:
        bounds = _clean_ent(ent)
        if bounds is None:
            continue
        span = doc[bounds[0] : bounds[1]]
        chars = (span.start_char, span.end_char)
        if junk and index.blocked(chars):
            continue  # "By Jane Roe", "Photo: ...", "GENEVA —", "[citation needed]"
        label = _label(ent, span.text, ctx)
        if label is None:
            continue
        titled = _after_honorific(ctx, chars[0])
        if label in ("ORG", "GPE", "NORP") and titled:
            label = "PERSON"  # "Ms. Okonkwo-Reyes": a courtesy title names a person
        elif label == "ORG" and _role_names(span):
            label = "PERSON"  # "former Peru leader Lasso told ...": so does a role
        elif label in ("ORG", "GPE") and _role_apposed(span):
            label = "PERSON"  # "Lasso, a senator from Ohio, said ...": and after it
        actor = index.get(span.text)
        if actor is None:
            actor = index.add(span.text, label, chars)
        else:
            index.mention(actor, chars)
        actor.titled = actor.titled or titled
        if label in ("PERSON", "ORG") and len(span) == 1 and _who_after(ctx, chars[1]):
            actor.person_cue = True
        if label in ("PERSON", "ORG", "GPE") and len(span) == 1:
            gender = _referred_to_as(ctx, span, people)
            if gender and not _is_acronym(span.text):
                actor.referred = True
                actor.gender = actor.gender or gender
        actor.votes[label] += 1
        actor.name_votes.setdefault(span.text, Counter())[label] += 1
        actor.proper.add(span.text)
        if label == "PERSON":
            role = (
                _title_role(doc, ent.start, bounds[0])
                or _role_before(span, span.start)
                or _role_after(doc, span.end)
            )
            if role:
                actor.roles.append(role)
            gender = _gender(ctx, span, role)
            if gender:
                actor.gender = actor.gender or gender
    _decide_types(index)

    org_heads = _ORG_HEAD_STEMS.search(ctx.text) is not None
    if org_heads:
        _add_institutions(ctx, index)
    _merge_middle_names(index)
    _merge_surnames(ctx, index)
    _merge_acronyms(ctx, index)
    _decide_types(index)
    _scan_names(ctx, index)
    if org_heads:
        _descriptions(ctx, index)
    _decide(index)
    return index


def _role_names(span: SpacySpan) -> bool:
    """Whether a role noun right before a name the tagger took for an
    organisation makes it a person's: "former leader Lasso", not "the official
    party line" (an adjective, and a name that modifies a noun), nor an
    acronym."""
    if _is_acronym(span.text) or not _role_before(span, span.start):
        return False  # "the agency chief SNAI ...": an acronym names no person
    root = span.root
    return span.doc[span.start - 1].pos_ != "ADJ" and not (
        root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end
    )


def _role_apposed(span: SpacySpan) -> bool:
    """Whether a role noun phrase after a bare name the tagger took for an
    organisation or a place makes it a person's: "Vance, a senator from
    Ohio, wrote"; not for an acronym ("NATO, the alliance's chief ...")."""
    if len(span) != 1 or _is_acronym(span.text):
        return False
    return any(
        child.dep_ == "appos" and child.i > span.end and child.lower_ in lexicon.ROLE_HEADS
        for child in span.root.children
    )


# What the copy calls a person back by, and what it calls anything else.
_HE_SHE = {"he": "male", "she": "female"}
_NOT_A_PERSON = frozenset("it its they them their".split())


def _referred_to_as(
    ctx: DocContext, span: SpacySpan, people: list[int]
) -> str | None:
    """The gender of a bare name the copy refers back to as "he" or "she".

    "Dayton tells the paper that he thinks ..." and "Lind says the port will
    reopen. She adds ...": a subject taken up by "he" or "she" in what it
    says, or as the subject of the next sentence of its paragraph, is a
    person (an organisation is "it" or "they"). A small model tags a bare
    surname an organisation as often as not once the full name is cut; the
    copy's own pronoun does not change with that cut. Nothing is read when
    another person could be the one meant: a person the tagger saw, or a
    proper-noun subject, earlier in the paragraph ("Redfern said she was
    asked to leave" after "Mayor Anna Lindqvist resigned"), or between the
    name and the pronoun; nor for a plural ("Latinos think he ...") or a
    name inside a quotation, whose "He" is the speaker.
    """
    root = span.root
    if root.dep_ != "nsubj" or root.tag_ in ("NNS", "NNPS"):
        return None
    para_start = ctx.paragraph_bounds(ctx.paragraph_of(span.start_char))[0]
    if _tagged_between(people, para_start, span.start_char) or _quoted(
        ctx.text[para_start : span.start_char]
    ):
        return None
    verb = root.head
    sent = span.sent
    for tok in span.doc[span.end : min(sent.end, span.end + _PRONOUN_REACH)]:
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.dep_ == "nsubj"):
            return None  # someone else could be "he"
        low = tok.lower_
        if low in _NOT_A_PERSON and tok.head.head == verb:
            return None
        if (
            low in _HE_SHE
            and tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.dep_ == "ccomp"
            and tok.head.head == verb
        ):
            return _HE_SHE[low]
    if (
        verb != sent.root
        or _tagged_between(people, sent.start_char, span.start_char)
        or _tagged_between(people, span.end_char, sent.end_char)
    ):
        return None
    doc = span.doc
    if sent.end >= len(doc) or "\n" in ctx.text[sent[-1].idx : doc[sent.end].idx]:
        return None  # the next sentence is another paragraph's
    first = doc[sent.end]
    if first.text in ("He", "She") and first.dep_ == "nsubj":
        return _HE_SHE[first.lower_]
    return None


# How many tokens after a name its "he" may stand: "Lind tells the regional
# paper in a telephone interview that he ..." is well inside.
_PRONOUN_REACH = 40


def _quoted(before: str) -> bool:
    """Whether a quotation opened in `before` (a paragraph up to a name) is
    still open: curly, straight or doubled-apostrophe quotes."""
    return (
        before.count("\u201c") > before.count("\u201d")
        or before.count('"') % 2 == 1
        or before.count("''") % 2 == 1
    )


def _tagged_between(starts: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted entity starts lies in [lo, hi)."""
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


_WHO = re.compile(r"[ \t]*,[ \t]*who\b")


def _who_after(ctx: DocContext, end: int) -> bool:
    """'Lasso, who was swept in five states': a relative 'who' after a bare
    name says a person (an organisation takes 'which')."""
    return _WHO.match(ctx.text, end) is not None


def _title_role(doc: Doc, ent_start: int, name_start: int) -> str | None:
    """The rank stripped from an entity: "Det Supt" of "Det Supt Karen Hale"."""
    words = [t for t in doc[ent_start:name_start] if t.text.rstrip(".").lower()
             in actor_words.RANKS]
    return " ".join(t.text for t in words) or None


def _gender(ctx: DocContext, span: SpacySpan, role: str | None) -> str | None:
    """A person's gender where the copy states it: "Mrs. Lee", "the spokeswoman"."""
    m = actor_words.HONORIFIC_BEFORE.search(
        ctx.text, max(0, span.start_char - 8), span.start_char
    )
    if m:
        return actor_words.HONORIFICS[m["title"].lower()]
    if role:
        return actor_words.GENDERED_ROLES.get(role.split()[-1].lower())
    return None


def _decide_types(index: ActorIndex) -> None:
    """Each actor's type: the label most mentions of its fullest name got.

    The fullest name is what the tagger reads best ("Donald Trump" is a
    person) while a bare surname is often taken for an organisation ("Trump
    said"): counting the surnames too lets deleting one of them flip the
    majority, and with it the type, though the story says the same of him.
    Only an actor whose fullest name was never tagged counts all its labels.
    A courtesy title is the copy's own word, not the tagger's: "Ms. Ruiz" is
    a person whatever the tagger made of "Ana Ruiz". So is a role next to a
    name ("former leader Lasso"), and a relative "who" after a bare surname
    the tagger also took for a person once ("Lasso, who lost"): once the only
    full name is cut, a small model tags the surname left an organisation as
    often as not, and the majority would decide by chance.
    """
    for actor in index.actors:
        cued = actor.roles or actor.referred or (actor.person_cue and actor.votes["PERSON"])
        if actor.titled or (cued and not _is_acronym(actor.name)):
            actor.type = "PERSON"
            continue
        votes = actor.votes
        if actor.name_votes:
            fullest = min(actor.name_votes, key=_name_rank)
            votes = actor.name_votes[fullest]
        if votes:
            best = max(votes.values())
            actor.type = next(
                label for label in _LABEL_ORDER if votes.get(label, 0) == best
            )


def _name_rank(name: str) -> tuple[int, int, str]:
    return (-len(name.split()), -len(name), name)


def _decide(index: ActorIndex) -> None:
    """Name, aliases and role of each actor, from all its mentions at once."""
    for actor in list(index.actors):
        if not actor.mentions:
            index.actors.remove(actor)  # every mention was in a byline or credit
            continue
        # The longest name the tagger gave it: "Zeid Ra'ad al-Hussein" whether or
        # not "Mr. Zeid" came first.
        if actor.type == "PERSON" and actor.proper:
            names = {actor.name, *actor.aliases}
            best = min(actor.proper, key=_name_rank)
            if best != actor.name and _name_rank(best) < _name_rank(actor.name):
                actor.name = best
                actor.aliases = sorted(n for n in names if norm(n) != norm(best))
        if actor.type == "PERSON" and actor.roles:
            counts = Counter(_plain_role(r) for r in actor.roles)
            actor.role = min(counts, key=lambda r: (-counts[r], -len(r), r))
        elif actor.type != "PERSON":
            actor.role = None


def _plain_role(role: str) -> str:
    """'an N.R.A. spokesman' and 'N.R.A. spokesman' are one role."""
    return re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I)


def _add_institutions(ctx: DocContext, index: ActorIndex) -> None:
    """Proper-noun institutions the model misses: "the Attorney General's office"."""
    doc = ctx.doc
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.lemma_.lower() not in lexicon.ORG_HEADS or root.ent_type_:
            continue
        tokens = [t for t in chunk if t.lower_ not in ("the", "a", "an")]
        # Strip a leading place ("Ecuador", "Ecuador's"): the office is the actor.
        while tokens and (
            tokens[0].ent_type_ in ("GPE", "NORP") or tokens[0].lower_ in _POSSESSIVE
        ):
            tokens.pop(0)
        if not tokens or not any(t.pos_ == "PROPN" for t in tokens[:-1]):
            continue
        span = doc[tokens[0].i : tokens[-1].i + 1]
        known = index.at(span.start_char, span.end_char)
        if known is not None and known.type == "ORG":
            continue
        index.add(span.text, "ORG", (span.start_char, span.end_char))


def _merge_middle_names(index: ActorIndex) -> None:
    """'Donald J. Trump' and 'Donald Trump' are one person: full names that
    agree on the first and the last word, and differ only by a middle name or
    initial that no third version contradicts ('Ann B. Lee', 'Ann C. Lee' stay
    apart). Left as two, they make the bare 'Trump' ambiguous, and it then
    joins whichever full name an edit leaves in the story."""
    groups: dict[tuple[str, str], list[_Actor]] = {}
    for actor in index.actors:
        words = actor.name.split()
        if actor.type == "PERSON" and len(words) > 1:
            groups.setdefault((words[0], words[-1]), []).append(actor)
    for group in groups.values():
        middles = {tuple(a.name.split()[1:-1]) for a in group} - {()}
        if len(group) < 2 or len(middles) > 1:
            continue
        keep = min(group, key=lambda a: _name_rank(a.name))
        for other in group:
            index.merge(keep, other)


def _merge_surnames(ctx: DocContext, index: ActorIndex) -> None:
    """'Lasso' joins 'Guillermo Lasso', 'van Wyk' joins 'Pieter van Wyk'; after a
    courtesy title any part of a full name does: 'Mr. Zeid' and 'Mr. al-Hussein'
    join 'Zeid Ra'ad al-Hussein'."""
    full = [a for a in index.actors if len(a.name.split()) > 1]
    for actor in list(index.actors):
        words = actor.name.split()
        if actor.type not in ("PERSON", "ORG", "GPE") or not (
            len(words) == 1 or (len(words) == 2 and words[0].islower())
        ):
            continue
        titled = _titled(ctx, actor)
        # A full name the tagger took for an organisation still owns a surname
        # that a courtesy title marks as a person's.
        people = [
            f
            for f in full
            if f is not actor and (f.type == "PERSON" or (titled and f.type == "ORG"))
        ]
        k = len(words)
        owners = [f for f in people if len(f.name.split()) > k
                  and f.name.split()[-k:] == words]
        if not owners and titled and k == 1:
            owners = [f for f in people if actor.name in f.name.split()[:-1]]
        if len(owners) == 1:  # ambiguous surnames (two Lassos) stay apart
            index.merge(owners[0], actor)
            index._by_key[norm(actor.name)] = owners[0]


def _titled(ctx: DocContext, actor: _Actor) -> bool:
    """Whether some mention of the actor follows a courtesy title ('Mr. Zeid')."""
    return any(_after_honorific(ctx, start) for start, _ in actor.mentions)


def _after_honorific(ctx: DocContext, start: int) -> bool:
    return bool(actor_words.HONORIFIC_BEFORE.search(ctx.text, max(0, start - 8), start))


def _merge_acronyms(ctx: DocContext, index: ActorIndex) -> None:
    doc = ctx.doc
    # "Ecuador's penitentiary service, the SNAI": an apposition names the acronym.
    for tok in doc if _ACRONYM_START.search(ctx.text) else ():
        if not _is_acronym(tok.text):
            continue
        if index._junk and index.blocked((tok.idx, tok.idx + len(tok))):
            continue  # "New York (AFP) –": a dateline's agency names no place
        actor = index.get(tok.text)
        if tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN"):
            head = tok.head
            desc = doc[head.left_edge.i : head.i + 1]
            while len(desc) and desc[0].lower_ in ("the", "a", "an"):
                desc = desc[1:]
            if actor is None:
                actor = index.add(tok.text, "ORG", (tok.idx, tok.idx + len(tok)))
            if len(desc) and desc.root.ent_type_ not in ("PERSON",):
                index.alias(actor, desc.text)
                index.mention(actor, (desc.start_char, desc.end_char))
    # "Ministry of the Interior (MOI)" and initials generally.
    for actor in list(index.actors):
        if not _is_acronym(actor.name) or actor not in index.actors:
            continue
        letters = actor.name.replace(".", "")
        for other in list(index.actors):
            if (
                other is not actor
                and other.type == "ORG"
                and len(other.name.split()) > 1
                and _initials(other.name) == letters
            ):
                index.merge(other, actor)
                break


def _scan_names(ctx: DocContext, index: ActorIndex) -> None:
    """Mentions the model missed: every exact occurrence of a known proper name.

    One pass over the text finds the occurrences of every name at once (see
    _occurrences); they are then taken name by name in the order the actors
    were found, as each new mention decides whether a later one is covered.
    """
    wanted = [
        (actor, name)
        for actor in index.actors
        if actor.type != "NORP"
        for name in actor.names()
        if name[:1].isupper() and len(name) >= 2
    ]
    surnames = _own_surnames(index)
    wanted += [(actor, name) for name, actor in surnames.items()]
    if not wanted:
        return
    found = _occurrences(ctx.text, {name for _, name in wanted})
    for actor, name in wanted:
        bare = surnames.get(name) is actor and name not in actor.names()
        for start in found.get(name, ()):
            end = start + len(name)
            if bare and not _bare_surname(ctx, start, end):
                continue
            # Skip it inside a longer name ("SNAI" in "SNAI director" is
            # fine, "Quito" inside "Quito Province Police" is not ours).
            covered = any(
                o[0] <= start
                and end <= o[1]
                and (other is actor or o[1] - o[0] > len(name))
                for o, other in index.overlapping(start, end)
            )
            if not covered:
                index.mention(actor, (start, end))
                if bare:
                    index.alias(actor, name)


def _own_surnames(index: ActorIndex) -> dict[str, _Actor]:
    """The surname of each person named in full that no other actor shares.

    The tagger often misses a bare surname in a paragraph of its own
    ("Lindqvist thanked the builders."), which it tags when the paragraph
    before names "Anna Lindqvist"; found by name, the mention does not depend
    on what surrounds it.
    """
    owners: dict[str, list[_Actor]] = {}
    for actor in index.actors:
        if actor.type != "PERSON":
            continue
        for name in {actor.name, *actor.aliases}:
            words = name.split()
            last = words[-1] if len(words) > 1 else ""
            # "Lindqvist", "McCain", "Okonkwo-Reyes"; not "Jr.", "III" or "AP".
            surname = (
                len(last) >= 3
                and last[0].isupper()
                and last.replace("-", "").isalpha()
                and any(c.islower() for c in last)
            )
            if surname and actor not in owners.setdefault(last, []):
                owners[last].append(actor)
    taken = {norm(n) for a in index.actors for n in a.names() if len(n.split()) == 1}
    return {
        last: actors[0]
        for last, actors in owners.items()
        if len(actors) == 1 and (norm(last) not in taken or last in actors[0].names())
    }


def _bare_surname(ctx: DocContext, start: int, end: int) -> bool:
    """Whether the surname at [start, end) stands alone as an untagged proper
    noun: not a sentence-initial common word ("Price rose"), not a date or
    place the tagger saw ("in May"), not part of another name."""
    span = ctx.doc.char_span(start, end)
    # Untagged only: a tagged one is the tagger's to name ("in May" is a DATE).
    if span is None or any(t.pos_ != "PROPN" or t.ent_type_ for t in span):
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    named_before = (
        before is not None
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and not _after_honorific(ctx, start)  # "Ms. Lindqvist" is hers
    )
    named_after = after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()
    return not (named_before or named_after)


# A name occurs where it is neither preceded nor followed by one of these.
_NAME_CHAR = re.compile(r"[\w-]")


def _occurrences(text: str, names: set[str]) -> dict[str, list[int]]:
    r"""Start offsets of each name where it stands as a whole word: what
    re.finditer(r"(?<![\w-])NAME(?![\w-])", text) gives for every name, found
    in one scan of the text rather than one per name.

    The scan visits only the word starts whose first character begins some
    name, and there compares the few names that share the next one too.
    """
    by_head: dict[str, list[str]] = {}
    for name in sorted(names):
        by_head.setdefault(name[:2], []).append(name)
    firsts = "".join(sorted({name[0] for name in names}))
    starts = re.compile(r"(?<![\w-])[" + re.escape(firsts) + "]")
    found: dict[str, list[int]] = {}
    ends: dict[str, int] = {}
    for m in starts.finditer(text):
        p = m.start()
        for name in by_head.get(text[p : p + 2], ()):
            end = p + len(name)
            if (
                p >= ends.get(name, 0)  # finditer's matches never overlap
                and text.startswith(name, p)
                and not _NAME_CHAR.match(text, end)
            ):
                found.setdefault(name, []).append(p)
                ends[name] = end
    return found


def _descriptions(ctx: DocContext, index: ActorIndex) -> None:
    """'the ministry' -> Ministry of the Interior; 'the agency' -> nearest ORG."""
    doc = ctx.doc
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        head = tok.lemma_.lower()
        if head not in lexicon.ORG_HEADS or any(
            c.dep_ in ("compound", "amod", "prep") for c in tok.children
        ):
            continue
        det = doc[tok.i - 1]
        span = (det.idx, tok.idx + len(tok))
        if index.at(*span) is not None:
            continue
        target = _resolve_description(ctx, index, head, det.idx)
        if target is None and head in lexicon.STANDALONE_ORG:
            target = index.add(tok.text, "ORG", span)
            continue
        if target is not None:
            index.alias(target, doc[tok.i - 1 : tok.i + 1].text.lower())
            index.mention(target, span)


def _resolve_description(
    ctx: DocContext, index: ActorIndex, head: str, offset: int
) -> _Actor | None:
    named = [
        a
        for a in index.actors
        if a.type == "ORG" and any(head in norm(n).split() for n in a.names())
    ]
    if named:

        def last_before(a: _Actor) -> int:
            return max((m[0] for m in a.mentions if m[0] < offset), default=-1)

        best = max(named, key=last_before)
        if last_before(best) >= 0:
            return best
    if head in lexicon.GENERIC_ORG:
        # "the organization" names no one: like a pronoun (see antecedent), it
        # is the organisation named last in its own paragraph, or stays as
        # written, so that cutting a sentence further up cannot hand it to
        # another organisation.
        actor = index.before(offset, {"ORG"})
        lo = ctx.paragraph_bounds(ctx.paragraph_of(offset))[0]
        if actor is not None and any(
            lo <= m[0] < offset for m in actor.mentions
        ):
            return actor
    return None


def resolve_source(ctx: DocContext, index: ActorIndex, head: Token) -> _Actor | None:
    """The actor a source's head token refers to (names, descriptions, pronouns)."""
    # "the SNAI director, Ana Ruiz, told ...": the apposition names the speaker.
    for child in head.children:
        if child.dep_ == "appos":
            actor = index.at(child.idx, child.idx + len(child))
            if actor is not None and actor.type in ("PERSON", "ORG"):
                return actor
    actor = index.at(head.idx, head.idx + len(head))
    if actor is not None:
        return actor
    doc = head.doc
    if _is_title(head) and head.i + 1 < len(doc):
        # "Mr. al-Nuaimi told ...", parsed with the title as the subject
        after = doc[head.i + 1]
        actor = index.at(after.idx, after.idx + len(after))
        if actor is not None and actor.type == "PERSON":
            return actor
    low = head.lower_
    if low in lexicon.PRONOUNS_PERSON:
        return antecedent(ctx, index, head.idx, "PERSON", actor_words.PRONOUN_GENDER.get(low))
    if low in lexicon.PRONOUNS_ORG:
        return antecedent(ctx, index, head.idx, "ORG")
    return None


def antecedent(
    ctx: DocContext,
    index: ActorIndex,
    offset: int,
    type_: str,
    gender: str | None = None,
) -> _Actor | None:
    """The one actor a pronoun at offset can stand for, or None.

    Conservative by design: the candidates are the actors of the type (and not
    of the other gender) named earlier in the pronoun's own paragraph. Only a
    single candidate is an answer; two, or none, leave the pronoun as it is
    written. A person further back is never guessed: when an edit deletes the
    quote paragraph in between, the paragraph before it names someone else.
    """
    lo = ctx.paragraph_bounds(ctx.paragraph_of(offset))[0]
    found: set[int] = set()
    only: _Actor | None = None
    for (_, m_end), actor in index.overlapping(lo, offset):
        if m_end > offset or actor.type != type_ or id(actor) in found:
            continue
        if gender and actor.gender and actor.gender != gender:
            continue
        found.add(id(actor))
        only = actor
    return only if len(found) == 1 else None


def extract(ctx: DocContext) -> Iterator[ActorClaim]:
    """Yield one ActorClaim per real-world actor, and keep the index on ctx."""
    index = build_index(ctx)
    ctx.actors = index
    for actor in index.actors:
        mentions = tuple(sorted(set(actor.mentions)))
        first = mentions[0]
        yield ActorClaim(
            text=ctx.text[first[0] : first[1]],
            span=first,
            name=actor.name,
            type=actor.type,
            aliases=tuple(sorted(set(actor.aliases))),
            role=actor.role,
            mentions=mentions,
            **ctx.where(first[0]),
        )


__all__ = ["ActorIndex", "extract", "norm", "resolve_source"]
