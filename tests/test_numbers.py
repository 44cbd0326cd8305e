"""Unit tests for factcheck.numbers: number finding and normalization."""

from __future__ import annotations

import itertools

import pytest

from factcheck.numbers import NumberMention, find_numbers, parse_number


def _only(text: str) -> NumberMention:
    """The single mention found in text."""
    found = find_numbers(text)
    assert len(found) == 1, found
    return found[0]


def _values(text: str) -> list[int | float]:
    return [m.value for m in find_numbers(text)]


# ---------------------------------------------------------------- qualifiers
def test_numbers_more_than_span_includes_qualifier() -> None:
    text = "More than 2,200 people were killed."
    m = _only(text)
    assert (m.value, m.modifier, m.unit) == (2200, "more_than", None)
    assert m.text == "More than 2,200" == text[m.start : m.end]
    assert text[m.number_start : m.number_end] == "2,200"


@pytest.mark.parametrize("qualifier", ["over", "above", "exceeding", "more than"])
def test_numbers_more_than_synonyms(qualifier: str) -> None:
    m = _only(f"Prices rose {qualifier} 300 points.")
    assert (m.value, m.modifier) == (300, "more_than")
    assert m.text == f"{qualifier} 300"


@pytest.mark.parametrize("qualifier", ["at least", "no fewer than", "no less than"])
def test_numbers_at_least(qualifier: str) -> None:
    m = _only(f"The quake killed {qualifier} six people.")
    assert (m.value, m.modifier, m.text) == (6, "at_least", f"{qualifier} six")


@pytest.mark.parametrize(
    "qualifier", ["about", "around", "roughly", "approximately", "some", "an estimated"]
)
def test_numbers_about(qualifier: str) -> None:
    m = _only(f"Officials said {qualifier} 1.5 million were displaced.")
    assert (m.value, m.modifier) == (1_500_000, "about")
    assert m.text == f"{qualifier} 1.5 million"


@pytest.mark.parametrize("qualifier", ["nearly", "almost", "close to"])
def test_numbers_nearly(qualifier: str) -> None:
    m = _only(f"Turnout reached {qualifier} 90 percent.")
    assert (m.value, m.modifier, m.unit) == (90, "nearly", "percent")


@pytest.mark.parametrize("qualifier", ["up to", "as many as", "no more than"])
def test_numbers_at_most(qualifier: str) -> None:
    m = _only(f"The firm will cut {qualifier} 700 jobs.")
    assert (m.value, m.modifier) == (700, "at_most")


@pytest.mark.parametrize("qualifier", ["fewer than", "less than", "under", "below"])
def test_numbers_less_than(qualifier: str) -> None:
    m = _only(f"Support fell to {qualifier} 500 voters.")
    assert (m.value, m.modifier) == (500, "less_than")


def test_numbers_exact_without_qualifier() -> None:
    assert _only("Police arrested 12 people.").modifier == "exact"


def test_numbers_postfix_or_more_is_at_least() -> None:
    m = _only("Families with 100 or more members qualify.")
    assert (m.value, m.modifier, m.text) == (100, "at_least", "100 or more")


def test_numbers_postfix_plus_is_at_least() -> None:
    assert [
        (m.value, m.modifier) for m in find_numbers("50+ people, 20-plus years")
    ] == [
        (50, "at_least"),
        (20, "at_least"),
    ]


def test_numbers_over_with_duration_is_not_a_bound() -> None:
    found = find_numbers("It lost $2,000 over 3 years but grew for over 30 years.")
    assert [(m.value, m.modifier, m.unit) for m in found] == [
        (2000, "exact", "USD"),
        (3, "exact", "year"),
        (30, "more_than", "year"),
    ]


# ---------------------------------------------------------------- ranges
def test_numbers_range_between_and() -> None:
    m = _only("They were aged between 18 and 24.")
    assert (m.value, m.value_max, m.modifier) == (18, 24, "range")
    assert m.text == "between 18 and 24"


def test_numbers_range_from_to_shares_unit() -> None:
    m = _only("The rate rose from 10 to 20 percent.")
    assert (m.value, m.value_max, m.modifier, m.unit) == (10, 20, "range", "percent")
    assert m.text == "from 10 to 20 percent"


def test_numbers_range_x_to_y() -> None:
    m = _only("Take two to three weeks off.")
    assert (m.value, m.value_max, m.unit) == (2, 3, "week")


def test_numbers_range_dash() -> None:
    m = _only("The town is 10-15 km away.")
    assert (m.value, m.value_max, m.modifier, m.unit) == (10, 15, "range", "km")


def test_numbers_range_scale_applies_to_both_ends() -> None:
    m = _only("It will cost $3-5 million.")
    assert (m.value, m.value_max, m.unit) == (3_000_000, 5_000_000, "USD")
    m = _only("Between 3 and 5 million people fled.")
    assert (m.value, m.value_max) == (3_000_000, 5_000_000)


def test_numbers_range_from_bounds_pair() -> None:
    m = _only("x is larger than 10 and smaller than 20.")
    assert (m.value, m.value_max, m.modifier) == (10, 20, "range")


def test_numbers_score_and_vote_are_not_ranges() -> None:
    assert _values("They won 3-1 and the court ruled 6 to 3.") == [3, 1, 6, 3]


# ---------------------------------------------------------------- number forms
def test_numbers_digits_with_thousands_separators() -> None:
    assert _values("There are 12,567 words and 1,234,567 letters.") == [12567, 1234567]


def test_numbers_decimal_is_float_and_integral_is_int() -> None:
    a, b = find_numbers("Growth was 3.75 and then 4.0 points.")
    assert a.value == 3.75 and isinstance(a.value, float)
    assert b.value == 4 and isinstance(b.value, int)


def test_numbers_scale_word_after_digits() -> None:
    m = _only("About 1.5 million people voted.")
    assert m.value == 1_500_000 and isinstance(m.value, int)
    assert _only("They found 3 million files.").value == 3_000_000


def test_numbers_currency_abbreviated_scale() -> None:
    m = _only("The company lost $3m last year.")
    assert (m.value, m.unit, m.text) == (3_000_000, "USD", "$3m")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a £1.2bn deal", 1_200_000_000, "GBP"),
        ("a \u20ac500,000 fine", 500_000, "EUR"),
        ("1.5 billion yen", 1_500_000_000, "JPY"),
        ("US$5 million", 5_000_000, "USD"),
        ("1,000 rupees", 1000, "INR"),
    ],
)
def test_numbers_currencies_to_iso_codes(text: str, value: int, unit: str) -> None:
    m = _only(text)
    assert (m.value, m.unit) == (value, unit)


def test_numbers_percent_sign_and_words() -> None:
    found = find_numbers("Sales rose 40% and costs 12 per cent, or 3 percent.")
    assert [(m.value, m.unit, m.text) for m in found] == [
        (40, "percent", "40%"),
        (12, "percent", "12 per cent"),
        (3, "percent", "3 percent"),
    ]


def test_numbers_percentage_points() -> None:
    assert _only("It rose 0.5 percentage points.").unit == "percentage_point"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("5 miles", 5, "mile"), ("10kg", 10, "kg"), ("27-kilometre", 27, "km"),
     ("40C", 40, "celsius"), ("the 100m final", 100, "m")],
)  # fmt: skip
def test_numbers_measures_get_unit(text: str, value: int, unit: str) -> None:
    m = _only(text)
    assert (m.value, m.unit) == (value, unit)


@pytest.mark.parametrize(
    ("word", "value"), [("Fifty", 50), ("seven", 7), ("a hundred", 100), ("zero", 0)]
)
def test_numbers_words(word: str, value: int) -> None:
    m = _only(f"{word} soldiers were deployed.")
    assert (m.value, m.text) == (value, word)


def test_numbers_hyphenated_words() -> None:
    m = _only("Fifty-two people were injured.")
    assert (m.value, m.text) == (52, "Fifty-two")


def test_numbers_compound_words_with_and() -> None:
    assert _only("three hundred and sixty-five days").value == 365
    assert _only("two thousand and two hundred").value == 2200


def test_numbers_dozen_forms() -> None:
    assert _values("two dozen officers and a dozen eggs") == [24, 12]


def test_numbers_half_a_million() -> None:
    m = _only("Half a million people fled.")
    assert (m.value, m.text) == (500_000, "Half a million")


def test_numbers_and_a_half() -> None:
    assert _only("It took two and a half years.").value == 2.5
    assert _only("five and a half million fish").value == 5_500_000


def test_numbers_fraction_words() -> None:
    assert _values("a third of voters backed a two-thirds majority") == [
        pytest.approx(1 / 3),
        pytest.approx(2 / 3),
    ]


def test_numbers_fraction_digits_and_mixed() -> None:
    assert _values("a 1/4 inch gap and 2 1/2 years") == [0.25, 2.5]


def test_numbers_one_in_five_is_a_ratio() -> None:
    m = _only("One in five adults smoke.")
    assert m.value == pytest.approx(0.2)


def test_numbers_half_after_qualifier() -> None:
    m = _only("More than half of residents left.")
    assert (m.value, m.modifier) == (0.5, "more_than")


def test_numbers_negative() -> None:
    assert _values("It fell to -5 degrees, or minus 10 overnight.") == [-5, -10]


@pytest.mark.parametrize(
    ("text", "value"),
    [("dozens", 24), ("hundreds", 200), ("thousands", 2000),
     ("tens of thousands", 20000)],
)  # fmt: skip
def test_numbers_vague_magnitudes_are_lower_bounds(text: str, value: int) -> None:
    m = _only(f"{text} of people marched.")
    assert (m.value, m.modifier, m.vague, m.text) == (value, "at_least", True, text)


def test_numbers_vague_with_currency() -> None:
    m = _only("It cost millions of dollars.")
    assert (m.value, m.unit, m.vague) == (2_000_000, "USD", True)


# ---------------------------------------------------------------- exclusions
@pytest.mark.parametrize(
    "text",
    ["It was the first time.", "He came 4th.", "the 21st century",
     "the twenty-first century", "a second later", "a third term"],
)  # fmt: skip
def test_numbers_ordinals_are_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text", ["at 3:30 pm", "at 10am", "at 4:17 a.m.", "at 9 o'clock"]
)
def test_numbers_clock_times_are_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text",
    ["on May 4th", "on August 9", "on 9 August 2023", "on 2023-09-02",
     "on 5/12/2020", "on Jan. 6, 2021", "the 9/11 attacks"],
)  # fmt: skip
def test_numbers_dates_are_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text", ["in 2019", "since 1990", "the 1990s", "the '90s", "the 2013-14 season"]
)
def test_numbers_years_are_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


def test_numbers_year_like_value_with_qualifier_is_a_count() -> None:
    m = _only("more than 2000 people")
    assert (m.value, m.modifier) == (2000, "more_than")


@pytest.mark.parametrize(
    "text",
    ["COVID-19", "flight MH370", "Article 50", "192.168.1.2", "call 555-123-4567",
     "10 Downing Street", "5G networks", "the G7", "No. 10", "the S&P 500",
     "see https://example.com/page/42"],
)  # fmt: skip
def test_numbers_identifiers_are_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text",
    ["No one died.", "Someone said so.", "Anyone can go.", "He is the one who did it.",
     "Which one do you prefer?", "a new one", "one another"],
)  # fmt: skip
def test_numbers_pronoun_one_is_not_a_number(text: str) -> None:
    assert find_numbers(text) == []


def test_numbers_one_of_them_is_a_count() -> None:
    m = _only("One of them was hurt.")
    assert (m.value, m.text) == (1, "One")


def test_numbers_articles_alone_are_not_numbers() -> None:
    assert find_numbers("A man bought an apple.") == []


def test_numbers_named_entities_with_number_words() -> None:
    assert find_numbers("the Formula One season and the Big Four banks") == []


# ---------------------------------------------------------------- invariants
def test_numbers_spans_are_sorted_and_consistent() -> None:
    text = (
        "More than 2,200 people died, about 1.5 million fled and $3m, 40% and "
        "between 3 and 5 km were reported in 2019 by one of the agencies."
    )
    found = find_numbers(text)
    assert len(found) == 6
    for prev, cur in itertools.pairwise(found):
        assert prev.end <= cur.start
    for m in found:
        assert m.text == text[m.start : m.end]
        assert m.start <= m.number_start < m.number_end <= m.end


def test_numbers_empty_and_numberless_text() -> None:
    assert find_numbers("") == []
    assert find_numbers("The minister resigned on Tuesday.") == []


# ---------------------------------------------------------------- parse_number
@pytest.mark.parametrize(
    ("text", "value"),
    [("Fifty-two", 52), ("two dozen", 24), ("1.5 million", 1_500_000),
     ("3m", 3_000_000), ("half a million", 500_000), ("a hundred", 100),
     ("2,200", 2200), ("$3m", 3_000_000), ("40%", 40), ("one and a half", 1.5),
     ("minus 5", -5), ("two thirds", pytest.approx(2 / 3))],
)  # fmt: skip
def test_numbers_parse_number(text: str, value: object) -> None:
    assert parse_number(text) == value


def test_numbers_parse_number_returns_int_when_integral() -> None:
    assert isinstance(parse_number("1.5 million"), int)


@pytest.mark.parametrize("text", ["hello", "a", "first", "", "one two", "3:30"])
def test_numbers_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_numbers_qualifier_does_not_cross_paragraph_or_symbol_line_break() -> None:
    (m,) = find_numbers("<!-- note -->\n\nFifty guards were freed.")
    assert (m.text, m.modifier) == ("Fifty", "exact")
    (m,) = find_numbers("was over\n\n50 people")
    assert m.modifier == "exact"
    # Hard-wrapped copy keeps a word qualifier across a single line break.
    (m,) = find_numbers("more than\n2,200 personnel")
    assert (m.value, m.modifier) == (2200, "more_than")
