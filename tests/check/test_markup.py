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


def test_html_positions_carry_the_end_into_the_file() -> None:
    from factcheck.check import Finding, Severity
    from factcheck.check.markup import html_positions

    text = "Intro.\nThe riot left 13 people dead."
    raw = "<p>Intro.</p>\n<p>The riot left\n13 people dead.</p>"
    start = text.index("13")
    finding = Finding(
        rule="count-mismatch",
        severity=Severity.ERROR,
        message="m",
        span=(start, start + 2),
        line=2,
        col=15,
        end_line=2,
        end_col=17,
    )
    (moved,) = html_positions([finding], text, raw)
    assert (moved.line, moved.col, moved.end_line, moved.end_col) == (3, 1, 3, 3)
