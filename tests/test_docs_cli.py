"""The README's shell sessions (```shellsession blocks) run as written.

The blocks run in order in one emulated shell session, as a reader would type
them: each starts where the previous one left off (its last `cd`), from a
scratch folder where seeds/ and fixtures/ are the project's, with `factcheck`
on PATH. The text under each block's commands is its expected stdout.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import factcheck

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "README.md"
WORKFLOW = ROOT / "docs" / "recipes" / "claims.yml"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def console_blocks(markdown: str) -> list[tuple[list[str], str]]:
    """(commands, expected stdout) of each ```shellsession block.

    (Not ```console: test_readme runs those lines alone, without a shell,
    pipes or the git repository a session builds.)
    """
    blocks = []
    for body in re.findall(r"^```shellsession\n(.*?)^```", markdown, re.S | re.M):
        lines = body.splitlines(keepends=True)
        commands = [line[2:].rstrip("\n") for line in lines if line.startswith("$ ")]
        output = "".join(line for line in lines if not line.startswith("$ "))
        blocks.append((commands, output))
    return blocks


def _session(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    for name in ("seeds", "fixtures"):
        (scratch / name).symlink_to(ROOT / name)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    src = Path(factcheck.__file__).resolve().parent.parent
    shim = bin_dir / "factcheck"
    shim.write_text(
        f"#!/bin/sh\nPYTHONPATH={shlex.quote(str(src))} "
        f'exec {shlex.quote(sys.executable)} -m factcheck "$@"\n'
    )
    shim.chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "HOME": str(home),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_NAME": "Desk",
        "GIT_AUTHOR_EMAIL": "desk@example.org",
        "GIT_COMMITTER_NAME": "Desk",
        "GIT_COMMITTER_EMAIL": "desk@example.org",
        "COLUMNS": "100",
        "NO_COLOR": "1",
    }
    env.pop("FACTCHECK_MODEL", None)
    return scratch, env


_SEP = "\x1e"  # ends each command's output


def run_blocks(tmp_path: Path, blocks: list[tuple[list[str], str]]) -> list[list[str]]:
    """Each block's commands' stdouts, one string per command."""
    scratch, env = _session(tmp_path)
    state = tmp_path / "cwd"
    state.write_text(str(scratch))
    outputs = []
    for commands, _ in blocks:
        script = f'cd "$(cat {shlex.quote(str(state))})"\n'
        script += "".join(f"{c}\nprintf '{_SEP}'\n" for c in commands)
        script += f"pwd > {shlex.quote(str(state))}\n"
        done = subprocess.run(
            ["bash", "-c", script], env=env, capture_output=True, text=True
        )
        outputs.append(done.stdout.split(_SEP)[: len(commands)])
    return outputs


@pytest.mark.model
def test_console_examples_print_what_the_docs_show(tmp_path: Path) -> None:
    blocks = console_blocks(DOCS.read_text(encoding="utf-8"))
    assert len(blocks) >= 8
    outputs = run_blocks(tmp_path, blocks)
    for (commands, expected), got in zip(blocks, outputs, strict=True):
        assert "".join(got) == expected, "\n".join(commands)


def test_docs_workflow_is_the_recipe_file() -> None:
    text = DOCS.read_text(encoding="utf-8")
    blocks = re.findall(r"^```yaml\n(.*?)^```", text, re.S | re.M)
    (block,) = [b for b in blocks if b.startswith("# .github/workflows/")]
    assert block == WORKFLOW.read_text(encoding="utf-8")
    # YAML 1.1 reads the key `on` as True.
    assert yaml.safe_load(block)[True] == "pull_request"


def fill_outputs() -> None:
    """Rewrite the outputs under each command after a deliberate change:
    python -c "from tests.test_docs_cli import fill_outputs; fill_outputs()"
    (then review the diff).
    """
    import tempfile

    text = DOCS.read_text(encoding="utf-8")
    blocks = console_blocks(text)
    with tempfile.TemporaryDirectory() as tmp:
        outputs = iter(run_blocks(Path(tmp), blocks))

    def fill(match: re.Match[str]) -> str:
        commands = [c for c in match.group(1).splitlines() if c.startswith("$ ")]
        got = next(outputs)
        body = "".join(f"{c}\n{out}" for c, out in zip(commands, got, strict=True))
        return f"```shellsession\n{body}```"

    filled = re.sub(r"^```shellsession\n(.*?)^```", fill, text, flags=re.S | re.M)
    DOCS.write_text(filled, encoding="utf-8")
