"""Article text -> the canonical text the parser reads, and offsets mapped back.

Claims must not depend on how a story is wrapped or spaced. The parser therefore
reads a canonical form: each paragraph (see paragraphs.paragraph_spans) on one
line, every run of whitespace inside it (spaces, tabs, NBSP and the other Unicode
spaces, hard-wrap line breaks) one space, paragraphs separated by one newline,
and nothing before the first or after the last (a final newline token can end
up inside the last entity of a one-line text). Two versions that differ only in whitespace have the
same canonical text, so the same parse and the same claims; the spans found in it
are mapped back so that they index the text as written.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import TypeVar

from .paragraphs import paragraph_spans
from .records import Claim, Diagnostic, Span

# Any whitespace run but a lone space (which the canonical text keeps as it is).
_SPACE_RUN = re.compile(r"(?! (?!\s))\s+")
_C = TypeVar("_C", bound=Claim)


@dataclass(frozen=True, slots=True)
class Canonical:
    """A canonical text and the way back to the original.

    Attributes:
        text: the canonical text.
        original: the text as written.
    """

    text: str
    original: str
    # Every whitespace run the canonical text replaced: canonical offset, its
    # length there (0 or 1), original offset, its length there. Text between two
    # replacements is copied, so offsets there differ by a constant.
    _c_at: list[int] = dataclasses.field(default_factory=list, repr=False)
    _c_len: list[int] = dataclasses.field(default_factory=list, repr=False)
    _o_at: list[int] = dataclasses.field(default_factory=list, repr=False)
    _o_len: list[int] = dataclasses.field(default_factory=list, repr=False)

    def _char(self, offset: int) -> tuple[int, int]:
        """The original offset of canonical `offset`, as (start, end) of the
        character there; the whole run when it is a replaced whitespace run."""
        k = bisect.bisect_right(self._c_at, offset) - 1
        if k < 0:
            return offset, offset + 1
        if self._c_at[k] + self._c_len[k] <= offset:  # copied after replacement k
            shift = self._o_at[k] + self._o_len[k] - self._c_at[k] - self._c_len[k]
            return offset + shift, offset + shift + 1
        return self._o_at[k], self._o_at[k] + self._o_len[k]

    def start(self, offset: int) -> int:
        """The original offset where canonical character `offset` begins."""
        if offset >= len(self.text):
            return len(self.original)
        return self._char(offset)[0]

    def end(self, offset: int) -> int:
        """The original offset where canonical text up to `offset` ends."""
        if offset <= 0:
            return self.start(0)
        return self._char(min(offset, len(self.text)) - 1)[1]

    def span(self, span: Span) -> Span:
        """A canonical span as a span of the original text.

        An empty span stays empty; a span that covers a replaced whitespace run
        covers all of it in the original, so text[start:end] keeps every space.
        """
        start, end = span
        if end <= start:
            return (self.start(start), self.start(start))
        return (self.start(start), self.end(end))

    def claim(self, claim: _C) -> _C:
        """A claim found in the canonical text, with spans into the original.

        `text` and `source_text` are re-read from the original so that they equal
        the text their span covers; the other fields (names, content, counted
        thing) keep their canonical spacing, which whitespace edits leave alone.
        """
        if self.is_identity:
            return claim
        changes: dict[str, object] = {}
        for name in ("span", "counted_span", "source_span", "cue_span", "content_span"):
            value = getattr(claim, name, None)
            if value is not None:
                changes[name] = self.span(value)
        for name in ("mentions", "content_spans"):
            value = getattr(claim, name, None)
            if value:
                changes[name] = tuple(self.span(s) for s in value)
        start, end = changes["span"]  # type: ignore[misc]
        changes["text"] = self.original[start:end]
        if "source_span" in changes and hasattr(claim, "source_text"):
            a, b = changes["source_span"]  # type: ignore[misc]
            changes["source_text"] = self.original[a:b]
        return dataclasses.replace(claim, **changes)  # type: ignore[arg-type]

    def diagnostic(self, diagnostic: Diagnostic) -> Diagnostic:
        """A diagnostic whose span, if any, points into the original."""
        if diagnostic.span is None or self.is_identity:
            return diagnostic
        return dataclasses.replace(diagnostic, span=self.span(diagnostic.span))

    @property
    def is_identity(self) -> bool:
        """Whether the canonical text is the original (nothing to map)."""
        return not self._c_at


def canonicalize(text: str) -> Canonical:
    """The canonical form of an article text (see the module docstring).

    Args:
        text: the article as written.

    Returns:
        The canonical text with the map back to `text`.
    """
    parts: list[str] = []
    c_at: list[int] = []
    c_len: list[int] = []
    o_at: list[int] = []
    o_len: list[int] = []
    size = 0  # length of the canonical text so far
    pos = 0  # original offset copied up to

    def replace(start: int, end: int, by: str) -> None:
        nonlocal size, pos
        parts.append(text[pos:start])
        size += start - pos
        if by == text[start:end]:
            parts.append(by)  # nothing replaced: keep it a copy
        else:
            c_at.append(size)
            c_len.append(len(by))
            o_at.append(start)
            o_len.append(end - start)
            parts.append(by)
        size += len(by)
        pos = end

    spans = paragraph_spans(text)
    end = 0  # of the previous paragraph
    for a, b in spans:
        replace(end, a, "\n" if end else "")
        for m in _SPACE_RUN.finditer(text, a, b):
            replace(m.start(), m.end(), " ")
        end = b
    replace(end, len(text), "")  # trailing whitespace: dropped
    return Canonical("".join(parts), text, c_at, c_len, o_at, o_len)
