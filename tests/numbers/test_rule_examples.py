"""Every recogniser's EXAMPLES read as written, and the NEGATIVES read as nothing."""

from __future__ import annotations

import pytest

from factcheck.numbers import (
    cardinals,
    digits,
    find_numbers,
    fractional,
    numeric,
    qualifiers,
    quantities,
    ranges,
    restated,
    scanner,
)
from factcheck.numbers.readings import Example

RULE_MODULES = (
    digits, cardinals, fractional, numeric, quantities, qualifiers, ranges, restated,
)  # fmt: skip
EXAMPLES = [
    pytest.param(example, id=f"{module.__name__.rsplit('.', 1)[1]}: {example.text}")
    for module in RULE_MODULES
    for example in module.EXAMPLES
]


@pytest.mark.parametrize("example", EXAMPLES)
def test_rule_example(example: Example) -> None:
    found = find_numbers(example.text)
    assert len(found) == 1, found
    mention = found[0]
    assert example.text[mention.start : mention.end] == mention.text
    got = (mention.text, mention.value, mention.modifier, mention.unit)
    want = (example.mention, example.value, example.modifier, example.unit)
    assert got == want
    assert mention.value_max == example.value_max
    # ints stay ints: 1000000 and 1000000.0 print differently in the JSON output
    assert type(mention.value) is type(example.value)


@pytest.mark.parametrize("text", scanner.NEGATIVES)
def test_negative_example_gives_no_number(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize("module", RULE_MODULES, ids=lambda module: module.__name__)
def test_every_recogniser_family_has_examples(module: object) -> None:
    examples = module.EXAMPLES  # type: ignore[attr-defined]
    assert len(examples) >= 5
    assert len({example.text for example in examples}) == len(examples)
