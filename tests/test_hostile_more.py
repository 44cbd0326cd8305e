"""Hostile input, continued: config values, far dates, limits, terminal safety.

Each case ends in a documented exit code and one stderr line (or a clean run);
none takes more than a few seconds or 500 MB.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

STORY = "Forty inmates escaped from the harbour prison on Tuesday, police said.\n"
REFERENCE = "counts:\n  - {counted: inmates, value: 40}\n"


def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def one_error_line(result, needle: str) -> str:  # type: ignore[no-untyped-def]
    """Exit 3 with `error[FC30x]: ... needle` as the first line, no traceback."""
    assert result.exit_code == 3, (result.exit_code, result.stderr)
    first: str = result.stderr.splitlines()[0]
    assert first.startswith("error[FC30"), result.stderr
    assert needle in first, result.stderr
    assert "Traceback" not in result.stderr
    return first


@pytest.fixture()
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if the run gets as far as loading spaCy."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the model was loaded before the input was refused")

    monkeypatch.setattr("factcheck.nlp.load_pipeline", refuse)


# -- 1. config values: no truncation, no silent typo, file and line named ------


@pytest.mark.parametrize(
    ("toml", "line", "needle"),
    [
        ("max-edit-distance = inf\n", 2, "whole number from 0 to 5, not inf"),
        ("max-edit-distance = nan\n", 2, "whole number from 0 to 5, not nan"),
        ("max-edit-distance = 2.9\n", 2, "whole number from 0 to 5, not 2.9"),
        ("max-edit-distance = 99\n", 2, "whole number from 0 to 5, not 99"),
        ("about = nan\n", 2, "between 0 and 1, not nan"),
        ("nearly = -inf\n", 2, "between 0 and 1, not -inf"),
        ('severity = ["error"]\n', 2, "severity must be a table"),
        ('[severity]\ncount-mismatch = ["error"]\n', 3, "['error'] is not error"),
        ("severity.count-mismatch = 3\n", 2, "3 is not error"),
        ('fail-on = "error"\nfail_on = "warning"\n', 3, "did you mean 'fail-on'?"),
        ('[severity]\ncount-mismatc = "off"\n', 3, "did you mean 'count-mismatch'?"),
    ],
)
def test_hostile_config_value_refused_with_its_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_model: None,
    toml: str,
    line: int,
    needle: str,
) -> None:
    (tmp_path / "factcheck.toml").write_text("# settings for check\n" + toml)
    (tmp_path / "story.txt").write_text(STORY)
    (tmp_path / "ref.yaml").write_text(REFERENCE)
    monkeypatch.chdir(tmp_path)
    first = one_error_line(run("check", "story.txt", "-r", "ref.yaml"), needle)
    assert f"factcheck.toml:{line}: " in first


def test_hostile_config_whole_float_edit_distance_is_accepted() -> None:
    from factcheck.cli.config import build_config

    config, _ = build_config({"max-edit-distance": 3.0})
    assert config.max_edit_distance == 3


@pytest.mark.parametrize(
    ("toml", "needle"),
    [
        ('tool = "x"\n', "pyproject.toml:1: tool must be a table"),
        ('[project]\nname = "a"\n[tool]\nfactcheck = 3\n', ":4: tool.factcheck must"),
        ("[tool.factcheck]\nabout = 0.1\nfail_on = 'x'\n", ":3: unknown key 'fail_on'"),
    ],
)
def test_hostile_pyproject_shapes_exit_3(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_model: None,
    toml: str,
    needle: str,
) -> None:
    (tmp_path / "pyproject.toml").write_text(toml)
    (tmp_path / "story.txt").write_text(STORY)
    (tmp_path / "ref.yaml").write_text(REFERENCE)
    monkeypatch.chdir(tmp_path)
    args = ["check", "story.txt", "-r", "ref.yaml", "--config", "pyproject.toml"]
    one_error_line(run(*args), needle)


def test_hostile_pyproject_tool_string_is_not_ours_when_searching(
    tmp_path: Path,
) -> None:
    """Found by walking upward, someone else's odd pyproject is skipped, not read."""
    from factcheck.cli.config import find_config

    (tmp_path / "pyproject.toml").write_text('tool = "factcheck"\n')
    assert find_config(tmp_path) is None
