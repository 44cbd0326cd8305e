"""Output that pipes: tsv when piped, tables on terminals, CSV columns, warnings."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.cli.options import default_format, out_console, progress

PUBLISHED = ("--published", "2024-03-08")
STORY = (
    "The harbour authority said on Tuesday that 40 ferries were cancelled.\n"
    "About 1,200 passengers waited at the terminal, officials said.\n"
    "Port director Maria Lopez said the backlog would clear by Friday.\n"
)
# An opening quotation mark that never closes: warning FC201.
UNBALANCED = 'The mayor said: "We will rebuild the pier by June.\n'


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_default_format_is_table_on_a_terminal_and_tsv_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdout", _Tty())
    assert default_format(None) == "table"
    assert default_format("-") == "table"
    assert default_format("claims.tsv") == "tsv"  # a file is no terminal
    # With -o FILE the suffix picks among the command's formats.
    assert default_format("claims.CSV", ("tsv", "csv")) == "csv"
    assert default_format("summary.md", ("tsv", "markdown")) == "markdown"
    assert default_format("summary.md", ("tsv", "csv")) == "tsv"
    assert default_format("claims.out", ("tsv", "csv")) == "tsv"
    monkeypatch.setattr("sys.stdout", io.StringIO())
    assert default_format(None) == "tsv"


def test_columns_is_honoured_on_terminals_and_pipes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "140")
    assert out_console(_Tty(), "table").width == 140
    assert out_console(io.StringIO(), "table").width == 140
    monkeypatch.delenv("COLUMNS")
    assert out_console(io.StringIO(), "table").width == 100  # piped: a fixed width


def test_progress_counts_documents_done_of_total() -> None:
    from rich.console import Console

    buf = _Tty()
    err = Console(file=buf, force_terminal=True, width=100, color_system=None)
    assert list(progress(iter(range(3)), 3, err, disable=False)) == [0, 1, 2]
    assert "3/3 documents" in buf.getvalue()
    quiet = _Tty()
    err = Console(file=quiet, force_terminal=True, width=100)
    assert list(progress(iter(range(3)), 3, err, disable=True)) == [0, 1, 2]
    assert quiet.getvalue() == ""


def test_published_names_an_invalid_day(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text(STORY)
    result = run("extract", str(story), "--published", "2023-02-30")
    assert result.exit_code == 2
    assert "the day is invalid (February 2023 has 28 days)" in result.stderr
    assert (
        "there is no month 13"
        in run("extract", str(story), "--published", "2023-13-01").stderr
    )
    leap = run("diff", str(story), str(story), "--published", "2023-02-29")
    assert leap.exit_code == 2 and "February 2023 has 28 days" in leap.stderr


def test_check_help_lists_every_exit_code() -> None:
    text = " ".join(run("check", "--help").stdout.split())
    assert "4 spaCy pipeline missing" in text


@pytest.mark.model
def test_missing_model_hint_names_that_model(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text(STORY)
    result = run("extract", str(story), "--model", "en_core_web_lg", "-f", "csv")
    assert result.exit_code == 4
    assert "python -m spacy download en_core_web_lg" in result.stderr
    assert "en-core-web-sm" not in result.stderr
    assert result.stdout == ""  # no CSV header before the failure


@pytest.mark.model
def test_piped_extract_is_tab_separated_and_table_stays_on_request(
    tmp_path: Path,
) -> None:
    story = tmp_path / "s.txt"
    story.write_text(STORY)
    piped = run("extract", str(story), *PUBLISHED)
    header, *rows = piped.stdout.splitlines()
    assert header.split("\t") == [
        *("document", "id", "kind", "paragraph", "start", "end"),
        *("surface", "normalized", "details"),
    ]
    cells = [r.split("\t") for r in rows]
    assert all(len(c) == 9 for c in cells)
    forty = next(c for c in cells if c[6] == "40")
    assert forty[2] == "count" and STORY[int(forty[4]) : int(forty[5])] == "40"
    assert "counted: ferries" in forty[8]
    table = run("extract", str(story), *PUBLISHED, "--format", "table")
    assert "Counts (2)" in table.stdout and "\t" not in table.stdout
    assert run("extract", str(story), *PUBLISHED, "-f", "tsv").stdout == piped.stdout


@pytest.mark.model
def test_table_heading_without_a_date_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # the heading holds a long tmp path
    story = tmp_path / "s.txt"
    story.write_text(STORY)
    result = run("extract", str(story), "--format", "table", "-q")
    first = result.stdout.splitlines()[0]
    assert re.search(r"  \(no publication date, \d+ claims\)$", first), first
    assert "published no publication date" not in result.stdout


@pytest.mark.model
def test_csv_puts_common_fields_in_their_own_columns(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text(STORY)
    result = run("extract", str(story), *PUBLISHED, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    forty = next(r for r in rows if r["kind"] == "count" and r["text"] == "40")
    assert forty["value"] == "40" and forty["counted"] == "ferries"
    assert forty["modifier"] == "exact" and forty["source"] == "harbour authority"
    about = next(r for r in rows if r["kind"] == "count" and r["value"] == "1200")
    assert about["modifier"] == "about"
    quote = next(
        r for r in rows if r["kind"] == "attribution" and r["source"] == "officials"
    )
    assert quote["cue"] == "said" and quote["content"].startswith(
        "About 1,200 passengers"
    )
    assert quote["direct"] == "false" and quote["value"] == ""
    actor = next(r for r in rows if r["kind"] == "actor")
    assert actor["name"] == "Maria Lopez" and actor["role"] == "Port director"
    assert actor["value"] == "" and actor["type"] == "PERSON"
    rest = json.loads(forty["fields"])
    assert STORY[slice(*rest["counted_span"])] == "ferries"
    assert "value" not in rest and "span" not in rest


@pytest.mark.model
def test_batch_warnings_are_one_line_per_code_and_v_lists_them(tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    docs = [
        {"id": f"d{i}", "text": UNBALANCED, "published": "2024-03-08"} for i in range(3)
    ]
    batch.write_text("".join(json.dumps(d) + "\n" for d in docs))
    summary = run("extract", str(batch), "-f", "jsonl")
    warnings = [
        line for line in summary.stderr.splitlines() if line.startswith("warning")
    ]
    assert warnings == [
        "warning[FC201]: 3 warnings in 3 documents, first d0: unbalanced quotation "
        "mark in paragraph 0: treated as running to the end of the paragraph "
        "(-v lists them all)"
    ]
    verbose = run("extract", str(batch), "-f", "jsonl", "-v")
    lines = [line for line in verbose.stderr.splitlines() if line.startswith("warning")]
    assert [line.split(":")[1].strip() for line in lines] == ["d0", "d1", "d2"]
    # -q silences notices, not warnings.
    undated = tmp_path / "u.jsonl"
    undated.write_text(
        "".join(
            json.dumps({"id": f"u{i}", "text": UNBALANCED + " It ended on Friday."})
            + "\n"
            for i in range(2)
        )
    )
    loud = run("extract", str(undated), "-f", "jsonl")
    quiet = run("extract", str(undated), "-f", "jsonl", "-q")
    assert "notice:" in loud.stderr and "notice:" not in quiet.stderr
    assert "warning[FC201]: 2 warnings" in quiet.stderr


@pytest.mark.model
def test_extract_walks_directories_like_check(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    (copy / "sub").mkdir(parents=True)
    (copy / ".git").mkdir()
    (copy / "a.md").write_text(STORY)
    (copy / "sub" / "b.txt").write_text(STORY.replace("40", "41"))
    (copy / ".git" / "c.txt").write_text(STORY)
    (copy / "d.py").write_text("print(1)\n")
    result = run("extract", str(copy), *PUBLISHED, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    ids = [json.loads(line)["document"]["id"] for line in result.stdout.splitlines()]
    assert ids == [str(copy / "a.md"), str(copy / "sub" / "b.txt")]
    empty = tmp_path / "empty"
    empty.mkdir()
    none = run("extract", str(empty))
    assert none.exit_code == 3 and "no .txt, .md or .html files" in none.stderr


@pytest.mark.model
def test_diff_pairs_folders_by_path_and_batches_by_id(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    for d in (old, new):
        d.mkdir()
    (old / "a.txt").write_text(STORY)
    (new / "a.txt").write_text(STORY.replace("40 ferries", "44 ferries"))
    (old / "gone.txt").write_text(UNBALANCED)
    result = run(
        "diff", str(old), str(new), *PUBLISHED, "-f", "tsv", "--kinds", "count"
    )
    rows = [r.split("\t") for r in result.stdout.splitlines()[1:]]
    assert [(r[0], r[1]) for r in rows] == [(str(new / "a.txt"), "changed")]
    # Quoted globs pair by the path below their folder part.
    (old / "b.md").write_text(STORY)
    (new / "b.md").write_text(STORY.replace("1,200", "1,300"))
    globbed = run(
        "diff",
        f"{old}/*.md",
        f"{new}/*.md",
        *PUBLISHED,
        "-f",
        "jsonl",
        "--kinds",
        "count",
    )
    (line,) = globbed.stdout.splitlines()
    assert json.loads(line)["document"] == str(new / "b.md")
    assert json.loads(line)["fields"] == [{"name": "value", "old": 1200, "new": 1300}]
    a = tmp_path / "a.jsonl"
    b = tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": "x", "text": STORY}) + "\n")
    b.write_text(json.dumps({"id": "x", "text": STORY.replace("40", "42")}) + "\n")
    batch = run("diff", str(a), str(b), *PUBLISHED, "-f", "jsonl", "--kinds", "count")
    (line,) = batch.stdout.splitlines()
    assert json.loads(line)["document"] == "x"
    assert json.loads(line)["fields"] == [{"name": "value", "old": 40, "new": 42}]
    # A single article against a batch of one pairs them.
    single = tmp_path / "s.txt"
    single.write_text(STORY)
    one = run(
        "diff", str(single), str(b), *PUBLISHED, "-f", "jsonl", "--kinds", "count"
    )
    assert [json.loads(x)["fields"][0]["new"] for x in one.stdout.splitlines()] == [42]
