"""Paragraphs of an article: where each one's words start and end."""

from __future__ import annotations

import re

# Line breaks as str.splitlines knows them, but for the vertical tab and form feed
# (layout, read as spaces) and the file/group/record separators.
LINE_BREAK = re.compile(r"\r\n|[\n\r\x85\u2028\u2029]")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, its break left out."""
    lines = []
    pos = 0
    for m in LINE_BREAK.finditer(text):
        lines.append((pos, m.start()))
        pos = m.end()
    lines.append((pos, len(text)))
    return lines


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph's words: no leading or trailing whitespace.

    Paragraphs are blocks of lines between blank lines when a blank line separates
    two lines of text (Markdown, hard-wrapped copy); otherwise each line is one
    (wire copy, the seed article). Blank lines at the very start or end of the text
    don't count, so adding one cannot turn wire copy into one wrapped block. Every
    line break (LF, CRLF, lone CR, U+2028/9, NEL) counts the same, and so does
    every whitespace character in a blank line (spaces, tabs, NBSP).
    """
    lines = [(a, b) for a, b in _lines(text) if text[a:b].strip()]
    if not lines:
        return []
    # A blank line between two lines of text: whether any gap holds two breaks.
    blocks = any(
        len(LINE_BREAK.findall(text, lines[i][1], lines[i + 1][0])) > 1
        for i in range(len(lines) - 1)
    )
    spans: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(lines):
        lo = a + len(text[a:b]) - len(text[a:b].lstrip())
        hi = a + len(text[a:b].rstrip())
        gap = len(LINE_BREAK.findall(text, lines[i - 1][1], a)) if i else 0
        if blocks and gap == 1:
            spans[-1] = (spans[-1][0], hi)  # a wrapped line of the same block
        else:
            spans.append((lo, hi))
    return spans


def paragraph_starts(text: str) -> list[int]:
    """Offsets of the first non-space character of each paragraph.

    See paragraph_spans; a text without words has one paragraph, at its end.
    """
    return [a for a, _ in paragraph_spans(text)] or [len(text)]
