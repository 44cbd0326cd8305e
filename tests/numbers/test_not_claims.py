"""Numbers that are not claims (#17 item 5, numbers side): markup, footnote marks,
list markers, URLs, file paths, compounds and error margins."""

from __future__ import annotations

import pytest

from factcheck.numbers import find_numbers


def _texts(text: str) -> list[str]:
    return [m.text for m in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The strike lasted 9 days.[14] Unions disagreed.[citation needed]", ["9 days"]),
        ("Turnout was 61%.[b][note 7]", ["61%"]),
        ('<post id="1188320045" likes="52">Crowds of 300 gathered</post>', ["300"]),
        ('<img src="pier.jpg" width="800" height="600"/> 40 boats sank.', ["40"]),
        ("Download it from https://example.org/files/2021/7/report-33.pdf today.", []),
        ("The log is at /srv/data/run_42/out-7.txt on the server.", []),
        (r"Open C:\Reports\q3\sales2.xlsx first.", []),
        ("The 8 talks were held one-on-one.", ["8"]),
        ("The mass was 9.81 +/- 0.02 kg and 12.5±0.5 g.", ["9.81", "12.5"]),
    ],
)  # fmt: skip
def test_markup_paths_and_margins_are_not_numbers(text: str, kept: list[str]) -> None:
    assert _texts(text) == kept


def test_list_markers_at_line_starts_are_not_counts() -> None:
    text = "Today's stories:\n1. Floods close 14 roads\n2) Mayor resigns\n 3. Rates rise"
    assert _texts(text) == ["14"]


def test_a_list_marker_alone_on_its_line_is_not_a_count() -> None:
    # A cut that takes an item's headline leaves its number behind.
    text = (
        "Top stories:\n\n1. Floods close 14 roads.\n\n2.\n\n"
        "The mayor quit on Friday.\n\n(3)\n"
    )
    assert _texts(text) == ["14"]
    # A count wrapped onto a line of its own is still a count.
    assert _texts("The number of rescued climbers had reached\n12.\n") == ["12"]


def test_a_hard_wrapped_count_is_not_a_list_marker() -> None:
    text = "By noon the tally of rescued climbers had reached\n12. Officials said more."
    assert _texts(text) == ["12"]
    assert _texts(" ".join(text.split())) == ["12"]


def test_numbers_that_start_a_line_are_still_counts() -> None:
    text = "Overnight:\n12 people were rescued.\n1.5 million homes lost power."
    assert _texts(text) == ["12", "1.5 million"]


def test_a_margin_of_error_on_its_own_is_kept() -> None:
    assert _texts("The poll's margin of error is +/- 3 points.") == ["3"]


def test_comparisons_are_not_markup() -> None:
    assert _texts("Flag rows where x<10 and y>20.") == ["<10", ">20"]
