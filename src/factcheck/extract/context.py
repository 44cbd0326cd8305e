"""DocContext: the parsed document, its paragraph/sentence index, claims so far."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from factcheck.paragraphs import paragraph_starts
from factcheck.records import Claim, ClaimKind, Diagnostic

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(slots=True)
class DocContext:
    """Shared, read-mostly state of one document's extraction."""

    doc: Doc
    text: str
    published: dt.date | None
    claims: dict[ClaimKind, list[Claim]] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # The ActorIndex built by actors.extract, read by attributions.extract.
    actors: Any = None
    _para: list[int] = field(default_factory=list)
    _sent: list[int] = field(default_factory=list)
    _sents: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._para = paragraph_starts(self.text)
        self._sents = list(self.doc.sents)
        self._sent = [s.start_char for s in self._sents]

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._para, offset) - 1)

    @property
    def paragraph_count(self) -> int:
        return len(self._para)

    def paragraph_bounds(self, index: int) -> tuple[int, int]:
        start = self._para[index]
        end = self._para[index + 1] if index + 1 < len(self._para) else len(self.text)
        return start, end

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sent, offset) - 1)

    def sentence(self, index: int) -> Span:
        return self._sents[index]

    @property
    def sentences(self) -> list[Span]:
        return self._sents

    def token_at(self, offset: int) -> Token | None:
        """The token covering a character offset (None in whitespace)."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def where(self, start: int) -> dict[str, int]:
        return {
            "sentence": self.sentence_of(start),
            "paragraph": self.paragraph_of(start),
        }

    def warn(
        self, code: str, message: str, span: tuple[int, int] | None = None
    ) -> None:
        self.diagnostics.append(Diagnostic(code=code, message=message, span=span))
