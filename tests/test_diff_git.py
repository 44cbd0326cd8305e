"""diff from git: REV:path versions, --git BASE [HEAD], and the README's git recipes.

Every test builds its own repository in tmp_path; git runs with no global or
system configuration, so a developer's aliases or textconv filters cannot leak in.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

import factcheck
from factcheck.cli import cli
from factcheck.errors import InputError
from factcheck.gitio import (
    ChangedFile,
    GitPath,
    changed_articles,
    parse_git_path,
    read_blob,
)

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None, reason="git is not installed"
)

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / "docs" / "recipes" / "claims.yml"

STORY = """\
---
title: Harbour
published: 2024-03-08
---
The harbour authority said on Tuesday that 40 ferries were cancelled.

About 1,200 passengers waited at the terminal, officials said.
"""
NOTES = "The council said 12 roads were closed on Monday.\n"
ADDED = "The mayor said 300 volunteers helped clear the beach.\n"


@pytest.fixture()
def git_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """An environment where git reads no user or system configuration."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "HOME": str(home),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_NAME": "Desk",
        "GIT_AUTHOR_EMAIL": "desk@example.org",
        "GIT_COMMITTER_NAME": "Desk",
        "GIT_COMMITTER_EMAIL": "desk@example.org",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return {**os.environ, **env}


def git(repo: Path, *args: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, check=True, capture_output=True, text=True, env=env
    ).stdout


@pytest.fixture()
def repo(
    tmp_path: Path, git_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Two commits: story.md renamed to harbour.md with 40 -> 45 ferries,
    notes.txt deleted, new.txt added, code.py changed (not an article)."""
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "story.md").write_text(STORY)
    (repo / "notes.txt").write_text(NOTES)
    (repo / "code.py").write_text("print(1)\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "first")
    git(repo, "mv", "story.md", "harbour.md")
    (repo / "harbour.md").write_text(STORY.replace("40 ferries", "45 ferries"))
    git(repo, "rm", "-q", "notes.txt")
    (repo / "new.txt").write_text(ADDED)
    (repo / "code.py").write_text("print(2)\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "second")
    monkeypatch.chdir(repo)
    return repo


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


# -- gitio ---------------------------------------------------------------------------


def test_parse_git_path_reads_rev_colon_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert parse_git_path("HEAD~1:story.md") == GitPath("HEAD~1", "story.md")
    assert parse_git_path("main:copy/a:b.md") == GitPath("main", "copy/a:b.md")
    assert parse_git_path(":story.md") == GitPath("", "story.md")  # the index
    assert parse_git_path("story.md") is None
    assert parse_git_path("-") is None
    assert parse_git_path("C:\\copy\\story.md") is None
    # A file whose name has a colon is a file when it exists, as for git.
    (tmp_path / "v1:story.txt").write_text(NOTES)
    assert parse_git_path("v1:story.txt") is None


def test_read_blob_is_the_stored_version(repo: Path) -> None:
    assert read_blob(GitPath("HEAD~1", "story.md")).decode() == STORY
    assert b"45 ferries" in read_blob(GitPath("HEAD", "harbour.md"))
    with pytest.raises(InputError, match=r"HEAD:story\.md: git: .*story\.md.* exist"):
        read_blob(GitPath("HEAD", "story.md"))
    (repo / "copy").mkdir()
    (repo / "copy" / "a.md").write_text(NOTES)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "folder")
    with pytest.raises(InputError, match="is a tree in git, not a file"):
        read_blob(GitPath("HEAD", "copy"))


def test_changed_articles_follow_renames_and_skip_code(repo: Path) -> None:
    files = changed_articles("HEAD~1", "HEAD")
    assert sorted(files, key=lambda f: f.new or f.old or "") == [
        ChangedFile(status="R", old="story.md", new="harbour.md"),
        ChangedFile(status="A", old=None, new="new.txt"),
        ChangedFile(status="D", old="notes.txt", new=None),
    ]
    assert changed_articles("HEAD~1", "HEAD", ("new.txt",)) == [
        ChangedFile(status="A", old=None, new="new.txt")
    ]
    (repo / "harbour.md").write_text(STORY.replace("40 ferries", "50 ferries"))
    assert changed_articles("HEAD") == [
        ChangedFile(status="M", old="harbour.md", new="harbour.md")
    ]


def test_unknown_revision_is_bad_input(repo: Path) -> None:
    with pytest.raises(InputError, match="unknown revision"):
        changed_articles("no-such-branch", "HEAD")
    result = run("diff", "--git", "no-such-branch", "HEAD")
    assert result.exit_code == 3
    assert result.stderr.startswith("error[FC301]: no-such-branch: unknown revision")
    missing = run("diff", "HEAD~1:nope.md", "harbour.md")
    assert missing.exit_code == 3 and "HEAD~1:nope.md" in missing.stderr


def test_outside_a_repository_git_names_the_problem(
    tmp_path: Path, git_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    result = run("diff", "HEAD:story.md", "other.md")
    assert result.exit_code == 3
    assert "not a git repository" in result.stderr


def test_diff_wants_two_versions_or_git() -> None:
    assert run("diff", "only-one.txt").exit_code == 2
    assert run("diff", "--git").exit_code == 2


# -- the command ------------------------------------------------------------------


@pytest.mark.model
def test_diff_rev_path_against_the_working_file(repo: Path) -> None:
    result = run("diff", "HEAD~1:story.md", "harbour.md", "--format", "text")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert (
        lines[0] == "--- HEAD~1:story.md\t(published 2024-03-08)"
    )  # front matter read
    assert "~ value: 40 -> 45" in lines
    assert not any("1,200" in line for line in lines)  # unchanged claims stay out


@pytest.mark.model
def test_diff_reads_blobs_raw_not_through_textconv(repo: Path) -> None:
    # A textconv filter (like the recipe's) must not feed claims back in.
    git(repo, "config", "diff.garble.textconv", "tr a-z A-Z")
    (repo / ".gitattributes").write_text("*.md diff=garble\n")
    result = run("diff", "HEAD~1:story.md", "HEAD:harbour.md", "-f", "jsonl")
    changes = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(c["kind"], c["change"]) for c in changes} == {
        ("count", "changed"),
        ("attribution", "changed"),
    }


@pytest.mark.model
def test_diff_a_path_with_a_colon_on_disk_is_a_file(repo: Path) -> None:
    (repo / "v1:notes.txt").write_text(NOTES)
    (repo / "v2:notes.txt").write_text(NOTES.replace("12 roads", "14 roads"))
    result = run("diff", "v1:notes.txt", "v2:notes.txt", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    (change,) = [
        json.loads(line) for line in result.stdout.splitlines() if '"count"' in line
    ]
    assert change["fields"] == [{"name": "value", "old": 12, "new": 14}]


@pytest.mark.model
def test_diff_git_gives_one_section_per_changed_article(repo: Path) -> None:
    result = run("diff", "--git", "HEAD~1", "HEAD", "--format", "json", "--exit-code")
    assert result.exit_code == 1, result.stderr
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    files = {f["file"]: f for f in data["files"]}
    assert set(files) == {"harbour.md", "new.txt", "notes.txt"}  # code.py is no article
    renamed = files["harbour.md"]
    assert renamed["status"] == "R"
    assert renamed["old"]["id"] == "HEAD~1:story.md"
    assert renamed["new"]["id"] == "HEAD:harbour.md"
    assert {(c["kind"], c["change"]) for c in renamed["changes"]} == {
        ("count", "changed"),
        ("attribution", "changed"),
    }
    added, deleted = files["new.txt"], files["notes.txt"]
    assert added["status"] == "A" and added["old"]["id"] == "/dev/null"
    assert added["changes"] and {c["change"] for c in added["changes"]} == {"added"}
    assert deleted["status"] == "D" and deleted["new"]["id"] == "/dev/null"
    assert deleted["changes"] and {c["change"] for c in deleted["changes"]} == {
        "removed"
    }
    # The jsonl lines say which file each change is in.
    jsonl = run("diff", "--git", "HEAD~1", "HEAD", "-f", "jsonl", "--kinds", "count")
    docs = [json.loads(line)["document"] for line in jsonl.stdout.splitlines()]
    assert sorted(set(docs)) == ["harbour.md", "new.txt", "notes.txt"]


@pytest.mark.model
def test_diff_git_without_head_reads_the_working_tree_and_paths_limit(
    repo: Path,
) -> None:
    (repo / "harbour.md").write_text(STORY.replace("40 ferries", "60 ferries"))
    (repo / "new.txt").write_text(ADDED.replace("300", "350"))
    result = run("diff", "--git", "HEAD", "harbour.md", "-f", "tsv", "--kinds", "count")
    assert result.exit_code == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert header.split("\t") == [
        "document",
        "change",
        "kind",
        "paragraph",
        "claim",
        "details",
    ]
    assert [r.split("\t")[0] for r in rows] == ["harbour.md"]  # new.txt left out
    assert rows[0].split("\t")[-1] == "value: 45 -> 60"


@pytest.mark.model
def test_github_annotations_point_at_the_new_lines(repo: Path) -> None:
    result = run(
        "diff", "--git", "HEAD~1", "HEAD", "--format", "github", "--kinds", "count"
    )
    assert result.exit_code == 0, result.stderr
    notes = result.stdout.splitlines()
    assert all(n.startswith("::notice ") for n in notes)
    renamed = next(n for n in notes if "file=harbour.md" in n)
    props = dict(
        p.split("=", 1) for p in renamed[len("::notice ") :].split("::")[0].split(",")
    )
    line = (repo / "harbour.md").read_text().splitlines()[int(props["line"]) - 1]
    assert line[int(props["col"]) - 1 : int(props["endColumn"]) - 1] == "45"
    assert props["endLine"] == props["line"]
    assert renamed.endswith(
        "::count changed: 45 ferries [harbour authority] (value: 40 -> 45)"
    )
    # A deleted file's removed claims name the file in the message, not file=.
    deleted = next(n for n in notes if "12 roads" in n)
    assert "file=" not in deleted and "::notes.txt: count removed: 12 roads" in deleted
    assert len([n for n in notes if "file=new.txt" in n]) == 1  # one per change


@pytest.mark.model
def test_markdown_summary_lists_files_with_changes(repo: Path) -> None:
    result = run(
        "diff", "--git", "HEAD~1", "HEAD", "--format", "markdown", "--kinds", "count"
    )
    text = result.stdout
    assert text.startswith("### factcheck: claim changes\n")
    assert "1 added, 1 removed, 1 changed in 3 of 3 files." in text
    assert "#### `harbour.md` (renamed from `story.md`)" in text
    assert (
        "| ~ | count | 0 | 45 ferries [harbour authority] | value: 40 \u2192 45 |"
        in text
    )
    assert "#### `notes.txt` (deleted)" in text


# -- the README recipes ----------------------------------------------------------


def _factcheck_on_path(tmp_path: Path, env: dict[str, str]) -> dict[str, str]:
    """A `factcheck` (and a recording `gh`) on PATH: this checkout, this Python."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    src = Path(factcheck.__file__).resolve().parent.parent
    script = bin_dir / "factcheck"
    script.write_text(
        f"#!/bin/sh\nPYTHONPATH={shlex.quote(str(src))} "
        f'exec {shlex.quote(sys.executable)} -m factcheck "$@"\n'
    )
    gh = bin_dir / "gh"
    gh.write_text(f'#!/bin/sh\necho "$@" >> {shlex.quote(str(tmp_path / "gh.log"))}\n')
    for f in (script, gh):
        f.chmod(0o755)
    return {**env, "PATH": f"{bin_dir}{os.pathsep}{env['PATH']}"}


@pytest.mark.model
def test_textconv_recipe_makes_git_diff_show_claims(
    repo: Path, tmp_path: Path, git_env: dict[str, str]
) -> None:
    env = _factcheck_on_path(tmp_path, git_env)
    # The README's recipe, as written:
    git(repo, "config", "diff.factcheck.textconv", "factcheck textconv", env=env)
    (repo / ".gitattributes").write_text("*.md diff=factcheck\n*.txt diff=factcheck\n")
    out = git(repo, "diff", "HEAD~1", "HEAD", "--", "story.md", "harbour.md", env=env)
    assert "-count: 40 ferries [harbour authority]\n" in out
    assert "+count: 45 ferries [harbour authority]\n" in out
    assert " count: ~1,200 passengers [officials]\n" in out  # unchanged: context
    assert "cancelled.\n" not in out  # the words themselves are not shown


@pytest.mark.model
def test_difftool_recipe_runs_factcheck_diff_per_file(
    repo: Path, tmp_path: Path, git_env: dict[str, str]
) -> None:
    env = _factcheck_on_path(tmp_path, git_env)
    out = git(
        repo, "difftool", "-y", "-x", "factcheck diff --format text -q",
        "HEAD~1", "HEAD", "--", "story.md", "harbour.md", env=env,
    )  # fmt: skip
    assert "+ count 45 ferries [harbour authority]" in out
    assert "~ value: 40 -> 45" in out


@pytest.mark.model
def test_ci_workflow_recipe_annotates_summarizes_and_comments(
    repo: Path, tmp_path: Path, git_env: dict[str, str]
) -> None:
    """Run the workflow's factcheck steps in a pull-request-like checkout."""
    env = _factcheck_on_path(tmp_path, git_env)
    git(repo, "branch", "-q", "feature")
    git(repo, "reset", "-q", "--hard", "HEAD~1")  # main is the base
    origin = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", str(repo), str(origin))
    checkout = tmp_path / "checkout"
    git(tmp_path, "clone", "-q", "-b", "feature", str(origin), str(checkout))
    summary = tmp_path / "summary.md"
    env = {**env, "BASE": "origin/main", "PR": "7", "GITHUB_STEP_SUMMARY": str(summary)}
    workflow = yaml.safe_load(WORKFLOW.read_text())
    steps = workflow["jobs"]["claims"]["steps"]
    assert workflow["jobs"]["claims"]["env"]["BASE"] == "origin/${{ github.base_ref }}"
    outputs = []
    for step in steps:
        command = step.get("run", "")
        if "factcheck diff" not in command:
            continue  # checkout, setup-python and pip install are GitHub's part
        done = subprocess.run(
            ["bash", "-eo", "pipefail", "-c", command],
            cwd=checkout, env=env, capture_output=True, text=True,
        )  # fmt: skip
        assert done.returncode == 0, (step.get("name"), done.stderr)
        outputs.append(done.stdout)
    assert len(outputs) == 3
    assert "::notice file=harbour.md,line=5" in outputs[0]
    assert "#### `harbour.md` (renamed from `story.md`)" in summary.read_text()
    assert (tmp_path / "gh.log").read_text() == "pr comment 7 --body-file claims.md\n"
    assert (checkout / "claims.md").read_text() == summary.read_text()


def test_ranges_read_as_git_diff_reads_them(repo: Path) -> None:
    from factcheck.gitio import split_range

    first = git(repo, "rev-parse", "HEAD~1").strip()
    git(repo, "checkout", "-q", "-b", "side", "HEAD~1")
    (repo / "side.txt").write_text(ADDED)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "side")
    assert split_range("main..side") == ("main", "side")
    assert split_range("main...side") == (first, "side")  # from the merge base
    assert split_range("HEAD~1") == ("HEAD~1", None)
    # Three dots: only what the side branch changed, not main's later commits.
    base, head = split_range("main...side")
    assert changed_articles(base, head) == [
        ChangedFile(status="A", old=None, new="side.txt")
    ]
