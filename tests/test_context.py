"""Paragraph indexing: lines for wire copy, blank-line blocks for wrapped text."""

from __future__ import annotations

from factcheck.extract.context import paragraph_starts


def test_context_each_line_is_a_paragraph_without_blank_lines() -> None:
    text = "One.\nTwo.\nThree."
    assert paragraph_starts(text) == [0, 5, 10]


def test_context_blank_lines_separate_wrapped_paragraphs() -> None:
    text = "One line\nwrapped.\n\nTwo.\r\n\r\nThree."
    assert [text[s : s + 3] for s in paragraph_starts(text)] == ["One", "Two", "Thr"]


def test_context_whitespace_only_lines_are_not_paragraphs() -> None:
    text = "   \nA.\n  \nB."
    assert [text[s] for s in paragraph_starts(text)] == ["A", "B"]
