"""check/text.py: head nouns, singulars and edit distance."""

from __future__ import annotations

from factcheck.check import edit_distance, head_noun, same_noun


def test_check_head_noun_and_singular() -> None:
    assert head_noun("prison guards") == "guards"
    assert head_noun("people in the port city") == "people"
    assert same_noun("guards", "guard")
    assert same_noun("prisons", "prison")
    assert same_noun("people", "person")
    assert same_noun("buses", "bus")
    assert not same_noun("guards", "officers")


def test_check_edit_distance_counts_transpositions_once() -> None:
    assert edit_distance("villavicenzio", "villavicencio") == 1
    assert edit_distance("lasso", "lsaso") == 1
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3
