"""Every example in README.md runs as written.

- ```python blocks run in order in one namespace (the API, spaCy and pandas
  recipes; the pandas one only where pandas is installed);
- a ``$ factcheck ...`` line in a plain or ```console block runs, and the lines
  after it must be the start of its output (up to a ``...`` line);
- a ``factcheck ...`` line in a ```sh block runs and must not fail with a usage,
  input or internal error (exit 2, 3 or 70): those show a command, not output.
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT

README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _blocks() -> list[tuple[str, str]]:
    return FENCE.findall(README.read_text(encoding="utf-8"))


def _shown_commands() -> list[tuple[str, list[str]]]:
    """`$ factcheck ...` lines with the output printed under them."""
    found = []
    for lang, body in _blocks():
        if lang not in ("", "console"):
            continue
        lines = body.splitlines()
        for n, line in enumerate(lines):
            if not line.startswith("$ factcheck "):
                continue
            shown = []
            for out in lines[n + 1 :]:
                if out.startswith("$ ") or out == "...":
                    break
                shown.append(out)
            found.append((line[2:], shown))
    return found


def _sh_commands() -> list[str]:
    commands = []
    for lang, body in _blocks():
        if lang != "sh":
            continue
        for line in body.splitlines():
            line = line.split("  #", 1)[0].strip()
            if line.startswith("factcheck ") and "--help" not in line:
                commands.append(line)
    return commands


def _invoke(command: str, tmp_path: Path) -> Any:
    """Run one README command in a scratch folder that sees the project's
    seeds/ and fixtures/ (and ../shared), so examples that write files leave
    nothing in the checkout."""
    from factcheck.cli import cli

    scratch = tmp_path / "project"
    scratch.mkdir()
    for name in ("seeds", "fixtures"):
        (scratch / name).symlink_to(ROOT / name)
    if (ROOT.parent / "shared").exists():
        (tmp_path / "shared").symlink_to(ROOT.parent / "shared")
    argv = shlex.split(command)[1:]
    cwd = Path.cwd()
    os.chdir(scratch)
    try:
        return CliRunner().invoke(
            cli, argv, prog_name="factcheck", catch_exceptions=False
        )
    finally:
        os.chdir(cwd)


SHOWN = _shown_commands()
SH = _sh_commands()


def test_readme_has_examples_of_every_command() -> None:
    commands = {shlex.split(c)[1] for c, _ in SHOWN} | {shlex.split(c)[1] for c in SH}
    assert {"extract", "diff", "check"} <= commands


@pytest.mark.model
@pytest.mark.parametrize(("command", "shown"), SHOWN, ids=[c for c, _ in SHOWN])
def test_readme_shown_output_is_real(
    command: str, shown: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    result = _invoke(command, tmp_path)
    assert result.exit_code in (0, 1), result.output
    got = [line.rstrip() for line in result.stdout.splitlines()]
    assert got[: len(shown)] == [line.rstrip() for line in shown]


@pytest.mark.model
@pytest.mark.parametrize("command", SH)
def test_readme_sh_commands_run(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _invoke(command, tmp_path)
    assert result.exit_code in (0, 1), result.output
