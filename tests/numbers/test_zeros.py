"""find_zero_counts: the text-only candidates for zero counts."""

from __future__ import annotations

from factcheck.numbers import find_zero_counts


def _candidates(text: str) -> list[tuple[str, int]]:
    return [(m.text, m.start) for m in find_zero_counts(text)]


def test_no_and_none_of_are_candidates_with_value_zero() -> None:
    text = "No trains ran and none of the buses came."
    found = find_zero_counts(text)
    assert [(m.text, m.value, m.modifier) for m in found] == [
        ("No", 0, "exact"),
        ("none", 0, "exact"),
    ]
    assert all(text[m.number_start : m.number_end] == m.text for m in found)


def test_idioms_and_qualifiers_are_not_candidates() -> None:
    text = (
        "No one left. It is no longer open, no doubt. No more than 5 came; "
        "none came later. It had no other choice."
    )
    assert _candidates(text) == []


def test_a_no_inside_a_word_is_not_a_candidate() -> None:
    assert _candidates("Nonetheless, the casino and the piano stayed.") == []
