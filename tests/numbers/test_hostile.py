"""Hostile number strings (#16 item 3): huge exponents, huge digit strings and
ID-like tokens are plain text, read at once, and never crash the scan."""

from __future__ import annotations

import pytest

from factcheck.numbers import find_numbers, parse_number
from factcheck.numbers.tokens import MAX_DIGITS, tokenize


@pytest.mark.parametrize(
    "text",
    [
        "The counter read 1e99999999 after the glitch.",
        "The counter read 1e9999999 after the glitch.",
        "The counter read 2.5E-12345 after the glitch.",
        "The counter read 10^999999 after the glitch.",
        "The counter read 10^-999999 after the glitch.",
        "The counter read 3x10^1000 after the glitch.",
        "The counter read 1e99^99 after the glitch.",
    ],
)
def test_huge_exponents_are_plain_text(text: str) -> None:
    assert find_numbers(text) == []


def test_a_five_thousand_digit_number_is_plain_text() -> None:
    digits = "7" * 5000
    text = f"Order {digits} shipped with 3 boxes."
    found = find_numbers(text)
    assert [(m.text, m.value) for m in found] == [("3", 3)]
    assert parse_number(digits) is None


def test_a_long_id_beside_a_count_leaves_the_count() -> None:
    text = "Ticket 4815162342481516234248151623424 covers 12 seats."
    assert [(m.text, m.value) for m in find_numbers(text)] == [("12", 12)]


def test_digit_strings_up_to_the_cap_are_still_numbers() -> None:
    just_under = "9" * MAX_DIGITS
    assert tokenize(just_under).kinds == ["number"]
    assert tokenize(just_under + "9").kinds == ["word"]
    assert parse_number("1,000,000,000,000") == 10**12


def test_small_exponents_still_read() -> None:
    found = find_numbers("The probe counted 6.02e23 atoms and 1e-5 errors.")
    assert [m.value for m in found] == [602 * 10**21, 1e-05]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The rate was 2.48x10-5 per hour.", 2.48e-05),
        ("The rate was 7.1x10^-3 per hour.", 0.0071),
        ("The rate was 3 x10^4 per hour.", 3),
    ],
)
def test_powers_of_ten_have_no_float_noise(text: str, value: float) -> None:
    assert find_numbers(text)[0].value == value
