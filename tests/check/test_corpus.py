"""The corpus: correct copy checked against true facts gives no error, and each
error planted in a story's twin is found exactly once (fixtures/check/corpus).

Each story is <story>.txt (correct), <story>.reference.yaml (true facts),
<story>.planted.txt (the same story with errors planted) and
<story>.expected.yaml (the planted errors: rule, line and optionally the quoted
text). Findings of the copy-style rules (vague-attribution, unattributed-count)
and fact-unmentioned are not errors of fact and are left out of the comparison.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from tests.conftest import FIXTURES

CORPUS = FIXTURES / "check" / "corpus"
STORIES = sorted(
    p.name.removesuffix(".reference.yaml") for p in CORPUS.glob("*.reference.yaml")
)
STYLE = {"vague-attribution", "unattributed-count", "fact-unmentioned"}


def _findings(article: Path, reference: Path) -> list[dict[str, object]]:
    from factcheck.cli import cli

    result = CliRunner().invoke(
        cli,
        [
            "check",
            str(article),
            "--reference",
            str(reference),
            "--format",
            "json",
            "-q",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code in (0, 1), result.output
    (doc,) = json.loads(result.stdout)["files"]
    return [f for f in doc["findings"] if f["rule"] not in STYLE]


def test_the_corpus_has_eight_stories() -> None:
    assert len(STORIES) >= 8
    for story in STORIES:
        for suffix in (".txt", ".planted.txt", ".expected.yaml"):
            assert (CORPUS / f"{story}{suffix}").is_file(), f"{story}{suffix}"


@pytest.mark.model
@pytest.mark.parametrize("story", STORIES)
def test_correct_copy_gives_no_finding_of_fact(story: str) -> None:
    found = _findings(CORPUS / f"{story}.txt", CORPUS / f"{story}.reference.yaml")
    assert [(f["rule"], f["line"], f["message"]) for f in found] == []


@pytest.mark.model
@pytest.mark.parametrize("story", STORIES)
def test_each_planted_error_is_found_exactly_once(story: str) -> None:
    planted = CORPUS / f"{story}.planted.txt"
    expected = yaml.safe_load((CORPUS / f"{story}.expected.yaml").read_text())
    found = _findings(planted, CORPUS / f"{story}.reference.yaml")
    assert len(found) == len(expected), [
        (f["rule"], f["line"], f["message"]) for f in found
    ]
    text = planted.read_text(encoding="utf-8")
    for want in expected:
        hits = [
            f for f in found if f["rule"] == want["rule"] and f["line"] == want["line"]
        ]
        assert len(hits) == 1, (want, [(f["rule"], f["line"]) for f in found])
        if "text" in want:
            start, end = hits[0]["span"]
            assert want["text"] in text[start:end], (want, text[start:end])
