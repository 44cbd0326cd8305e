"""What every rule reads: the article text indexed, the reference, the claims."""

from __future__ import annotations

import bisect
import re

from factcheck.check.binding import Binder
from factcheck.check.model import CheckConfig
from factcheck.check.text import edit_distance, norm
from factcheck.records import ActorClaim, Claim, Extraction, Span
from factcheck.reference import Fact, NameFact, Reference

# fmt: off
_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep", "lt", "col", "sgt",
    "capt", "jr", "sr", "no", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    "inc", "corp", "co", "ltd", "prof", "rev",
))
# fmt: on
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*\s+|\n\s*")


def _split_sentences(text: str) -> list[Span]:
    """Rough sentence spans; only used to widen each claim's sentence to its ends."""
    spans: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group(0):
            nxt = text[m.end() : m.end() + 1]
            if nxt and not (
                nxt.isupper() or nxt.isdigit() or nxt in "\"'\u201c\u2018("
            ):
                continue
            before = re.search(r"(\w+)[.!?]*$", text[start : m.start() + 1])
            word = before.group(1) if before else ""
            if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                continue
        if text[start : m.start()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


class TextIndex:
    """The article text with its claims, paragraphs and sentences."""

    def __init__(self, extraction: Extraction, text: str) -> None:
        from factcheck.extract.context import paragraph_starts

        self.text = text
        self.claims = extraction.claims
        self.published = extraction.document.published
        self.paragraphs = paragraph_starts(text)
        self._lines = [0] + [m.end() for m in re.finditer("\n", text)]
        rough = _split_sentences(text)
        starts = [s for s, _ in rough]
        self.sentences: dict[int, Span] = {}
        # The extractor numbers sentences (spaCy's) but keeps no spans; widen each
        # claim to its rough sentence and merge the claims that share an index.
        for claim in self.claims:
            i = max(0, bisect.bisect_right(starts, claim.span[0]) - 1)
            lo, hi = rough[i] if rough else (0, len(text))
            lo, hi = min(lo, claim.span[0]), max(hi, claim.span[1])
            if claim.sentence in self.sentences:
                old = self.sentences[claim.sentence]
                lo, hi = min(lo, old[0]), max(hi, old[1])
            self.sentences[claim.sentence] = (lo, hi)

    def sentence(self, claim: Claim) -> Span:
        return self.sentences.get(claim.sentence, claim.span)

    def sentence_text(self, claim: Claim) -> str:
        lo, hi = self.sentence(claim)
        return self.text[lo:hi]

    def paragraph(self, index: int) -> Span:
        if not self.paragraphs:
            return (0, len(self.text))
        index = min(index, len(self.paragraphs) - 1)
        end = (
            self.paragraphs[index + 1]
            if index + 1 < len(self.paragraphs)
            else len(self.text)
        )
        return (self.paragraphs[index], end)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._lines, offset)
        return line, offset - self._lines[line - 1] + 1


class Context:
    """One document under check: its text and claims, the reference, the config.

    Rules read it and record here which reference facts the article mentions
    (`mention`); the name helpers are shared by the rules that compare names.
    """

    def __init__(
        self, doc: TextIndex, reference: Reference, config: CheckConfig
    ) -> None:
        self.doc = doc
        self.ref = reference
        self.config = config
        self.mentioned: set[int] = set()  # id() of facts the article mentions
        # id() of claims a reference rule reported: the consistency rules, which
        # run after, leave them to it (one error, one finding).
        self.reported: set[int] = set()
        self.binder = Binder(doc.text, doc.claims, doc.sentences, doc.published)
        self.actors = [c for c in doc.claims if isinstance(c, ActorClaim)]
        self._actor_facts: dict[int, NameFact | None] = {}  # actor_fact, by id()
        # Every way the reference writes a name, keyed by its comparison form.
        self.variants: dict[str, NameFact] = {}
        for fact in reference.names:
            for variant in (fact.name, *fact.aliases):
                self.variants.setdefault(norm(variant), fact)

    def mention(self, fact: Fact) -> None:
        """Record that the article mentions a reference fact."""
        self.mentioned.add(id(fact))

    def is_mentioned(self, fact: Fact) -> bool:
        return id(fact) in self.mentioned

    def misspelling_distance(self, key: str, variant: str) -> int:
        """The edit distance between two name keys if it looks like a typo, else 0."""
        # Short names (acronyms, "Lasso") tolerate fewer edits: "UN" and "US" are
        # two bodies, not a typo.
        if len(variant) < 4:
            return 0
        limit = min(self.config.max_edit_distance, max(1, len(variant) // 4))
        if abs(len(variant) - len(key)) > limit:
            return 0
        d = edit_distance(key, variant)
        return d if d <= limit else 0

    def close_variant(self, surface: str) -> tuple[str, NameFact] | None:
        """The reference spelling a surface is a misspelling of, if any."""
        key = norm(surface)
        if not key or key in self.variants:
            return None
        best: tuple[int, str, NameFact] | None = None
        for variant, fact in self.variants.items():
            d = self.misspelling_distance(key, variant)
            if d and (best is None or d < best[0]):
                best = (d, variant, fact)
        if best is None:
            return None
        fact = best[2]
        spelled = next(v for v in (fact.name, *fact.aliases) if norm(v) == best[1])
        return spelled, fact

    def actor_fact(self, actor: ActorClaim) -> NameFact | None:
        """The reference name an actor is, exactly or through a misspelling."""
        key = id(actor)
        if key not in self._actor_facts:
            self._actor_facts[key] = self._find_actor_fact(actor)
        return self._actor_facts[key]

    def _find_actor_fact(self, actor: ActorClaim) -> NameFact | None:
        surfaces = [actor.name, *actor.aliases]
        for s in surfaces:
            if norm(s) in self.variants:
                return self.variants[norm(s)]
        for s in surfaces:
            close = self.close_variant(s)
            if close:
                return close[1]
        return None
