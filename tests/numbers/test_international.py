"""Numbers seen in international copy (#17 item 6): abbreviated scales, Indian
scales, fractions, negatives, vague words with conventional values and numbers
restated in brackets."""

from __future__ import annotations

import pytest

from factcheck.numbers import find_numbers


def _read(text: str) -> list[tuple[str, int | float, str, str | None, bool]]:
    return [(m.text, m.value, m.modifier, m.unit, m.vague) for m in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("The clip passed 100K views by noon.", "100K", 100_000, None),
        ("Her channel has 2.5K subscribers.", "2.5K", 2_500, None),
        ("The striker signed for £80K a week.", "£80K", 80_000, "GBP"),
        ("The port upgrade will cost $3.5bn.", "$3.5bn", 3_500_000_000, "USD"),
        ("The airline lost €1.2bn last year.", "€1.2bn", 1_200_000_000, "EUR"),
        ("About 1.2 lakh pilgrims arrived.", "1.2 lakh", 120_000, None),
        ("The state set aside 3 crore for roads.", "3 crore", 30_000_000, None),
        ("Losses ran into 450 crores.", "450 crores", 4_500_000_000, None),
        ("The bridge cost Rs 12 crore.", "Rs 12 crore", 120_000_000, "INR"),
        ("Nearly 2 lakh 40 thousand voters enrolled.", "2 lakh 40 thousand",
         240_000, None),
        ("The cabinet cleared a Rs.800 crore scheme.", "Rs.800 crore",
         8_000_000_000, "INR"),
        ("They unveiled a Rs 75,000-crore plan.", "Rs 75,000-crore",
         750_000_000_000, "INR"),
        ("The 1.5-lakh target was missed.", "1.5-lakh", 150_000, None),
        ("Toronto signed a $2.4-billion transit deal.", "$2.4-billion",
         2_400_000_000, "USD"),
        ("It was a six-million-dollar mistake.", "six-million-dollar",
         6_000_000, "USD"),
        ("The levy raised KSh 12 billion.", "KSh 12 billion", 12_000_000_000,
         "KES"),
        ("The metro spent R120m on buses.", "R120m", 120_000_000, "ZAR"),
    ],
)  # fmt: skip
def test_abbreviated_and_indian_scales(
    text: str, mention: str, value: int, unit: str | None
) -> None:
    found = [m for m in find_numbers(text) if mention in m.text]
    assert len(found) == 1, find_numbers(text)
    assert (found[0].value, found[0].unit) == (value, unit)


@pytest.mark.parametrize(
    "text", ["The 4K screens were sold out.", "They watched it on an 8K display."]
)
def test_screen_resolutions_are_not_thousands(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text", ["Masks rated N95 ran out.", "Take the R2 towards town."]
)
def test_letter_codes_are_not_currencies(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Only 1/5 of the ballots were counted.", 0.2),
        ("Two-thirds of the members voted yes.", 2 / 3),
        ("One in five households has no car.", 0.2),
        ("Three out of four shops had closed.", 0.75),
    ],
)
def test_fractions(text: str, value: float) -> None:
    assert [m.value for m in find_numbers(text)] == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Net migration was -1.2 million last year.", -1_200_000, None),
        ("It was minus 5 degrees at dawn.", -5, "degree"),
        ("The balance stood at −340 after the fees.", -340, None),
    ],
)
def test_negatives(text: str, value: int, unit: str | None) -> None:
    found = find_numbers(text)
    assert [(m.value, m.unit) for m in found] == [(value, unit)]


def test_vague_words_get_their_conventional_value() -> None:
    text = (
        "A couple of lorries and a pair of vans were stopped; a dozen drivers "
        "and a few passengers were questioned."
    )
    assert _read(text) == [
        ("A couple", 2, "about", None, True),
        ("a pair", 2, "exact", None, True),
        ("a dozen", 12, "exact", None, True),
        ("a few", 3, "about", None, True),
    ]


def test_vague_words_with_scales_and_qualifiers() -> None:
    assert _read("A couple hundred fans and about a dozen police waited.") == [
        ("A couple hundred", 200, "about", None, True),
        ("about a dozen", 12, "about", None, True),
    ]
    # "a few" before a scale word stays a lower bound, as "several hundred" does
    assert _read("A few thousand people marched.") == [
        ("A few thousand", 2000, "at_least", None, True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Quite a few readers wrote in.",
        "The young couple moved away.",
        "The couple were married in May.",
        "Not a few of them objected.",
    ],
)
def test_couple_and_few_that_are_not_counts(text: str) -> None:
    assert find_numbers(text) == []


def test_a_number_restated_in_brackets_is_one_count() -> None:
    text = "Forty-five (45) homes flooded and 12 (twelve) roads closed for ten (10) days."
    assert _read(text) == [
        ("Forty-five (45)", 45, "exact", None, False),
        ("12 (twelve)", 12, "exact", None, False),
        ("ten (10) days", 10, "exact", "day", False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The pitch is 100 metres (328 feet) long.",
        "Group 5 (6 players) left.",
    ],
)
def test_bracketed_conversions_and_other_numbers_stay_apart(text: str) -> None:
    assert len(find_numbers(text)) == 2


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("The coffee costs 3,20 at the station.", "3,20", 3.2),
        ("Growth slowed to 0,8 in the spring.", "0,8", 0.8),
        ("Sales were 12.345,67 by March.", "12.345,67", 12345.67),
        ("The fee is 5,00.", "5,00", 5),
    ],
)
def test_decimal_commas(text: str, mention: str, value: float) -> None:
    assert [(m.text, m.value) for m in find_numbers(text)] == [
        (mention, pytest.approx(value))
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Rooms 1,2,3 are shut.", [1, 2, 3]),
        ("Rooms 1,2 and 4 are shut.", [1, 2, 4]),
        ("Lines 10,12, 14 reopened.", [10, 12, 14]),
        ("Lines 4, 10,12 reopened.", [4, 10, 12]),
        ("The club has 1,234 members.", [1234]),
    ],
)
def test_lists_and_thousands_are_not_decimal_commas(
    text: str, values: list[int]
) -> None:
    assert [m.value for m in find_numbers(text)] == values
