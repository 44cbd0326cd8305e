"""Hostile input for attributions: chains of cues in one endless sentence.

Issue 16 item 4: every cue of such a sentence used to carry the rest of it as
content, so the output grew with the square of the input. These tests assert
sizes and counts; the time is measured in benchmarks/bench_hostile.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from factcheck.cli import cli
from factcheck.extract.attributions import MAX_CONTENT, _outers


def _attributions(path: Path) -> tuple[list[dict], int]:
    """(attribution claims, bytes of JSON output) for one file."""
    result = CliRunner().invoke(
        cli, ["extract", str(path), "--format", "json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    atts = [c for c in data["claims"] if c.get("kind") == "attribution"]
    return atts, len(result.stdout.encode())


def _within_cap(att: dict) -> bool:
    """Content no further than MAX_CONTENT characters from either end of the cue."""
    start, end = att["content_span"]
    return start >= att["cue_span"][0] - MAX_CONTENT and end <= (
        att["cue_span"][1] + MAX_CONTENT
    )


@pytest.mark.model
def test_according_chain_output_is_linear(tmp_path: Path) -> None:
    unit = "prices rose according to police and "
    text = unit * (20_000 // len(unit))
    path = tmp_path / "according.txt"
    path.write_text(text + "\n", encoding="utf-8")
    atts, size = _attributions(path)
    cues = [a for a in atts if a["cue"] == "according to"]
    # Each cue reports the words between its neighbours, not the whole sentence.
    assert len(cues) >= text.count("according to") - 2
    assert max(len(a["content"]) for a in cues) < 3 * len(unit)
    assert all("according" not in a["content"] for a in cues)
    assert size < 40 * len(text)


@pytest.mark.model
def test_said_chain_content_is_capped(tmp_path: Path) -> None:
    text = "he said " * 1_250  # 10 KB, one sentence, a cue every 8 characters
    path = tmp_path / "said.txt"
    path.write_text(text + "\n", encoding="utf-8")
    atts, size = _attributions(path)
    assert len(atts) > 100
    assert all(_within_cap(a) for a in atts)
    assert max(len(a["content"]) for a in atts) <= 2 * MAX_CONTENT
    assert max(a["span"][1] - a["span"][0] for a in atts) <= 2 * MAX_CONTENT + 100
    # Linear: a bounded amount per claim, and at most a claim per cue.
    assert len(atts) <= text.count("said")
    assert size < 1_000 * len(text)


@pytest.mark.model
def test_two_according_cues_each_keep_their_own_clause(tmp_path: Path) -> None:
    path = tmp_path / "two.txt"
    path.write_text(
        "Bread prices rose 5 percent in May, according to the ministry, "
        "and rents fell 2 percent, according to the tenants' union.\n",
        encoding="utf-8",
    )
    atts, _ = _attributions(path)
    by_source = {a["source_text"]: a for a in atts if a["cue"] == "according to"}
    assert set(by_source) == {"the ministry", "the tenants' union"}
    ministry = by_source["the ministry"]["content"]
    union = by_source["the tenants' union"]["content"]
    assert ministry.startswith("Bread prices rose 5 percent in May")
    assert "union" not in ministry and "ministry" not in union
    assert "rents fell 2 percent" in union and "Bread" not in union


@pytest.mark.model
def test_ordinary_story_content_is_untouched_by_the_cap(tmp_path: Path) -> None:
    quote = " ".join(f"We counted {n} cells and {n + 1} doors." for n in range(40))
    quote += " We are done"
    path = tmp_path / "story.txt"
    path.write_text(f'"{quote}," the warden said.\n', encoding="utf-8")
    atts, _ = _attributions(path)
    said = [a for a in atts if a["cue"] == "said"]
    assert len(said) == 1 and said[0]["direct"]
    assert said[0]["content"] == quote  # over 1,000 characters, under the cap


@dataclass
class _Att:
    cue_span: tuple[int, int]
    content_span: tuple[int, int]
    content_spans: tuple[tuple[int, int], ...]


def _pairwise_outer(i: int, items: list[_Att]) -> int | None:
    """The innermost other item whose content holds item i's cue, one by one."""
    best, best_width = None, 0
    for j, o in enumerate(items):
        if j == i or not any(
            s[0] <= items[i].cue_span[0] < s[1]
            for s in (o.content_spans or (o.content_span,))
        ):
            continue
        width = o.content_span[1] - o.content_span[0]
        if best is None or width < best_width:
            best, best_width = j, width
    return best


_span = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(
    lambda t: (t[0], t[0] + t[1])
)


@st.composite
def _atts(draw: st.DrawFn) -> _Att:
    cue = draw(_span)
    parts = sorted(draw(st.lists(_span, min_size=1, max_size=3)))
    whole = (parts[0][0], max(p[1] for p in parts))
    return _Att(cue, whole, tuple(parts) if len(parts) > 1 else ())


@given(st.lists(_atts(), max_size=12))
def test_outers_sweep_matches_the_pairwise_test(items: list[_Att]) -> None:
    assert _outers(items) == [  # type: ignore[arg-type]
        _pairwise_outer(i, items) for i in range(len(items))
    ]
