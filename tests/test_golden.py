"""Golden outputs: every command on every fixture, byte for byte.

The cases are discovered from `fixtures/`, the seed and the shared benchmarks,
so a new fixture needs no code. Expected outputs live in `tests/golden/`
(small ones as text, the two benchmark batches as SHA-256). After a deliberate
change of behaviour, rewrite them with `pytest tests/test_golden.py
--update-golden` and review the diff: a golden that moves without a reason is a
regression.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES, ROOT, SEED

GOLDEN = Path(__file__).resolve().parent / "golden"
SHARED = ROOT.parent / "shared" / "benchmarks"
PUBLISHED = ["--published", "2023-09-02"]
# Outputs larger than this are kept as a hash, not as text.
HASH_OVER = 200_000


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _articles() -> list[Path]:
    skip = {".yaml", ".csv"}
    return sorted(
        p
        for p in FIXTURES.rglob("*")
        if p.is_file()
        and p.suffix not in skip
        and p.name != "README.md"
        and "diff" not in p.relative_to(FIXTURES).parts[:1]
    )


def _cases() -> list[tuple[str, list[str]]]:
    cases: list[tuple[str, list[str]]] = []
    for path in [SEED, *_articles()]:
        name = _rel(path).replace("/", "__")
        cases.append((f"extract__{name}", ["extract", _rel(path), "--format", "jsonl", *PUBLISHED]))
    cases.append(("extract__seed__table", ["extract", _rel(SEED), "--format", "table", *PUBLISHED]))
    # Not a terminal: the default is tsv.
    cases.append(("extract__seed__tsv", ["extract", _rel(SEED), *PUBLISHED]))
    cases.append(("extract__seed__csv", ["extract", _rel(SEED), "--format", "csv", *PUBLISHED]))
    cases.append(("extract__seed__undated", ["extract", _rel(SEED), "--format", "json"]))
    for bench in sorted(SHARED.glob("*.jsonl")):
        cases.append((f"extract__shared__{bench.stem}", ["extract", f"../shared/benchmarks/{bench.name}", "--format", "jsonl"]))
    for pair in sorted(p for p in (FIXTURES / "diff").iterdir() if p.is_dir()):
        old, new = _rel(pair / "old.txt"), _rel(pair / "new.txt")
        for fmt in ("json", "text", "table"):
            cases.append((f"diff__{pair.name}__{fmt}", ["diff", old, new, "--format", fmt, *PUBLISHED]))
    seed_new = _rel(FIXTURES / "diff" / "combination" / "new.txt")
    cases.append(("diff__seed_combination__jsonl", ["diff", _rel(SEED), seed_new, "--format", "jsonl", *PUBLISHED]))
    for ref in sorted((FIXTURES / "check").glob("*.reference*.yaml")) + sorted((FIXTURES / "check").glob("*.csv")):
        for fmt in ("text", "json", "github", "sarif"):
            for article in (SEED, FIXTURES / "check" / "seed_variant.txt"):
                cases.append(
                    (
                        f"check__{article.stem}__{ref.name}__{fmt}",
                        ["check", _rel(article), "--reference", _rel(ref), "--format", fmt],
                    )
                )
    for command in ([], ["extract"], ["diff"], ["check"]):
        cases.append((f"help__{'_'.join(command) or 'factcheck'}", [*command, "--help"]))
    return cases


CASES = _cases()


def _run(argv: list[str]) -> dict[str, object]:
    from factcheck.cli import cli

    result = CliRunner().invoke(cli, argv, prog_name="factcheck", catch_exceptions=False)
    stdout = result.stdout
    record: dict[str, object] = {"argv": argv, "exit_code": result.exit_code}
    if len(stdout) > HASH_OVER:
        record["stdout_sha256"] = hashlib.sha256(stdout.encode()).hexdigest()
        record["stdout_chars"] = len(stdout)
    else:
        record["stdout"] = stdout
    return record


@pytest.mark.model
@pytest.mark.parametrize(("name", "argv"), CASES, ids=[c[0] for c in CASES])
def test_golden_output_is_unchanged(
    name: str, argv: list[str], request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    if any(a.startswith("../shared") for a in argv) and not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: the golden cases need ../shared beside the project")
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "100")
    got = _run(argv)
    path = GOLDEN / f"{name}.json"
    if request.config.getoption("--update-golden"):
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        return
    assert path.exists(), f"no golden for {name}: run pytest --update-golden"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert got == expected
