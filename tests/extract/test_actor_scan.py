"""The one-pass name scan finds exactly what one regex per name found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.actors import _occurrences


def one_regex_per_name(text: str, names: set[str]) -> dict[str, list[int]]:
    """The scan as it was: quadratic, but the definition of the answer."""
    found = {}
    for name in names:
        starts = [
            m.start()
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)
        ]
        if starts:
            found[name] = starts
    return found


NAMES = ["Ana Ruiz", "Ana", "Ruiz", "AN", "AA", "AA AA", "A-B", "Ána", "UN", "U.N."]


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from([*NAMES, " ", "-", "x", "s", "'s", ".", "\n", "Ab", "é", "_"]),
        max_size=40,
    ),
    names=st.sets(st.sampled_from(NAMES), min_size=1),
)
def test_same_occurrences_as_one_regex_per_name(
    pieces: list[str], names: set[str]
) -> None:
    text = "".join(pieces)
    assert _occurrences(text, names) == one_regex_per_name(text, names)


def test_overlapping_repeats_are_taken_as_finditer_takes_them() -> None:
    # "AA AA AA": the name "AA AA" matches at 0, and at 3 only by overlapping it.
    assert _occurrences("AA AA AA", {"AA AA", "AA"}) == {"AA AA": [0], "AA": [0, 3, 6]}


def test_a_name_inside_a_word_or_hyphenated_is_not_an_occurrence() -> None:
    text = "Ana-Maria met Anastasia; Ana left. _Ana stayed."
    assert _occurrences(text, {"Ana"}) == {"Ana": [25]}
