"""Doc -> AttributionClaims: who said or believes what, with cue, channel, quotes."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.records import AttributionClaim, Span

from . import actor_words, lexicon
from .actors import ActorIndex, resolve_source
from .context import DocContext

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

REQUIRES = ("token.dep", "token.lemma", "doc.sents")

OPEN_QUOTES = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d"}
_QUOTE_CHARS = '"\u201c\u201d\u00ab\u00bb\u201e'
_EDGE_JUNK = " \t\r\n,;:\u2014\u2013-" + _QUOTE_CHARS
_SUBJECT_DEPS = ("nsubj",)
_CHANNEL_PREPS = {"on", "in", "via", "through", "during", "at", "over"}
# "according to plan" is not an attribution; "according to a poll" is (news
# annotation counts polls, studies and data as sources).
_NOT_SOURCES = {"plan", "schedule", "law", "rule", "rules", "tradition", "custom"}


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage: inner [start, end) and the paragraph it is in."""

    start: int
    end: int
    paragraph: int
    balanced: bool = True  # False: an odd mark, read as running to the paragraph end


def find_quotes(ctx: DocContext) -> list[Quote]:
    """Pair quote marks per paragraph; odd marks are warned about, never fatal."""
    quotes: list[Quote] = []
    text = ctx.text
    n_paras = ctx.paragraph_count
    for p in range(n_paras):
        start, end = ctx.paragraph_bounds(p)
        open_at: int | None = None
        closer = ""
        for i in range(start, end):
            ch = text[i]
            if ch not in _QUOTE_CHARS:
                continue
            if open_at is None:
                if ch in OPEN_QUOTES:
                    open_at, closer = i, OPEN_QUOTES[ch]
                # a stray closing mark: nothing to pair it with
            elif ch == closer or (ch == '"' and closer in '"\u201d'):
                quotes.append(Quote(open_at + 1, i, p))
                open_at = None
        if open_at is not None:
            # Wire style: a quote running on into the next paragraph reopens there and
            # is not closed here. Anything else is an unbalanced mark.
            nxt = ctx.paragraph_bounds(p + 1)[0] if p + 1 < n_paras else None
            para_end = end
            while para_end > open_at and text[para_end - 1].isspace():
                para_end -= 1
            balanced = nxt is not None and text[nxt] in OPEN_QUOTES
            if not balanced:
                ctx.warn(
                    "FC201",
                    f"unbalanced quotation mark in paragraph {p}: "
                    "treated as running to the end of the paragraph",
                    (open_at, open_at + 1),
                )
            quotes.append(Quote(open_at + 1, para_end, p, balanced))
    return quotes


def _trim(text: str, start: int, end: int, *, keep_period: bool) -> Span:
    junk = _EDGE_JUNK if keep_period else _EDGE_JUNK + "."
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end


def _strip_that(doc_text: str, span: Span) -> Span:
    m = re.match(r"(?:that|whether|if)\s+", doc_text[span[0] : span[1]], re.IGNORECASE)
    return (span[0] + m.end(), span[1]) if m else span


def _subtree_bounds(token: Token) -> tuple[int, int]:
    """Token range [start, end) covered by token's subtree."""
    return token.left_edge.i, token.right_edge.i + 1


_KIDS_KEY = ("factcheck", "children")


def _kids(tok: Token) -> list[Token]:
    """tok.children, in the same order, from a table built once per doc: spaCy
    walks a token's whole subtree span to list its children, which is
    quadratic over a sentence whose cues the parser chained ("he said he
    said ...")."""
    doc = tok.doc
    table = doc.user_data.get(_KIDS_KEY)
    if table is None:
        table: list[list[int]] = [[] for _ in range(len(doc))]
        for t in doc:
            if t.head.i != t.i:
                table[t.head.i].append(t.i)
        doc.user_data[_KIDS_KEY] = table
    return [doc[i] for i in table[tok.i]]


@dataclass
class _Found:
    source_head: Token | None  # None: the copy names no source
    source: SpacySpan | None
    cue: str
    cue_span: Span
    contents: list[Span]
    channel: str | None = None
    direct: bool = False
    cue_class: str = "speech"
    quotable: bool = False  # quotes beside the cue may be its content
    cue_token: Token | None = None


def _channel(cue: Token) -> str | None:
    for prep in _kids(cue):
        if prep.dep_ != "prep" or prep.lower_ not in _CHANNEL_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            name = _channel_of(obj)
            if name:
                return name
    return None


def _channel_of(obj: Token) -> str | None:
    low = obj.text.rstrip(".").lower()
    if low in lexicon.CHANNEL_NAMES:
        return lexicon.CHANNEL_NAMES[low]
    if obj.lemma_.lower() in lexicon.CHANNEL_NOUNS:
        # "in a post on X": the platform says more than "a post".
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "on":
                for inner in prep.children:
                    if inner.text.rstrip(".").lower() in lexicon.CHANNEL_NAMES:
                        return lexicon.CHANNEL_NAMES[inner.text.rstrip(".").lower()]
        return obj.doc[obj.left_edge.i : obj.i + 1].text
    return None


def _source_span(head: Token, cue: Token | None = None) -> SpacySpan:
    """The local mention of a source, appositions included, edge punctuation not
    (nor the cue: "a group | backing the senator")."""
    doc = head.doc
    start, end = _subtree_bounds(head)
    if cue is not None and start <= cue.i < end and cue.i > head.i:
        end = cue.left_edge.i
    for c in head.children:
        # "Ana Ruiz, who runs the agency," / "Ana Ruiz, speaking in Lima,": the
        # annotated mention stops before a relative or participial clause.
        if c.dep_ in ("relcl", "acl") and c.i > head.i and c.left_edge.i < end:
            end = c.left_edge.i
    # "TULSA, Okla. (AP) — Republican hopeful Ana Ruiz says": the parser may
    # hang the dateline on the subject; it is no part of who spoke.
    while start < head.i and _in_dateline(doc[start]):
        start += 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if doc[end - 1].text == ")" and "(" in doc[start : end - 1].text:
            break  # "Sen. Elizabeth Warren (D-Mass.)" keeps its closing bracket
        end -= 1
    return doc[start:end]


def _core_mention(f: _Found) -> str:
    """'The senator, who is running again' -> 'senator': the head's own phrase,
    up to the first comma after it, without a leading article."""
    head, span = f.source_head, f.source
    end = span.end
    for tok in span:
        if tok.i > head.i and tok.text == ",":
            end = tok.i
            break
    text = span.doc[span.start : end].text
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)


def _according_to(sent: SpacySpan) -> Iterator[_Found]:
    cues = []
    for tok in sent:
        if (
            tok.lower_ != "according"
            or tok.i + 1 >= sent.end
            or tok.nbor(1).lower_ != "to"
        ):
            continue
        to = tok.nbor(1)
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs or objs[0].lemma_.lower() in _NOT_SOURCES:
            continue
        head = objs[0]
        channel = None
        if head.lemma_.lower() in lexicon.CHANNEL_NOUNS:
            # "according to a statement from the ministry"
            inner = [
                o
                for p in head.children
                if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")
                for o in p.children
                if o.dep_ == "pobj"
            ]
            if inner:
                channel = head.doc[head.left_edge.i : head.i + 1].text
                head = inner[0]
        source = _source_span(objs[0] if channel is None else head)
        cues.append((tok, to, head, channel, source))
    for n, (tok, to, head, channel, source) in enumerate(cues):
        cut_start = tok.idx
        cut_end = max(source.end_char, to.idx + 2)
        # The content runs to the neighbouring "according to" cues, not past
        # them: "A, according to X, and B, according to Y" would otherwise give
        # each cue the whole sentence (quadratic output on a chain of cues).
        first = sent.start_char
        if n > 0:
            prev_tok, prev_to, _, _, prev_source = cues[n - 1]
            first = max(first, prev_source.end_char, prev_to.idx + 2)
        last = cues[n + 1][0].idx if n + 1 < len(cues) else sent.end_char
        contents = [(first, max(first, cut_start)), (min(cut_end, last), last)]
        person = head.ent_type_ == "PERSON" or head.lower_ in lexicon.PRONOUNS_PERSON
        yield _Found(
            source_head=head,
            source=source,
            cue="according to",
            cue_span=(tok.idx, to.idx + len(to)),
            contents=contents,
            channel=channel,
            cue_class="speech" if person else "evidence",
        )


def _cue_text(cue: Token) -> tuple[str, Span]:
    parts = [cue] + [c for c in _kids(cue) if c.dep_ == "prt"]
    parts.sort(key=lambda t: t.i)
    start, end = parts[0].idx, parts[-1].idx + len(parts[-1])
    if parts[-1].i - parts[0].i + 1 != len(parts):  # "pointed it out": keep the verb
        return cue.text, (cue.idx, cue.idx + len(cue))
    # Slice the tokens, not doc.text: Doc.text rebuilds the whole text per call.
    return cue.doc[parts[0].i : parts[-1].i + 1].text, (start, end)


def verb_cue(tok: Token) -> tuple[str, tuple[str, str, frozenset[str]]] | None:
    """(lemma, (class, content kinds, prepositions)) when tok is a cue verb.

    The lemma is looked up first, then the surface form: the small model reads
    "hopes" as a form of "hop".
    """
    if tok.pos_ != "VERB" and not (tok.tag_.startswith("VB") and tok.pos_ != "AUX"):
        return None
    lemma = tok.lemma_.lower()
    entry = lexicon.VERB_CUES.get(lemma)
    if entry is None:
        lemma = lexicon.CUE_FORMS.get(tok.lower_, "")
        entry = lexicon.VERB_CUES.get(lemma)
    return (lemma, entry) if entry is not None else None


def _is_subjectless_cue(tok: Token) -> bool:
    """'... and added that ...', '..., calling it ...': a speech cue of its own."""
    if tok.pos_ != "VERB" or any(c.dep_ in _SUBJECT_DEPS for c in _kids(tok)):
        return False
    if not (tok.dep_ == "conj" or (tok.dep_ == "advcl" and tok.tag_ == "VBG")):
        return False
    found = verb_cue(tok)
    return found is not None and found[1][0] in ("speech", "stance") and (
        tok.dep_ == "advcl" or "c" in found[1][1]
    )


def _outer_cue(cue: Token) -> Token | None:
    """'X said A and added B', parsed with 'added' inside A: the cue above it."""
    tok = cue.head
    for _ in range(8):
        if tok.head is tok:
            return None
        tok = tok.head
        if verb_cue(tok) is not None and any(
            c.dep_ in _SUBJECT_DEPS for c in tok.children
        ):
            return tok
    return None


_SUBJECTLESS_KEY = ("factcheck", "subjectless_cues")


def _subjectless_cues(doc: Doc) -> list[int]:
    """Sorted indices of the doc's subjectless cues, found once per doc: a
    per-content walk is quadratic when the parser chains cues ("he said he
    said ...")."""
    found = doc.user_data.get(_SUBJECTLESS_KEY)
    if found is None:
        found = [t.i for t in doc if _is_subjectless_cue(t)]
        doc.user_data[_SUBJECTLESS_KEY] = found
    return found


def _cut_inner_cues(comp: Token, start: int, end: int) -> int:
    """End the content before a conjoined cue that the parser put inside it."""
    doc = comp.doc
    cues = _subjectless_cues(doc)
    lo = bisect.bisect_left(cues, comp.left_edge.i)
    hi = bisect.bisect_right(cues, comp.right_edge.i)
    for i in cues[lo:hi]:
        tok = doc[i]
        if i != comp.i and comp.is_ancestor(tok):
            cut = tok.left_edge.i
            while cut > start and comp.doc[cut - 1].dep_ in ("cc", "punct"):
                cut -= 1
            end = min(end, cut)
    return max(end, start + 1)


_TIME_ENTS = {"DATE", "TIME"}
_QUESTION_VERBS = {"ask", "wonder", "question", "inquire", "enquire"}
_WH_WORDS = {"what", "which", "that", "whatever", "who", "whom"}
# Subjects that cannot be a source: "what felt like", "let them know".
_NOT_SUBJECTS = {"what", "whatever", "them", "him", "me", "us", "there"}


def _prep_content(head: Token, preps: frozenset[str]) -> list[Token]:
    out = []
    for p in head.children:
        if p.dep_ != "prep" or p.lower_ not in preps:
            continue
        objs = [c for c in p.children if c.dep_ in ("pobj", "pcomp")]
        if objs and objs[0].ent_type_ not in _TIME_ENTS:
            out.append(p)
    # "called for the council to resign": 'for' marks an infinitive clause.
    for c in head.children:
        if c.dep_ in ("advcl", "ccomp", "xcomp") and any(
            m.dep_ == "mark" and m.lower_ in preps for m in c.children
        ):
            out.append(c)
    return out


def _complements(
    cue: Token, kinds: str, preps: frozenset[str], avoid: Token | None
) -> list[Token]:
    """The children of a cue verb that hold its content, per the lexicon entry."""

    def ok(c: Token) -> bool:
        return avoid is None or not (c.left_edge.i <= avoid.i <= c.right_edge.i)

    kids = [c for c in _kids(cue) if ok(c)]
    # A clause that is itself a report ('About half say | they want ...') is the
    # other attribution, not this one's content.
    clauses = [
        c
        for c in kids
        if c.dep_ in ("ccomp", "parataxis")
        and not (c.i < cue.i and verb_cue(c) is not None)
    ]
    if cue.lemma_.lower() in _QUESTION_VERBS:
        # "asked if he was ever bullied": the parser reads 'if' as a condition.
        clauses += [
            c
            for c in kids
            if c.dep_ == "advcl"
            and c.i > cue.i
            and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children
            )
        ]
    # "declined to say whether ...": the inner cue reports, with the borrowed subject.
    xcomps = [
        c
        for c in kids
        if c.dep_ == "xcomp"
        and not (verb_cue(c) and any(k.dep_ == "ccomp" for k in c.children))
    ]
    objs = [c for c in kids if c.dep_ in ("dobj", "dative")]
    oprd = [c for c in kids if c.dep_ in ("oprd", "acomp")]
    out: list[Token] = []
    if "c" in kinds and clauses:
        return clauses  # "told reporters that ...": the addressee is not content
    if "c" in kinds:
        misparsed = _misattached_clause(cue)
        if misparsed is not None:
            return [misparsed]
    lone = len(objs) == 1 and objs[0].n_lefts + objs[0].n_rights == 0
    if lone and objs[0].lower_ in _WH_WORDS:
        objs = []  # "what they want": the content is outside the clause
    if "t" in kinds and xcomps:
        out += [c for c in objs if c.dep_ == "dobj"] + xcomps
    elif "o" in kinds and (oprd or (objs and xcomps)):
        out += objs[:1] + oprd + xcomps  # "called (both of) them | crazy"
    elif (
        "n" in kinds
        and len(objs) == 1
        and objs[0].dep_ == "dobj"
        and not _won_share(cue, objs[0])
        and not _after_from(cue, objs[0])
    ):
        out += objs  # not "denied the judge a hearing": that is giving, not saying
    out += _prep_content(cue, preps)
    return out


def _after_from(cue: Token, obj: Token) -> bool:
    """'has reported from every debate this cycle': after where the speaker
    spoke from, the parser's object is an adverb it misread ("this cycle"),
    not what was said. ("announced on Monday a plan" keeps its object.)"""
    return any(
        c.dep_ == "prep" and c.lower_ == "from" and cue.i < c.i < obj.i
        for c in cue.children
    )


def _won_share(cue: Token, obj: Token) -> bool:
    """'claiming 41 percent of the vote', 'claimed three seats': a claimed
    amount is won, not said."""
    return cue.lemma_.lower() == "claim" and (
        obj.ent_type_ in ("PERCENT", "CARDINAL", "MONEY", "QUANTITY")
        or any(c.dep_ == "nummod" for c in _kids(obj))
    )


def _misattached_clause(cue: Token) -> Token | None:
    """The content clause the parser hung elsewhere: 'said at a news conference
    that ...' read as a relative clause of 'conference', or 'said legalizing it
    could ...' read as an -ing complement."""
    for c in _kids(cue):
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and not any(
            k.dep_ == "aux" for k in c.children
        ):
            return c
        if c.dep_ != "prep":
            continue
        for obj in c.children:
            if obj.dep_ != "pobj":
                continue
            for rel in obj.children:
                if rel.dep_ in ("relcl", "acl") and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in rel.children
                ):
                    return rel
    return None


def _fragments(doc: Doc, toks: list[Token], cue: Token) -> list[Span]:
    """Character spans of the subtrees of toks, adjacent ones merged."""
    ranges = []
    for t in toks:
        start, end = _subtree_bounds(t)
        if t.dep_ in ("ccomp", "parataxis"):
            end = _cut_inner_cues(t, start, end)
        ranges.append((start, end))
    ranges.sort()
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1] + 1 and not (
            merged[-1][1] <= cue.i < start
        ):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in merged]


def _absorb_prep(
    doc: Doc, cue_text: str, cue_span: Span, comps: list[Token], contents: list[Span]
) -> tuple[str, Span, list[Span]]:
    """'called for | a recount', 'critical of | the plan': a preposition right
    after the cue belongs to the cue, not the content."""
    for p in comps:
        if (
            p.dep_ == "prep"
            and len(contents) == 1
            and p.i > 0
            and p.idx >= cue_span[1]
            # the word before the preposition ends the cue (no Doc.text: it is
            # rebuilt on every call)
            and doc[p.i - 1].idx + len(doc[p.i - 1]) == cue_span[1]
            and contents[0][0] == p.idx
            and p.i + 1 < len(doc)
            and doc[p.i + 1].idx < contents[0][1]
        ):
            return (
                f"{cue_text} {p.text}",
                (cue_span[0], p.idx + len(p)),
                [(doc[p.i + 1].idx, contents[0][1])],
            )
    return cue_text, cue_span, contents


def _borrowed_subject(cue: Token) -> Token | None:
    """', saying ...', 'declined to say ...', 'and added ...': the governing subject."""
    if cue.dep_ == "conj":
        outer = _outer_cue(cue)
        head = outer if outer is not None else cue.head
        for _ in range(4):
            subj = _subjects(head)
            if subj:
                return subj[0]
            if head.dep_ != "conj":
                break
            head = head.head  # "reversed, rushed in and said ...": the first verb's
        return None
    if cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN") and cue.tag_ == "VBG":
        # "a group backing the senator"; "issued a statement saying": the issuer.
        noun = cue.head
        if noun.lemma_.lower() in lexicon.CHANNEL_NOUNS:
            return _noun_source(noun) or noun
        return noun
    tok = cue
    for _ in range(3):
        if tok.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "prep", "acomp"):
            return None
        tok = tok.head
        if tok.dep_ == "acl" or tok.pos_ in ("NOUN", "PROPN"):
            return None
        subj = _subjects(tok)
        if subj:
            return subj[0]
    return None


def _subjects(head: Token, deps: tuple[str, ...] = _SUBJECT_DEPS) -> list[Token]:
    """head's subjects, where a dateline's place is none: the parser may make
    it one, and the real subject its apposition ("NEW YORK (AFP) – Actress
    Ana Ruiz is not sure ...", subject "YORK", appositions "Actress", "Ruiz")."""
    found = []
    for c in _kids(head):
        if c.dep_ not in deps:
            continue
        if not _in_dateline(c):
            found.append(c)
            continue
        appos = [a for a in _kids(c) if a.dep_ == "appos" and not _in_dateline(a)]
        # "actress" and "Ana Ruiz" may both hang on the place: the name first.
        found.extend(sorted(appos, key=lambda a: a.pos_ != "PROPN")[:1])
    return found


def _noun_source(noun: Token) -> Token | None:
    """'the ministry's statement', 'a statement by the ministry', 'issued a
    statement'."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ in ("by", "from"):
            for o in p.children:
                if o.dep_ == "pobj":
                    return o
    head = noun.head
    if noun.dep_ == "appos" and head.pos_ in ("PROPN", "NOUN"):
        return head  # "Ana Ruiz, a critic of the plan"
    if noun.dep_ == "attr" and head.lemma_ == "be":
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        if subj and subj[0].lower_ not in ("it", "this", "that", "there"):
            return subj[0]  # "Ruiz is a critic of the plan"
    if noun.dep_ == "dobj" and head.lemma_.lower() in lexicon.LIGHT_VERBS:
        subj = _subjects(head)
        if subj:
            return subj[0]
        return _borrowed_subject(head)
    return None


def _passive(cue: Token) -> tuple[Token | None, Token | None]:
    """(agent, passive subject) of a passive cue ('was reported by X')."""
    agent = subj = None
    for c in _kids(cue):
        if c.dep_ == "agent":
            agent = next((o for o in c.children if o.dep_ == "pobj"), None)
        elif c.dep_ in ("nsubjpass", "csubjpass"):
            subj = c
    return agent, subj


def _counted_participle(cue: Token) -> bool:
    """'by 271 pledged delegates', '40 reported cases': a participle between a
    number and the plural noun it counts describes the things counted; whether
    the tagger calls it a verb changes with the number's digits."""
    doc = cue.doc
    return (
        0 < cue.i < len(doc) - 1
        and doc[cue.i - 1].like_num
        and doc[cue.i + 1].tag_ == "NNS"
    )


def _doc_text(doc: Doc) -> str:
    """doc.text, built once per Doc: spaCy joins every token's text on each
    access, so reading it per token made long documents quadratic."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


_TEXT_KEY = "factcheck.text"


def _in_dateline(tok: Token) -> bool:
    """'RIGA — The council approved ...': the parser may make the dateline's
    place a second subject when the story opens with it, and not when a byline
    comes first; a dateline is never who said or did anything."""
    text = _doc_text(tok.doc)
    line = text.rfind("\n", 0, tok.idx) + 1
    if tok.idx - line > 60:
        return False
    m = actor_words.DATELINE.match(text, line)
    return m is not None and tok.idx < m.end()


def _verb_cues(sent: SpacySpan) -> Iterator[_Found]:
    doc = sent.doc
    for cue in sent:
        found = verb_cue(cue)
        if found is None or _counted_participle(cue):
            continue
        lemma, (cls, kinds, preps) = found
        subjects = _subjects(cue)
        subject: Token | None = subjects[0] if subjects else None
        extra: list[Token] = []
        sourceless = False
        if lemma in lexicon.SOURCELESS_VERBS:
            seeming = _seeming(cue, subject)
            if seeming is not None:
                yield seeming
            continue
        passive_object = False
        if subject is None:
            agent, psubj = _passive(cue)
            # "The plan was described as reckless (by critics)": the passive
            # subject is what the stance is about, so it is content.
            passive_object = (
                psubj is not None
                and psubj.lower_ != "it"
                and cls in ("stance", "belief")
                and ("n" in kinds or "o" in kinds or bool(preps & {"as"}))
            )
            if agent is not None:
                subject = agent
                if passive_object:
                    extra.append(psubj)
            elif psubj is not None or any(c.dep_ == "auxpass" for c in _kids(cue)):
                if lemma not in lexicon.SOURCELESS_PASSIVES and not passive_object:
                    continue
                sourceless = True
                if psubj is not None and psubj.lower_ != "it":
                    extra.append(psubj)  # "the bill | is expected | to pass"
            elif (
                cue.tag_ == "VBN"
                and cue.dep_ == "acl"
                and "as" in preps
                # not an alias: "X, formerly known as Twitter"
                and cue.head.pos_ == "NOUN"
            ):
                # "the contests known as Super Tuesday": a name nobody is credited with
                sourceless = True
            elif cue.tag_ == "VBN" and cue.dep_ == "advcl" and lemma in _QUESTION_VERBS:
                sourceless = True  # "Asked about the strike, the mayor said ..."
            elif cue.tag_ == "VBN" and cue.dep_ in ("advcl", "acl"):
                continue  # ", formerly known as ...": a passive modifier says nothing
            else:
                subject = _borrowed_subject(cue)
                if subject is None:
                    continue
        if subject is not None and (
            subject.lower_ in _NOT_SUBJECTS or subject.dep_ == "expl"
        ):
            continue
        if cue.head.lemma_ in ("let", "make") and cue.dep_ == "ccomp":
            continue  # "let them know": an order, not a report
        comps = _complements(cue, kinds, preps, subject)
        if sourceless and extra and not passive_object and not any(
            c.dep_ == "xcomp" for c in comps
        ):
            extra = []
        if passive_object and not comps:
            comps, extra = extra, []  # "The senator was criticized": about the senator
        if sourceless and cue.dep_ == "acl" and comps:
            noun = cue.head
            extra = [noun]
            comps = [c for c in comps if c is not noun]
        contents = _fragments(doc, extra + comps, cue) if comps else []
        inside = False
        if not contents and subject is not None:
            contents = _around_cue(sent, cue, subject)
            inside = bool(contents)
        if not contents and lemma in lexicon.SPEECH_CUES and "c" in kinds:
            contents = _lead_in(sent, cue)
        quotable = cls == "speech" and "c" in kinds and not sourceless
        if not contents and not quotable:
            continue
        cue_text, cue_span = _cue_text(cue)
        cue_text, cue_span, contents = _absorb_prep(
            doc, cue_text, cue_span, comps, contents
        )
        yield _Found(
            source_head=subject,
            source=_source_span(subject, cue) if subject is not None else None,
            cue=cue_text,
            cue_span=cue_span,
            contents=contents,
            channel=_channel(cue),
            cue_class=cls,
            quotable=quotable and not inside,
            cue_token=cue,
        )


def _seeming(cue: Token, subject: Token | None) -> _Found | None:
    """"The talks appear to have stalled", "it seems that ...": nobody named."""
    comps = [c for c in _kids(cue) if c.dep_ in ("xcomp", "ccomp")]
    if not comps or any(
        c.dep_ in ("dative", "prep") and c.lower_ == "to" for c in _kids(cue)
    ):
        return None
    personal = subject is not None and subject.lower_ != "it"
    if personal and comps[0].dep_ == "xcomp":
        assert subject is not None
        comps = [subject, *comps]
    elif personal:
        return None
    cue_text, cue_span = _cue_text(cue)
    return _Found(
        source_head=None,
        source=None,
        cue=cue_text,
        cue_span=cue_span,
        contents=_fragments(cue.doc, comps, cue),
        cue_class="belief",
        cue_token=cue,
    )


def _around_cue(sent: SpacySpan, cue: Token, subject: Token) -> list[tuple[int, int]]:
    """"The plan, she said, will fail": the content in two fragments around a
    cue set off by commas inside it; [] when the cue is not such an aside."""
    doc = sent.doc
    if not (
        cue.dep_ in ("parataxis", "ccomp")
        and subject.left_edge.i > sent.start
        and doc[subject.left_edge.i - 1].text == ","
    ):
        return []
    head = cue.head
    if not (head.i > cue.i or head.left_edge.i < subject.left_edge.i):
        return []
    a, b = _subtree_bounds(head)
    c0, c1 = min(subject.left_edge.i, cue.left_edge.i), cue.right_edge.i + 1
    return [
        (doc[x].idx, doc[y - 1].idx + len(doc[y - 1]))
        for x, y in ((a, c0), (c1, b))
        if y > x
    ]


def _lead_in(sent: SpacySpan, cue: Token) -> list[tuple[int, int]]:
    """Colon and dash lead-ins: "The minister said: ..." runs to the sentence end."""
    for tok in sent.doc[cue.i + 1 : sent.end]:
        if tok.text in (":", "\u2014", "--"):
            return [(tok.idx + len(tok), sent.end_char)]
    return []


_COPULAS = {"be", "seem", "remain", "become", "appear", "feel", "sound", "look", "stay"}


def _adjective_cues(sent: SpacySpan) -> Iterator[_Found]:
    """'She is confident that ...', 'the union is critical of ...', 'it is
    clear that ...'."""
    doc = sent.doc
    for adj in sent:
        if adj.pos_ != "ADJ" or adj.dep_ != "acomp":
            continue
        low = adj.lower_
        entry = lexicon.ADJ_CUES.get(low)
        if entry is None and low not in lexicon.SOURCELESS_ADJ:
            continue
        cop = adj.head
        if cop.lemma_.lower() not in _COPULAS:
            continue
        subj = next(iter(_subjects(cop, ("nsubj", "expl"))), None)
        if subj is None:
            continue
        expletive = subj.lower_ == "it" and any(
            c.dep_ == "ccomp" and c.i > adj.i for c in cop.children
        )
        comps = [c for c in adj.children if c.dep_ in ("ccomp", "xcomp")]
        comps += [c for c in cop.children if c.dep_ == "ccomp" and c.i > adj.i]
        if entry is not None:
            comps += _prep_content(adj, entry[1])
        if not comps:
            continue
        if expletive or entry is None:
            if entry is None and not expletive and not any(
                c.dep_ == "xcomp" for c in comps
            ):
                continue
            source = None
            extra = [] if expletive else [subj]  # "the vote | is likely | to fail"
            cls = entry[0] if entry else "belief"
        else:
            if subj.lower_ in _NOT_SUBJECTS or subj.lower_ == "it":
                continue
            source, extra, cls = subj, [], entry[0]
        start = cop.i if cop.i < adj.i and adj.i - cop.i <= 3 else adj.i
        span = doc[start : adj.i + 1]
        cue_text, cue_span, contents = _absorb_prep(
            doc, span.text, (span.start_char, span.end_char), comps,
            _fragments(doc, extra + comps, adj),
        )
        yield _Found(
            source_head=source,
            source=_source_span(source) if source is not None else None,
            cue=cue_text,
            cue_span=cue_span,
            contents=contents,
            cue_class=cls,
        )


def _noun_cues(sent: SpacySpan) -> Iterator[_Found]:
    """'her claim that ...', 'his criticism of ...', 'the plan to ...'."""
    doc = sent.doc
    for noun in sent:
        if noun.pos_ != "NOUN":
            continue
        entry = lexicon.NOUN_CUES.get(noun.lower_) or lexicon.NOUN_CUES.get(
            noun.lemma_.lower()
        )
        if entry is None:
            continue
        cls, preps = entry
        comps: list[Token] = []
        clause = False
        for c in noun.children:
            if c.dep_ not in ("acl", "ccomp", "relcl", "xcomp", "appos"):
                continue
            marks = {m.lower_ for m in c.children if m.dep_ in ("mark", "aux")}
            if "that" in marks:
                comps.append(c)
                clause = True
            elif "to" in marks and c.dep_ != "relcl":
                comps.append(c)
        comps += _prep_content(noun, preps)
        if not comps:
            continue
        source = _noun_source(noun)
        if source is None and not clause:
            continue
        if source is not None and source.lower_ in _NOT_SUBJECTS:
            continue
        cue_text, cue_span, contents = _absorb_prep(
            doc, noun.text, (noun.idx, noun.idx + len(noun)), comps,
            _fragments(doc, comps, noun),
        )
        yield _Found(
            source_head=source,
            source=_source_span(source, noun) if source is not None else None,
            cue=cue_text,
            cue_span=cue_span,
            contents=contents,
            cue_class=cls,
        )


def _in_evidence(sent: SpacySpan) -> Iterator[_Found]:
    """'In a poll released Monday, 40% of voters chose ...': the poll is the source."""
    root = sent.root
    if verb_cue(root) is not None:
        return  # "In a statement, the company said ...": the verb is the cue
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > root.i:
            continue
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in lexicon.EVIDENCE_NOUNS:
            continue
        doc = sent.doc
        a = prep.right_edge.i + 1
        b = sent.end
        if a >= b:
            continue
        yield _Found(
            source_head=obj,
            source=_source_span(obj),
            cue=prep.text,
            cue_span=(prep.idx, prep.idx + len(prep)),
            contents=[(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))],
            cue_class="evidence",
        )


_HEADLINE = re.compile(r"[ \t]*([^\n:]{2,60}?)[ \t]*:[ \t]+(\S[^\n]*)")
_DASH_BYLINE = re.compile(
    r"[\"\u201d][ \t]*(?:\u2014|\u2013|--?)[ \t]*"
    r"([A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,4})[ \t]*$"
)


def _punctuation_cues(ctx: DocContext, quotes: list[Quote]) -> Iterator[_Found]:
    """Headline and transcript 'Name: claim', and '"..." — Name' bylines."""
    text = ctx.text
    doc = ctx.doc
    for p in range(ctx.paragraph_count):
        start, end = ctx.paragraph_bounds(p)
        m = _HEADLINE.match(text, start, end)
        if (
            m
            # "Clinton: 1,769" is a tally
            and len(re.findall(r"[^\W\d_]+", m.group(2))) >= 3
            and m.group(2).count(",") < 5  # "New Hampshire: Ames, Baker, ..." is a list
            and _speaker_label(ctx, m.start(1), m.end(1))
        ):
            src = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if src is not None and len(src):
                colon = text.index(":", m.end(1))
                yield _Found(
                    source_head=src.root,
                    source=src,
                    cue=":",
                    cue_span=(colon, colon + 1),
                    contents=[(m.start(2), min(m.end(2), end))],
                    cue_class="speech",
                )
        line = text[start:end].rstrip()
        d = _DASH_BYLINE.search(line)
        if d:
            q_end = start + d.start()
            q = next((q for q in quotes if q.end == q_end), None)
            src = doc.char_span(
                start + d.start(1), start + d.end(1), alignment_mode="expand"
            )
            if q is not None and src is not None and len(src):
                dash = start + d.start() + 1
                yield _Found(
                    source_head=src.root,
                    source=src,
                    cue=text[dash : start + d.start(1)].strip(),
                    cue_span=(dash, start + d.start(1) - 1),
                    contents=[(q.start, q.end)],
                    cue_class="speech",
                    direct=True,
                )


def _speaker_label(ctx: DocContext, a: int, b: int) -> bool:
    """'Kerry', 'Poll', 'Senate leader' before a colon; not 'Note' or a clause."""
    label = ctx.text[a:b].strip().replace("\u2019", "'")
    words = label.split()
    low = label.lower().rstrip(".")
    if (
        low in lexicon.NOT_SPEAKER_LABELS
        or words[-1].lower() in lexicon.NOT_SPEAKER_LABELS
        or not label[0].isupper()
    ):
        return False
    verbs = ("said", "says", "told", "is", "are", "was")
    if len(words) > 6 or any(w.lower() in verbs for w in words):
        return False
    if any(ch.isdigit() for ch in label) or label.endswith(("'", '"', "\u201d")):
        return False
    span = ctx.doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if any(t.pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ") for t in span):
        return False
    if label.lower() in lexicon.CHANNEL_NAMES or any(
        t.ent_type_ in ("GPE", "LOC", "DATE", "TIME") for t in span
    ):
        return False  # "Twitter: ...", "Ohio: ...": a place or platform, no speaker
    if label.isupper() and len(words) == 1 and len(label) < 4:
        return False
    # A name ("Kerry:", "RUIZ:", "Senate leader Ruiz:") or a speaker word ("Poll:").
    return (
        any(t.pos_ == "PROPN" for t in span)
        or (
            len(words) <= 2
            and all(w[0].isupper() for w in words)
            and span[-1].pos_ != "ADJ"
        )
        or span[-1].lemma_.lower() in _SPEAKER_NOUNS
    )


_SPEAKER_NOUNS = {
    "poll",
    "survey",
    "study",
    "report",
    "source",
    "official",
    "police",
    "critic",
    "expert",
    "analyst",
    "witness",
    "aide",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "newspaper",
    "minister",
    "president",
    "senator",
    "governor",
    "mayor",
    "judge",
    "court",
    "lawmaker",
    "prosecutor",
    "doctor",
    "scientist",
    "researcher",
    "camp",
    "campaign",
    "government",
    "ministry",
    "military",
}


def _adjacent(text: str, a: int, b: int) -> bool:
    """Only punctuation and space between offsets a and b."""
    return a <= b and not re.search(r"[\w]", text[a:b])


_SENT_END = re.compile(r"[.!?]")
_WORD = re.compile(r"\w")


def _after_colon(text: str, at: int) -> bool:
    """text[:at] ends in a colon and white space."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1] == ":"


def _attach_quotes(
    ctx: DocContext,
    found: _Found,
    quotes: list[Quote],
    sent: SpacySpan,
    starts: list[int],
    ends: list[int],
    colon_led: list[int],
) -> None:
    """Direct speech: quotes beside the source and cue become the content."""
    text = ctx.text
    if found.source is not None:
        region_start = min(found.source.start_char, found.cue_span[0])
        region_end = max(found.source.end_char, found.cue_span[1])
    else:
        region_start, region_end = found.cue_span
    cue = found.cue_token
    if cue is not None:
        # 'told his supporters, "..."': the addressee sits between cue and quote.
        for c in _kids(cue):
            if (
                c.dep_ in ("dative", "dobj")
                and c.i > cue.i
                and not any(q.start <= c.idx < q.end for q in quotes)
            ):
                region_end = max(region_end, c.right_edge.idx + len(c.right_edge))
    if found.channel:
        m = re.match(
            r"\s*(?:on|in|via|during|at|through|over)\s+[^,.:;\"\u201c]{1,40}",
            text[region_end : sent.end_char],
        )
        if m:
            region_end += m.end()
    # A quote of several sentences ends in this one: it is one content. Quotes
    # are disjoint and in text order: only the last one ending before the
    # region can be adjacent to it (an earlier one has that one's words between).
    before = []
    i = bisect.bisect_right(ends, region_start) - 1
    if i >= 0:
        q = quotes[i]
        if q.end >= sent.start_char - 1 and _adjacent(text, q.end, region_start):
            before.append(q)
    after = []
    bound = sent.end_char + 1
    word = _WORD.search(text, region_end, bound)
    word_at = word.start() if word else len(text)
    # Only punctuation and space between cue and quote: one of the first quotes
    # (the words of a quote stand between the region and every later one).
    pick: int | None = None
    i = bisect.bisect_left(starts, region_end)
    while i < len(quotes) and quotes[i].start <= bound:
        gap_end = quotes[i].start - 1
        if gap_end > word_at:
            break
        if region_end <= gap_end:
            pick = i
            break
        i += 1
    if pick is None:
        # 'released the following statement: "..."': a colon leads in the quote.
        j = bisect.bisect_left(colon_led, i)
        if j < len(colon_led) and quotes[colon_led[j]].start <= bound:
            pick = colon_led[j]
    # `"A," he said, "B."` splits a quote; `he said. "B."` starts a new one,
    # however the parser cut the sentences: no quote past a full stop (nor any
    # later one, so the first candidate decides).
    if pick is not None:
        q = quotes[pick]
        if not _SENT_END.search(text, region_end, q.start - 1):
            after.append(q)
    picked = [*before[-1:], *after[:1]]
    if picked:
        found.contents = [(q.start, q.end) for q in picked]
        found.direct = True


def _content(ctx: DocContext, spans: list[Span], direct: bool) -> list[Span]:
    out = []
    for s in spans:
        s = _trim(ctx.text, *s, keep_period=direct)
        if not direct:
            s = _strip_that(ctx.text, s)
        if re.search(r"\w", ctx.text[s[0] : s[1]]):
            out.append(s)
    return out


# What one claim carries: its content is clipped to this many characters on
# either side of its cue. No sentence of news copy comes near it; a chain of
# cues in one endless sentence ("he said he said ...") would otherwise give
# each cue the rest of the text, and the output would grow with the square of
# the input.
MAX_CONTENT = 2_000


def _cap(text: str, contents: list[Span], cue_span: Span, direct: bool) -> list[Span]:
    lo, hi = cue_span[0] - MAX_CONTENT, cue_span[1] + MAX_CONTENT
    if all(lo <= a and b <= hi for a, b in contents):
        return contents
    out = []
    for a, b in contents:
        a, b = max(a, lo), min(b, hi)
        if a < b:
            a, b = _trim(text, a, b, keep_period=direct)
            if re.search(r"\w", text[a:b]):
                out.append((a, b))
    return out


def _appos_name(head: Token) -> str | None:
    """'the SNAI director, Ana Ruiz': a proper-noun apposition left untagged."""
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return head.doc[child.left_edge.i : child.i + 1].text
    return None


def _source_name(
    ctx: DocContext, index: ActorIndex | None, f: _Found
) -> tuple[str, bool]:
    """(canonical source, vague): an actor's name, else the local mention."""
    head = f.source_head
    assert head is not None
    if head.lower_ in ("who", "that", "which") and head.head.dep_ == "relcl":
        # "the senator, who said ...": name the noun the clause is about.
        noun = head.head.head
        head = noun
        f = _Found(source_head=noun, source=_source_span(noun), cue=f.cue,
                   cue_span=f.cue_span, contents=f.contents)
    actor = resolve_source(ctx, index, head) if index is not None else None
    if actor is not None:
        return actor.name, False
    named = _appos_name(head)
    if named:
        return named, False
    vague = bool(lexicon.VAGUE_HEADS & {head.lemma_.lower(), head.lower_})
    return _core_mention(f), vague


def _make(
    ctx: DocContext, index: ActorIndex | None, f: _Found, contents: list[Span]
) -> AttributionClaim:
    if f.source is not None:
        source, vague = _source_name(ctx, index, f)
        source_span: Span | None = (f.source.start_char, f.source.end_char)
        edges = [source_span, f.cue_span, contents[0], contents[-1]]
    else:
        source, vague, source_span = None, False, None
        edges = [f.cue_span, contents[0], contents[-1]]
    lo = min(e[0] for e in edges)
    hi = max(e[1] for e in edges)
    return AttributionClaim(
        text=ctx.text[lo:hi],
        span=(lo, hi),
        source=source,
        source_text=ctx.text[source_span[0] : source_span[1]] if source_span else None,
        source_span=source_span,
        cue=f.cue,
        cue_span=f.cue_span,
        cue_class=f.cue_class,
        content=" ".join(ctx.text[a:b] for a, b in contents),
        content_span=(contents[0][0], contents[-1][1]),
        content_spans=tuple(contents) if len(contents) > 1 else (),
        channel=f.channel,
        direct=f.direct,
        vague=vague,
        **ctx.where(lo),
    )


def _all_quoted(contents: list[Span], quotes: list[Quote], starts: list[int]) -> bool:
    """Every content span is (nearly all of) one quotation."""
    for c in contents:
        q = _quote_at(quotes, starts, c[0])
        if not (
            q is not None
            and c[1] <= q.end
            and (c[1] - c[0]) >= 0.9 * (q.end - q.start)
        ):
            return False
    return True


def _quote_at(quotes: list[Quote], starts: list[int], offset: int) -> Quote | None:
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and quotes[i].start <= offset < quotes[i].end:
        return quotes[i]
    return None


def _in_quote(f: _Found, quotes: list[Quote], starts: list[int]) -> bool:
    """A cue inside a quotation: the speaker's own words, not the reporter's.

    Hedges ("I think", "you know") are no attributions at all, and news
    annotation does not count what a quoted speaker reports either ('"They
    told me to leave," she said' is one attribution), so neither is kept.
    """
    if f.direct and f.cue == ":":
        return False
    q = _quote_at(quotes, starts, f.cue_span[0])
    return q is not None and q.balanced


def _bad_source(f: _Found, quotes: list[Quote], starts: list[int], text: str) -> bool:
    """A source inside a quote the cue is not in ('the "March of Millions"'),
    or a dateline ('GENEVA \u2014')."""
    if f.source is None:
        return False
    q = _quote_at(quotes, starts, f.source.start_char)
    if q is not None and not (q.start <= f.cue_span[0] < q.end):
        return True
    after = text[f.source.end_char : f.source.end_char + 3]
    return f.source.text.isupper() and bool(re.match(r"\s*(?:\u2014|\u2013|--)", after))


def extract(ctx: DocContext) -> Iterator[AttributionClaim]:
    """Yield attributions in text order, continued quotes included."""
    index: ActorIndex | None = ctx.actors
    quotes = find_quotes(ctx)
    starts = [q.start for q in quotes]
    ends = [q.end for q in quotes]
    colon_led = [i for i, q in enumerate(quotes) if _after_colon(ctx.text, q.start - 1)]
    made: list[AttributionClaim] = []
    seen_cues: set[Span] = set()
    # "according to" needs the word: most texts skip that token scan.
    according = "according" in ctx.text.lower()

    def emit(f: _Found, sent: SpacySpan | None) -> None:
        if f.cue_span in seen_cues or _bad_source(f, quotes, starts, ctx.text):
            return
        if _in_quote(f, quotes, starts):
            return
        if f.quotable and sent is not None:
            _attach_quotes(ctx, f, quotes, sent, starts, ends, colon_led)
        contents = _content(ctx, f.contents, f.direct)
        if contents and not f.direct and _all_quoted(contents, quotes, starts):
            # 'Pelosi told reporters: "We have the votes."': a lead-in quote.
            f.direct = True
            contents = _content(ctx, f.contents, True)
        if contents:
            contents = _cap(ctx.text, contents, f.cue_span, f.direct)
        if contents:
            seen_cues.add(f.cue_span)
            made.append(_make(ctx, index, f, contents))

    for f in _punctuation_cues(ctx, quotes):
        emit(f, None)
    for sent in ctx.sentences:
        if according:
            for f in _according_to(sent):
                emit(f, sent)
        for f in _verb_cues(sent):
            emit(f, sent)
        for f in _adjective_cues(sent):
            emit(f, sent)
        for f in _in_evidence(sent):
            emit(f, sent)
        for f in _noun_cues(sent):
            emit(f, sent)
    made.extend(list(_continuations(ctx, made, quotes)))
    made.sort(key=lambda a: a.span)
    yield from _with_parents(made)


def _outers(items: list[AttributionClaim]) -> list[int | None]:
    """Per item, the index of the innermost other item whose content holds its
    cue (the narrowest content; the first of equals), or None.

    One sweep over the cue offsets with a heap of the content spans open at
    each: a pairwise test is quadratic in the number of claims.
    """
    import heapq

    spans = sorted(
        (s[0], s[1], o.content_span[1] - o.content_span[0], i)
        for i, o in enumerate(items)
        for s in (o.content_spans or (o.content_span,))
    )
    order = sorted(range(len(items)), key=lambda i: items[i].cue_span[0])
    heap: list[tuple[int, int, int]] = []  # (width, index, end)
    out: list[int | None] = [None] * len(items)
    k = 0
    for i in order:
        point = items[i].cue_span[0]
        while k < len(spans) and spans[k][0] <= point:
            heapq.heappush(heap, (spans[k][2], spans[k][3], spans[k][1]))
            k += 1
        own = []
        while heap and (heap[0][2] <= point or heap[0][1] == i):
            top = heapq.heappop(heap)
            if top[2] > point:
                own.append(top)  # this item's own span: skipped, still open
        if heap:
            out[i] = heap[0][1]
        for top in own:
            heapq.heappush(heap, top)
    return out


def _with_parents(made: list[AttributionClaim]) -> Iterator[AttributionClaim]:
    """Keep nested speech, with `parent` set; drop other nested cues.

    "The minister said police told him that ...": "told" is reported speech
    inside "said" and gets its id as parent. A belief or stance inside another
    attribution's content ("said voters want ...") is part of what was said,
    as news annotation reads it, not a claim of the reporter's.
    Ids follow the order extract_claims numbers claims in: by span, per kind.
    """
    outer = _outers(made)
    kept = [a for a, o in zip(made, outer) if a.cue_class == "speech" or o is None]
    for att, i in zip(kept, _outers(kept)):
        if i is not None:
            att = dataclasses.replace(att, parent=f"attribution-{i + 1}")
        yield att


def _continuations(
    ctx: DocContext, made: list[AttributionClaim], quotes: list[Quote]
) -> Iterator[AttributionClaim]:
    """A quote with no cue of its own, right after a direct quote, keeps its speaker."""
    # Spans sorted once and bisected: a pairwise test is quadratic in the
    # number of quotes. The content spans already covered, by start, with the
    # furthest end so far: a quote overlaps one iff the furthest end among the
    # spans starting before the quote's end passes the quote's start.
    covered = sorted(s for a in made for s in (a.content_spans or (a.content_span,)))
    covered_starts = [c[0] for c in covered]
    reach = list(itertools.accumulate((c[1] for c in covered), max))
    cues = sorted(a.cue_span[0] for a in made)
    # The direct attributions by end, the first made first among equal ends.
    direct = sorted(
        ((a.span[1], -i) for i, a in enumerate(made) if a.direct),
    )
    direct_ends = [e for e, _ in direct]
    # A continuation found here can be continued in turn; it ends after every
    # direct attribution ending before its quote, and before the next quote.
    latest: AttributionClaim | None = None
    for q in quotes:
        k = bisect.bisect_left(covered_starts, q.end)
        if k > 0 and reach[k - 1] > q.start:
            continue
        k = bisect.bisect_right(direct_ends, q.start)
        last = made[-direct[k - 1][1]] if k > 0 else None
        if latest is not None and (last is None or latest.span[1] > last.span[1]):
            last = latest
        if last is None:
            continue
        if ctx.paragraph_of(q.start) - last.paragraph > 1:
            continue
        k = bisect.bisect_left(cues, last.span[1])
        if k < len(cues) and cues[k] < q.start:
            continue
        # The quote must open its sentence: "... said on X. "But we are firm ...""
        sent = ctx.sentence(ctx.sentence_of(q.start))
        if re.search(r"\w", ctx.text[sent.start_char : q.start]):
            continue
        span = _trim(ctx.text, q.start, q.end, keep_period=True)
        if not re.search(r"\w", ctx.text[span[0] : span[1]]):
            continue
        att = AttributionClaim(
            text=ctx.text[span[0] : span[1]],
            span=span,
            source=last.source,
            source_text=last.source_text,
            source_span=last.source_span,
            cue=last.cue,
            cue_span=last.cue_span,
            cue_class=last.cue_class,
            content=ctx.text[span[0] : span[1]],
            content_span=span,
            channel=last.channel,
            direct=True,
            vague=last.vague,
            **ctx.where(span[0]),
        )
        latest = att
        yield att
