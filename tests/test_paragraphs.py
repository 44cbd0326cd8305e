"""Paragraphs: lines for wire copy, blank-line blocks for wrapped text; unwrapping."""

from __future__ import annotations

from factcheck.paragraphs import paragraph_starts, unwrap


def test_paragraphs_each_line_is_a_paragraph_without_blank_lines() -> None:
    text = "One.\nTwo.\nThree."
    assert paragraph_starts(text) == [0, 5, 10]


def test_paragraphs_blank_lines_separate_wrapped_paragraphs() -> None:
    text = "One line\nwrapped.\n\nTwo.\r\n\r\nThree."
    assert [text[s : s + 3] for s in paragraph_starts(text)] == ["One", "Two", "Thr"]


def test_paragraphs_whitespace_only_lines_are_not_paragraphs() -> None:
    text = "   \nA.\n  \nB."
    assert [text[s] for s in paragraph_starts(text)] == ["A", "B"]


def test_paragraphs_unwrap_joins_wrapped_lines_and_keeps_offsets() -> None:
    text = "Fifty guards were\nfreed, authorities\r\nsaid.\n\nNext paragraph."
    out = unwrap(text)
    assert out == "Fifty guards were freed, authorities  said.\n\nNext paragraph."
    assert len(out) == len(text)


def test_paragraphs_unwrap_leaves_line_paragraphs_alone() -> None:
    text = "One paragraph.\nAnother paragraph."
    assert unwrap(text) == text


def test_paragraphs_lone_cr_line_endings_separate_paragraphs() -> None:
    # Old Mac and some CMS exports end lines with a bare CR.
    text = "One line\rwrapped.\r\rTwo.\r\rThree."
    assert [text[s : s + 3] for s in paragraph_starts(text)] == ["One", "Two", "Thr"]
    assert unwrap(text) == "One line wrapped.\r\rTwo.\r\rThree."
    wire = "One.\rTwo.\rThree."
    assert paragraph_starts(wire) == [0, 5, 10]


def test_paragraphs_crlf_is_one_line_end_not_a_blank_line() -> None:
    text = "One.\r\nTwo.\r\nThree."
    assert paragraph_starts(text) == [0, 6, 12]
    assert unwrap(text) == text
