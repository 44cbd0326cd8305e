"""Hostile number strings (#16 item 3): huge exponents, huge digit strings and
ID-like tokens are plain text, read at once, and never crash the scan."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# Fragments a hostile or unlucky document is built from: digits, exponents,
# separators, powers, signs, scales and words.
_FRAGMENTS = st.sampled_from(
    [
        "1e", "E", "9", "99999", "0", ".", ",", "^", "x10", "-", "+", "/", " ",
        "million", "lakh", "K", "bn", "(", ")", "%", "$", "a couple of", "no",
        "±", "[1]", "<b id=", '"', ">", "\n1. ", "one", "-fifths", "and",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=40).map("".join))
def test_any_mix_of_number_fragments_reads_safely(text: str) -> None:
    for mention in find_numbers(text):
        assert 0 <= mention.start <= mention.number_start < mention.number_end
        assert mention.number_end <= mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        for value in (mention.value, mention.value_max):
            if value is not None:
                assert math.isfinite(float(value))
                json.dumps(value)


@pytest.mark.model
def test_the_cli_path_reads_a_hostile_article_at_once() -> None:
    from factcheck import api

    text = (
        f"Batch 1e9999999 and serial {'3' * 5000} were logged; 10^999999 too. "
        "Crews cleared 14 roads."
    )
    claims = api.extract(text, kinds=["count"], published="2024-05-01").claims
    assert [(c.text, c.value) for c in claims] == [("14", 14)]


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "Logged 1e99999999 events.",
        "Logged 1e9999999 events.",
        f"Logged {'8' * 5000} events.",
        "Logged 10^999999 events.",
    ],
)
def test_the_cli_exits_zero_on_huge_numbers(tmp_path, body: str) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from factcheck.cli import cli

    article = tmp_path / "story.txt"
    article.write_text(body, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["extract", str(article), "--format", "json", "--kinds", "count"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["claims"] == []


@pytest.mark.parametrize(
    "text",
    [
        'She said: "We lost 8". Then she left.',
        '"We have 12" pans, he joked.',
    ],
)
def test_a_quote_closing_after_a_number_is_no_inch_mark(text: str) -> None:
    assert [m.unit for m in find_numbers(text)] == [None]
