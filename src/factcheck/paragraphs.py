"""Paragraphs of an article: where they start, and the text the parser reads."""

from __future__ import annotations

import re

# A line ends in LF, CRLF, or a lone CR (classic Mac OS, some CMS exports).
# (?!\n): a CRLF is one line end, never a CR line and an LF line.
_NL = r"(?:\r\n|\r(?!\n)|\n)"
_BLANK_LINE = re.compile(rf"{_NL}[ \t\f\v]*{_NL}")
_BREAK = re.compile(rf"{_NL}(?:[ \t\f\v]*{_NL})*")
_LINE = re.compile(_NL)


def uses_blank_lines(text: str) -> bool:
    """Blank lines separate paragraphs (Markdown, wrapped copy); else each line does."""
    return _BLANK_LINE.search(text) is not None


def paragraph_starts(text: str) -> list[int]:
    """Offsets of the first non-space character of each paragraph.

    Paragraphs are blank-line-separated blocks when the text has blank lines,
    otherwise lines (wire copy, the seed article). Whitespace-only ones don't count.
    """
    sep = _BLANK_LINE if uses_blank_lines(text) else _LINE
    starts = []
    pos = 0
    for m in sep.finditer(text):
        if text[pos : m.start()].strip():
            starts.append(pos)
        pos = m.end()
    if text[pos:].strip() or not starts:
        starts.append(pos)
    return [s + (len(text[s:]) - len(text[s:].lstrip())) for s in starts]


def unwrap(text: str) -> str:
    """The text with line breaks inside paragraphs turned into spaces.

    Hard-wrapped copy parses like the same copy unwrapped: a newline token in
    mid-sentence throws off spaCy's tagger and parser. Each character maps to one
    character, so every offset into the result is an offset into the original.
    """
    if not uses_blank_lines(text):
        return text
    return _BREAK.sub(
        lambda m: (
            m.group(0) if len(_LINE.findall(m.group(0))) > 1 else " " * len(m.group(0))
        ),
        text,
    )
