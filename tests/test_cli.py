"""The command line: formats, exit codes, atomic output, determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

from .conftest import SEED

pytestmark = pytest.mark.model

SHORT = (
    "Fifty prison guards were freed on Thursday, authorities said. "
    '"We are firm," President Guillermo Lasso said on X.'
)


def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture()
def short(tmp_path: Path) -> Path:
    p = tmp_path / "short.txt"
    p.write_text(SHORT)
    return p


def test_cli_extract_json_contract(short: Path) -> None:
    result = run("extract", str(short), "--published", "2023-09-02", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    assert data["document"]["published"] == "2023-09-02"
    assert data["document"]["path"] == str(short)
    assert len(data["document"]["sha256"]) == 64
    kinds = {c["kind"] for c in data["claims"]}
    assert kinds == {"count", "date", "actor", "attribution"}
    starts = [c["span"][0] for c in data["claims"]]
    assert starts == sorted(starts)
    for c in data["claims"]:
        assert SHORT[c["span"][0] : c["span"][1]] == c["text"]
    ids = [c["id"] for c in data["claims"]]
    assert len(set(ids)) == len(ids)


def test_cli_extract_is_byte_deterministic(short: Path) -> None:
    a = run("extract", str(short), "--published", "2023-09-02", "--format", "json")
    b = run("extract", str(short), "--published", "2023-09-02", "--format", "json")
    assert a.stdout == b.stdout


def test_cli_extract_kinds_filter(short: Path) -> None:
    result = run(
        "extract",
        str(short),
        "--published",
        "2023-09-02",
        "--format",
        "json",
        "--kinds",
        "count,date",
    )
    assert {c["kind"] for c in json.loads(result.stdout)["claims"]} == {"count", "date"}


def test_cli_extract_jsonl_batch_keeps_ids_and_order(tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    rows = [
        {
            "id": "x1",
            "text": "Seven officers were freed on Thursday.",
            "published": "2023-09-02",
        },
        {"id": "x2", "text": "No numbers here."},
    ]
    batch.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = run("extract", str(batch), "--format", "jsonl")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["document"]["id"] for d in lines] == ["x1", "x2"]
    dates = [c for c in lines[0]["claims"] if c["kind"] == "date"]
    assert dates[0]["value"] == "2023-08-31"


def test_cli_extract_stdin_and_csv() -> None:
    result = run(
        "extract", "-", "--published", "2023-09-02", "--format", "csv", input=SHORT
    )
    assert result.exit_code == 0
    header, *rows = result.stdout.splitlines()
    assert header.startswith("document,id,kind,start,end")
    assert any(",count," in r and "Fifty" in r for r in rows)


def test_cli_extract_table_fits_100_columns(short: Path) -> None:
    result = run("extract", str(short), "--published", "2023-09-02", "-f", "table")
    assert result.exit_code == 0
    assert "Counts" in result.stdout and "2023-08-31" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 100
    assert "\x1b[" not in result.stdout  # no colour codes when not a terminal


def test_cli_extract_without_published_warns_and_keeps_xxxx(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("The protests began on Thursday.")
    result = run("extract", str(p), "--format", "json")
    assert result.exit_code == 0
    dates = [c for c in json.loads(result.stdout)["claims"] if c["kind"] == "date"]
    assert dates[0]["value"].startswith("XXXX")
    assert "no publication date" in result.stderr


def test_cli_output_file_is_written_atomically(short: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run(
        "extract",
        str(short),
        "--published",
        "2023-09-02",
        "--format",
        "json",
        "-o",
        str(out),
    )
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text())["schema_version"] == 1


def test_cli_bad_input_exit_3_and_no_output_file(short: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00binary")
    out = tmp_path / "out.json"
    result = run("extract", str(short), str(bad), "--format", "json", "-o", str(out))
    assert result.exit_code == 3
    assert result.stderr.count("\n") <= 2 and str(bad) in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() and list(tmp_path.glob(".out.json.*")) == []


def test_cli_bad_jsonl_line_exit_3_names_the_line(tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"id": "a", "text": "One."}\n{"id": "b"\n')
    result = run("extract", str(batch), "--format", "jsonl")
    assert result.exit_code == 3
    assert f"{batch}:2" in result.stderr
    assert result.stdout == ""  # validated before anything was printed


def test_cli_usage_errors_exit_2(short: Path) -> None:
    assert run("extract", str(short), "--published", "Sept 2").exit_code == 2
    assert run("extract", str(short), "--kinds", "quotes").exit_code == 2
    assert run("extract").exit_code == 2
    assert run("extract", str(short), "--format", "xml").exit_code == 2


def test_cli_missing_model_exit_4(short: Path) -> None:
    result = run("extract", str(short), "--model", "no_such_pipeline_xyz")
    assert result.exit_code == 4
    assert "no_such_pipeline_xyz" in result.stderr and "hint:" in result.stderr


def test_cli_model_from_environment(
    short: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_MODEL", "no_such_pipeline_env")
    result = run("extract", str(short))
    assert result.exit_code == 4 and "no_such_pipeline_env" in result.stderr


def test_cli_internal_bug_exit_70(short: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.extract as extract

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(extract, "extract_claims", boom)
    result = run("extract", str(short), "--format", "json")
    assert result.exit_code == 70
    assert "Traceback" in result.stderr and "bug" in result.stderr


def test_cli_help_does_not_import_spacy_or_dateparser() -> None:
    code = (
        "import sys; from factcheck.cli import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('spacy', 'dateparser', 'thinc') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert out.stdout.strip().endswith("[]")


def test_cli_every_command_has_help_with_an_example() -> None:
    for name, command in cli.commands.items():
        result = run(name, "--help")
        assert result.exit_code == 0
        assert "Example:" in (command.help or ""), name


def test_cli_seed_runs_end_to_end() -> None:
    result = run("extract", str(SEED), "--published", "2023-09-02", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    text = SEED.read_text()
    for c in data["claims"]:
        assert text[c["span"][0] : c["span"][1]] == c["text"]


def test_cli_jobs_2_gives_the_same_bytes_as_jobs_1(tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    rows = [
        {
            "id": f"d{i}",
            "text": f"{i + 2} guards were freed on Thursday, police said.",
            "published": "2023-09-02",
        }
        for i in range(40)
    ]
    batch.write_text("".join(json.dumps(r) + "\n" for r in rows))
    one = run("extract", str(batch), "--format", "jsonl", "--jobs", "1")
    two = run("extract", str(batch), "--format", "jsonl", "--jobs", "2")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    assert [json.loads(x)["document"]["id"] for x in two.stdout.splitlines()] == [
        r["id"] for r in rows
    ]


def test_console_entry_point_keeps_exit_codes(tmp_path: Path) -> None:
    """`python -m factcheck` goes through main(), which freezes the collector on
    the way out: the exit code and the one-line error must survive it."""
    missing = tmp_path / "missing.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "extract", str(missing)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 3
    assert proc.stderr.strip().splitlines() == [
        f"error[FC301]: {missing}: no such file"
    ]
    ok = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0 and ok.stdout.startswith("factcheck, version")


def test_main_freezes_the_collector_on_the_way_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    from factcheck.cli import main

    calls: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(1))
    monkeypatch.setattr(sys, "argv", ["factcheck", "--version"])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 0 and calls == [1]
