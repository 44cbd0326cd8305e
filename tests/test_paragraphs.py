"""Paragraphs: lines for wire copy, blank-line blocks for wrapped text."""

from __future__ import annotations

from factcheck.paragraphs import paragraph_spans, paragraph_starts


def test_paragraphs_each_line_is_a_paragraph_without_blank_lines() -> None:
    text = "One.\nTwo.\nThree."
    assert paragraph_starts(text) == [0, 5, 10]


def test_paragraphs_blank_lines_separate_wrapped_paragraphs() -> None:
    text = "One line\nwrapped.\n\nTwo.\r\n\r\nThree."
    assert [text[s : s + 3] for s in paragraph_starts(text)] == ["One", "Two", "Thr"]


def test_paragraphs_whitespace_only_lines_are_not_paragraphs() -> None:
    text = "   \nA.\n  \nB."
    assert [text[s] for s in paragraph_starts(text)] == ["A", "B"]


def test_paragraphs_spans_hold_the_words_of_a_wrapped_block() -> None:
    text = "  Fifty guards were\nfreed, officials  \r\nsaid.\n\nNext paragraph.\n"
    assert [text[a:b] for a, b in paragraph_spans(text)] == [
        "Fifty guards were\nfreed, officials  \r\nsaid.",
        "Next paragraph.",
    ]


def test_paragraphs_blank_lines_at_the_edges_keep_line_paragraphs() -> None:
    # A trailing or leading blank line separates nothing: still wire copy.
    text = "\r\n\r\nOne paragraph.\r\nAnother paragraph.\r\n\r\n"
    assert [text[s : s + 3] for s in paragraph_starts(text)] == ["One", "Ano"]


def test_paragraphs_every_line_break_counts_the_same() -> None:
    for br in ("\n", "\r\n", "\r", "\u2028", "\u2029", "\x85"):
        text = f"One.{br}Two.{br}{br}Three."
        assert [text[a:b] for a, b in paragraph_spans(text)] == [
            f"One.{br}Two.",
            "Three.",
        ], repr(br)


def test_paragraphs_a_text_without_words_has_one_empty_paragraph() -> None:
    assert paragraph_spans(" \n\u00a0\n") == []
    assert paragraph_starts(" \n\u00a0\n") == [4]


def test_paragraphs_lone_cr_line_endings_separate_paragraphs() -> None:
    # Old Mac and some CMS exports end lines with a bare CR.
    text = "One line\rwrapped.\r\rTwo.\r\rThree."
    assert [text[s : s + 3] for s in paragraph_starts(text)] == ["One", "Two", "Thr"]
    wire = "One.\rTwo.\rThree."
    assert paragraph_starts(wire) == [0, 5, 10]


def test_paragraphs_crlf_is_one_line_end_not_a_blank_line() -> None:
    text = "One.\r\nTwo.\r\nThree."
    assert paragraph_starts(text) == [0, 6, 12]
