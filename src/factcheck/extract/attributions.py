"""Doc -> AttributionClaims: who said or believes what, with cue, channel, quotes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.records import AttributionClaim, Span

from . import lexicon
from .actors import ActorIndex, resolve_source
from .context import DocContext

if TYPE_CHECKING:
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
            if nxt is None or text[nxt] not in OPEN_QUOTES:
                ctx.warn(
                    "FC201",
                    f"unbalanced quotation mark in paragraph {p}: "
                    "treated as running to the end of the paragraph",
                    (open_at, open_at + 1),
                )
            quotes.append(Quote(open_at + 1, para_end, p))
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


@dataclass
class _Found:
    source_head: Token
    source: SpacySpan
    cue: str
    cue_span: Span
    contents: list[Span]
    channel: str | None = None
    direct: bool = False


def _channel(cue: Token) -> str | None:
    for prep in cue.children:
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


def _source_span(head: Token) -> SpacySpan:
    """The local mention of a source, appositions included, edge punctuation not."""
    doc = head.doc
    start, end = _subtree_bounds(head)
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
        cut_start = tok.idx
        cut_end = max(source.end_char, to.idx + 2)
        contents = [(sent.start_char, cut_start), (cut_end, sent.end_char)]
        yield _Found(
            source_head=head,
            source=source,
            cue="according to",
            cue_span=(tok.idx, to.idx + len(to)),
            contents=contents,
            channel=channel,
        )


def _cue_text(cue: Token) -> tuple[str, Span]:
    parts = [cue] + [c for c in cue.children if c.dep_ == "prt"]
    parts.sort(key=lambda t: t.i)
    start, end = parts[0].idx, parts[-1].idx + len(parts[-1])
    if parts[-1].i - parts[0].i + 1 != len(parts):  # "pointed it out": keep the verb
        return cue.text, (cue.idx, cue.idx + len(cue))
    # Slice the tokens, not doc.text: Doc.text rebuilds the whole text per call.
    return cue.doc[parts[0].i : parts[-1].i + 1].text, (start, end)


def _is_subjectless_cue(tok: Token) -> bool:
    return (
        tok.dep_ == "conj"
        and tok.pos_ == "VERB"
        and tok.lemma_.lower() in lexicon.CUES
        and not any(c.dep_ in _SUBJECT_DEPS for c in tok.children)
    )


def _outer_cue(cue: Token) -> Token | None:
    """'X said A and added B', parsed with 'added' inside A: the cue above it."""
    tok = cue.head
    for _ in range(8):
        if tok.head is tok:
            return None
        tok = tok.head
        if tok.lemma_.lower() in lexicon.CUES and any(
            c.dep_ in _SUBJECT_DEPS for c in tok.children
        ):
            return tok
    return None


def _cut_inner_cues(comp: Token, start: int, end: int) -> int:
    """End the content before a conjoined cue that the parser put inside it."""
    for tok in comp.subtree:
        if tok is not comp and _is_subjectless_cue(tok):
            cut = tok.left_edge.i
            while cut > start and comp.doc[cut - 1].dep_ in ("cc", "punct"):
                cut -= 1
            end = min(end, cut)
    return max(end, start + 1)


def _verb_cues(sent: SpacySpan) -> Iterator[_Found]:
    for cue in sent:
        lemma = cue.lemma_.lower()
        if lemma not in lexicon.CUES or cue.pos_ != "VERB":
            continue
        subjects = [c for c in cue.children if c.dep_ in _SUBJECT_DEPS]
        if not subjects and cue.dep_ == "conj":  # "X said A and added B"
            outer = _outer_cue(cue)
            head = outer if outer is not None else cue.head
            subjects = [c for c in head.children if c.dep_ in _SUBJECT_DEPS]
        if not subjects:
            continue
        subject = subjects[0]
        comps = [
            c
            for c in cue.children
            if c.dep_ in ("ccomp", "parataxis")
            and not (c.left_edge.i <= subject.i <= c.right_edge.i)
        ]
        contents: list[Span] = []
        doc = cue.doc
        for comp in comps:
            start, end = _subtree_bounds(comp)
            end = _cut_inner_cues(comp, start, end)
            contents.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
        if not contents and lemma in lexicon.SPEECH_CUES:
            # Colon and dash lead-ins: "The minister said: ..."
            for tok in doc[cue.i + 1 : sent.end]:
                if tok.text in (":", "\u2014", "--"):
                    contents.append((tok.idx + len(tok), sent.end_char))
                    break
        if not contents and lemma not in lexicon.SPEECH_CUES:
            continue  # "expected delays": a belief needs a clause
        cue_text, cue_span = _cue_text(cue)
        yield _Found(
            source_head=subject,
            source=_source_span(subject),
            cue=cue_text,
            cue_span=cue_span,
            contents=contents,
            channel=_channel(cue),
        )


def _adjacent(text: str, a: int, b: int) -> bool:
    """Only punctuation and space between offsets a and b."""
    return a <= b and not re.search(r"[\w]", text[a:b])


def _attach_quotes(
    ctx: DocContext, found: _Found, quotes: list[Quote], sent: SpacySpan
) -> None:
    """Direct speech: quotes beside the source and cue become the content."""
    text = ctx.text
    region_start = min(found.source.start_char, found.cue_span[0])
    region_end = max(found.source.end_char, found.cue_span[1])
    if found.channel:
        m = re.match(
            r"\s*(?:on|in|via|during|at|through|over)\s+[^,.:;\"\u201c]{1,40}",
            text[region_end : sent.end_char],
        )
        if m:
            region_end += m.end()
    before = [
        q
        for q in quotes
        if q.end <= region_start
        and q.start >= sent.start_char - 1
        and _adjacent(text, q.end, region_start)
    ]
    after = [
        q
        for q in quotes
        if q.start >= region_end
        and q.start <= sent.end_char + 1
        and _adjacent(text, region_end, q.start - 1)
        # `"A," he said, "B."` splits a quote; `he said. "B."` starts a new one,
        # however the parser cut the sentences.
        and not re.search(r"[.!?]", text[region_end : q.start - 1])
    ]
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
    actor = resolve_source(ctx, index, f.source_head) if index is not None else None
    if actor is not None:
        return actor.name, False
    named = _appos_name(f.source_head)
    if named:
        return named, False
    head = f.source_head
    vague = bool(lexicon.VAGUE_HEADS & {head.lemma_.lower(), head.lower_})
    return _core_mention(f), vague


def _make(
    ctx: DocContext, index: ActorIndex | None, f: _Found, contents: list[Span]
) -> AttributionClaim:
    source, vague = _source_name(ctx, index, f)
    source_span = (f.source.start_char, f.source.end_char)
    lo = min(source_span[0], f.cue_span[0], contents[0][0])
    hi = max(source_span[1], f.cue_span[1], contents[-1][1])
    return AttributionClaim(
        text=ctx.text[lo:hi],
        span=(lo, hi),
        source=source,
        source_text=ctx.text[source_span[0] : source_span[1]],
        source_span=source_span,
        cue=f.cue,
        cue_span=f.cue_span,
        content=" ".join(ctx.text[a:b] for a, b in contents),
        content_span=(contents[0][0], contents[-1][1]),
        content_spans=tuple(contents) if len(contents) > 1 else (),
        channel=f.channel,
        direct=f.direct,
        vague=vague,
        **ctx.where(lo),
    )


def _all_quoted(contents: list[Span], quotes: list[Quote]) -> bool:
    """Every content span is (nearly all of) one quotation."""
    return all(
        any(
            q.start <= c[0]
            and c[1] <= q.end
            and (c[1] - c[0]) >= 0.9 * (q.end - q.start)
            for q in quotes
        )
        for c in contents
    )


def extract(ctx: DocContext) -> Iterator[AttributionClaim]:
    """Yield attributions in text order, continued quotes included."""
    index: ActorIndex | None = ctx.actors
    quotes = find_quotes(ctx)
    made: list[AttributionClaim] = []
    # "according to" needs the word: most texts skip that token scan.
    according = "according" in ctx.text.lower()
    for sent in ctx.sentences:
        found = [*_according_to(sent)] if according else []
        for f in [*found, *_verb_cues(sent)]:
            if f.cue != "according to":
                _attach_quotes(ctx, f, quotes, sent)
            contents = _content(ctx, f.contents, f.direct)
            if contents and not f.direct and _all_quoted(contents, quotes):
                # 'Pelosi told reporters: "We have the votes."': a lead-in quote.
                f.direct = True
                contents = _content(ctx, f.contents, True)
            if contents:
                made.append(_make(ctx, index, f, contents))
    made.extend(list(_continuations(ctx, made, quotes)))
    made.sort(key=lambda a: a.span)
    yield from made


def _continuations(
    ctx: DocContext, made: list[AttributionClaim], quotes: list[Quote]
) -> Iterator[AttributionClaim]:
    """A quote with no cue of its own, right after a direct quote, keeps its speaker."""
    pool = list(made)  # grows as continuations are found: a quote can continue one
    covered = [s for a in pool for s in (a.content_spans or (a.content_span,))]
    cues = sorted(a.cue_span[0] for a in pool)
    for q in quotes:
        if any(c[0] < q.end and q.start < c[1] for c in covered):
            continue
        prior = [a for a in pool if a.direct and a.span[1] <= q.start]
        if not prior:
            continue
        last = max(prior, key=lambda a: a.span[1])
        if ctx.paragraph_of(q.start) - last.paragraph > 1:
            continue
        if any(last.span[1] <= c < q.start for c in cues):
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
            content=ctx.text[span[0] : span[1]],
            content_span=span,
            channel=last.channel,
            direct=True,
            vague=last.vague,
            **ctx.where(span[0]),
        )
        covered.append(span)
        pool.append(att)
        yield att
