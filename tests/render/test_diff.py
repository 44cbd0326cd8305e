"""render/diff.py: the diff as text, JSON lines and one-line claim summaries."""

from __future__ import annotations

import json

from factcheck.diff import diff_claims
from factcheck.render.diff import (
    content_excerpts,
    heading,
    render_jsonl,
    render_text,
    summary,
)
from tests.test_diff import count, ext, quote


def test_content_excerpts_keep_a_few_words_around_the_change() -> None:
    old = "we are firm and we are not going to back away from our goal today"
    new = "we are firm and we are going to back away from our goal today"
    a, b = content_excerpts(old, new, context=2)
    assert a == "\u2026we are not going to\u2026"
    assert b == "\u2026we are going to\u2026"
    assert content_excerpts("same words", "same words") == ("same words", "same words")


def test_summary_names_a_claim_by_its_facts() -> None:
    assert summary(count(2200, "security personnel", modifier="more_than")) == (
        ">2,200 security personnel"
    )
    assert summary(quote("SNAI", "all hostages had been freed")) == (
        "SNAI said: \u201call hostages had been freed\u201d"
    )


def test_changed_count_renders_in_text_and_jsonl() -> None:
    old = ext(count(50, "prison guards", source="authorities"), name="v1")
    new = ext(count(57, "prison guards", source="authorities"), name="v2")
    text = "Fifty prison guards were freed.\n"
    diff = diff_claims(old, new, old_text=text, new_text=text)
    assert heading(diff, old, new) == "v1 -> v2\n0 added, 0 removed, 1 changed"
    lines = render_text(diff, old, new, text, text).splitlines()
    assert lines[0].startswith("--- v1\t(published 2023-09-02)")
    assert lines[2] == "@@ paragraph 0 @@ Fifty prison guards were freed."
    assert lines[-1] == "~ value: 50 -> 57"
    (row,) = [json.loads(line) for line in render_jsonl(diff).splitlines()]
    assert row["change"] == "changed"
    assert row["fields"] == [{"name": "value", "old": 50, "new": 57}]


def test_no_change_renders_a_header_and_a_note() -> None:
    same = ext(count(50, "prison guards"), name="v1")
    diff = diff_claims(same, same)
    assert render_jsonl(diff) == ""
    assert heading(diff, same, same).endswith("no claim changes")
