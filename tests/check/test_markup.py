"""check/markup.py: rule switches in .md and .html comments."""

from __future__ import annotations

from factcheck.check import RULES
from factcheck.check.markup import disabled_rules


def test_check_disable_comments() -> None:
    assert disabled_rules("<!-- factcheck-disable vague-attribution -->") == {
        "vague-attribution"
    }
    assert disabled_rules(
        "<!--factcheck-disable unattributed-count, fact-unmentioned-->"
    ) == {"unattributed-count", "fact-unmentioned"}
    assert disabled_rules("<!-- factcheck-disable -->") == set(RULES)
    assert disabled_rules("<!-- other -->") == frozenset()
