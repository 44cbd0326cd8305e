"""The partitioned engine: plans, part files, the Dask cluster, diff --pairs, Parquet.

A cluster costs seconds to start, so one LocalCluster with 2 workers serves the
module (through --scheduler); one test starts the CLI's own. Each checks that it
leaves no process behind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES, ROOT, SEED

SHARED = ROOT.parent / "shared" / "benchmarks"
PUBLISHED = ["--published", "2023-09-02"]
ROWS = [
    {"id": "a", "text": "The mayor said 40 homes flooded on Monday."},
    {"id": "b", "text": "Officials counted 1,200 ballots last week."},
    {"id": "c", "text": "About 300 nurses joined the strike, the union said."},
]


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def run(*argv: str) -> tuple[int, str, str]:
    from factcheck.cli import cli

    result = CliRunner().invoke(cli, list(argv), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def parts_text(outdir: Path, fmt: str = "jsonl") -> str:
    files = sorted(outdir.glob(f"part-*.{fmt}"))
    if fmt == "jsonl":
        return "".join(f.read_text("utf-8") for f in files)
    import pyarrow.parquet as pq

    return "".join(
        line + "\n"
        for f in files
        for line in pq.read_table(f).column("json").to_pylist()
    )


def corpus(tmp_path: Path, shared: int) -> Path:
    """The seed, some lines of our own, and `shared` shared benchmark texts."""
    rows: list[dict[str, object]] = [
        {"id": "seed", "text": SEED.read_text("utf-8"), "published": "2023-09-02"},
        {"text": "The council approved 14 new buses on Tuesday, its chair said."},
        {"id": "blank-line-follows", "text": "Ana Ruiz said 3,000 homes lost power."},
    ]
    benches = sorted(SHARED.glob("*.jsonl"))
    if shared and not benches:
        pytest.skip("../shared/benchmarks is not beside the project")
    for bench in benches:
        for line in bench.read_text("utf-8").splitlines()[: shared // len(benches)]:
            row = json.loads(line)
            rows.append({"id": row["id"], "text": row["text"]})
    path = write_jsonl(tmp_path / "corpus.jsonl", rows)
    # A blank line: skipped, but counted in the line numbers of the ids after it.
    lines = path.read_text("utf-8").splitlines(keepends=True)
    path.write_text("".join([*lines[:3], "\n", *lines[3:]]), encoding="utf-8")
    return path


@pytest.fixture
def no_leftover_processes():  # type: ignore[no-untyped-def]
    psutil = pytest.importorskip("psutil")
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    yield
    import time

    deadline = time.monotonic() + 10
    while True:
        left = [
            p
            for p in psutil.Process().children(recursive=True)
            if p.pid not in before and p.is_running() and p.status() != "zombie"
        ]
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert not left, f"processes left behind: {[(p, p.cmdline()) for p in left]}"


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    """A LocalCluster with 2 single-threaded worker processes, for --scheduler."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address="127.0.0.1:0",
        memory_limit=0,
    ) as c:
        yield c


# ---------------------------------------------------------------- the plan


def test_plan_cuts_at_lines_and_keeps_line_numbers(tmp_path: Path) -> None:
    from factcheck.dask import _jsonl_lines, plan

    rows = [{"id": str(n), "text": f"Line {n}."} for n in range(50)]
    path = write_jsonl(tmp_path / "a.jsonl", rows)
    with path.open("a") as f:
        f.write("\n\n")  # trailing blank lines make no record
    parts = plan([str(path)], workers=2, docs_per_part=16)
    assert [p.index for p in parts] == [0, 1, 2, 3]
    seen = [
        (n, json.loads(line)["id"])
        for p in parts
        for n, line in _jsonl_lines(p, "utf-8")
    ]
    assert seen == [(n + 1, str(n)) for n in range(50)]
    assert parts[0].start == 0 and parts[-1].end == path.stat().st_size


def test_plan_is_guided_by_bytes_so_workers_finish_together(tmp_path: Path) -> None:
    from factcheck.dask import MIN_PART_DOCS, plan

    rows = [{"id": str(n), "text": "Word " * 200} for n in range(400)]
    path = write_jsonl(tmp_path / "a.jsonl", rows)
    parts = plan([str(path)], workers=2)
    sizes = [p.end - p.start for p in parts]
    total = path.stat().st_size
    # a quarter of the input first (1 / (2 x workers)), then ever smaller pieces
    assert abs(sizes[0] - total / 4) < total / 100
    assert sizes == sorted(sizes, reverse=True)
    assert len(parts) > 8
    per_doc = total / len(rows)
    assert all(round(s / per_doc) >= MIN_PART_DOCS for s in sizes[:-1])
    assert [p.start for p in parts[1:]] == [p.end for p in parts[:-1]]
    assert parts[-1].end == total


def test_plan_weighs_long_stories_by_their_length(tmp_path: Path) -> None:
    from factcheck.dask import plan

    rows = [{"id": str(n), "text": "Word " * (2000 if n < 100 else 20)} for n in range(300)]
    path = write_jsonl(tmp_path / "a.jsonl", rows)
    first, *_ = plan([str(path)], workers=2)
    # a quarter of the bytes is about 26 of the long stories, not 75 records
    assert 20 <= first.end // (len(json.dumps(rows[0])) + 1) <= 30


def test_missing_glob_and_file_are_input_errors(tmp_path: Path) -> None:
    pattern = str(tmp_path / "nope-*.jsonl")
    code, _, err = run("extract", pattern, "--engine", "dask", "-o", str(tmp_path))
    assert code == 3
    assert f"error[FC301]: {tmp_path}/nope-*.jsonl: matches no file" in err


def test_engine_dask_needs_an_outdir_and_part_formats(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": "It rained."}])
    code, _, err = run("extract", str(path), "--engine", "dask")
    assert code == 3 and "pass -o OUTDIR" in err
    out = str(tmp_path / "o")
    code, _, err = run("extract", str(path), "--engine", "dask", "-o", out, "-f", "csv")
    assert code == 3 and "not csv" in err
    code, _, err = run("extract", str(path), "--format", "parquet")
    assert code == 3 and "--format parquet: needs --engine dask" in err


# ------------------------------------------ partitions in process, no Dask


@pytest.mark.model
def test_local_partitions_write_the_lines_of_a_local_run(tmp_path: Path) -> None:
    from factcheck.dask import plan, run_local
    from factcheck.settings import Settings

    path = corpus(tmp_path, shared=0)
    code, expected, _ = run("extract", str(path), "--format", "jsonl", "-q")
    assert code == 0
    parts = plan([str(path)], workers=1, docs_per_part=2)
    summaries = run_local(
        parts, outdir=str(tmp_path / "out"), fmt="jsonl", settings=Settings()
    )
    assert [s["documents"] for s in summaries] == [2, 1]
    assert parts_text(tmp_path / "out") == expected
    # the id of the line without one is path:line, as in a local run
    assert f'"id": "{path}:2"' in expected


@pytest.mark.model
def test_parquet_in_and_out(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import datetime as dt

    import pyarrow.parquet as pq

    from factcheck.dask import plan, run_local
    from factcheck.settings import Settings

    rows = [
        dict(ROWS[0], published=dt.date(2024, 3, 8)),
        dict(ROWS[1], published=None),
        dict(ROWS[2], published=dt.date(2024, 3, 9)),
    ]
    table = pa.Table.from_pylist(rows)
    source = tmp_path / "in"
    source.mkdir()
    pq.write_table(table, source / "x.parquet", row_group_size=2)  # two row groups
    as_jsonl = write_jsonl(
        tmp_path / "same.jsonl",
        [dict(r, published=r["published"] and str(r["published"])) for r in rows],
    )
    _, expected, _ = run("extract", str(as_jsonl), "--format", "jsonl", "-q")

    parts = plan([str(source)], workers=1)
    assert [(p.source, p.start, p.first_line) for p in parts] == [
        ("parquet", 0, 1),
        ("parquet", 1, 3),
    ]
    run_local(parts, outdir=str(tmp_path / "out"), fmt="parquet", settings=Settings())
    assert parts_text(tmp_path / "out", "parquet") == expected
    first = pq.read_table(tmp_path / "out" / "part-00000.parquet").to_pylist()
    assert [(r["id"], r["published"]) for r in first] == [
        ("a", "2024-03-08"),
        ("b", None),
    ]
    assert first[0]["claims"] == len(json.loads(first[0]["json"])["claims"]) > 0


def test_parquet_without_text_column_is_an_input_error(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from factcheck.dask import plan, run_local
    from factcheck.errors import InputError
    from factcheck.settings import Settings

    table = pa.Table.from_pylist([{"id": "a", "body": "x"}])
    pq.write_table(table, tmp_path / "x.parquet")
    parts = plan([str(tmp_path / "x.parquet")], workers=1)
    with pytest.raises(InputError, match='has no "text" column'):
        run_local(parts, outdir=str(tmp_path / "out"), fmt="jsonl", settings=Settings())
    assert not (tmp_path / "out" / "manifest.json").exists()


# ------------------------------------------------------------ diff --pairs


def pairs_file(tmp_path: Path, names: list[str]) -> Path:
    rows = [
        {
            "id": name,
            "old": (FIXTURES / "diff" / name / "old.txt").read_text("utf-8"),
            "new": (FIXTURES / "diff" / name / "new.txt").read_text("utf-8"),
            "published": "2023-09-02",
        }
        for name in names
    ]
    return write_jsonl(tmp_path / "pairs.jsonl", rows)


PAIRS = ["number_revised", "punctuation", "speaker_changed"]


@pytest.mark.model
def test_pairs_stream_one_diff_per_line_as_diff_json_does(tmp_path: Path) -> None:
    path = pairs_file(tmp_path, PAIRS)
    code, out, err = run("diff", "--pairs", str(path), "--exit-code")
    assert code == 1  # some pairs changed
    assert "3 pairs, 2 with claim changes" in err
    lines = out.splitlines()
    assert len(lines) == 3
    for name, line in zip(PAIRS, lines, strict=True):
        got = json.loads(line)
        assert got.pop("id") == name
        old, new = (str(FIXTURES / "diff" / name / v) for v in ("old.txt", "new.txt"))
        _, single, _ = run("diff", old, new, "--format", "json", *PUBLISHED)
        expected = json.loads(single)
        # the same changes and documents; ids and paths name the pair instead
        assert got["changes"] == expected["changes"]
        for side in ("old", "new"):
            assert got[side]["id"] == name and got[side]["path"] is None
            assert got[side]["sha256"] == expected[side]["sha256"]


@pytest.mark.model
def test_pairs_to_a_directory_of_parts(tmp_path: Path) -> None:
    path = pairs_file(tmp_path, PAIRS)
    _, streamed, _ = run("diff", "--pairs", str(path), "-q")
    code, _, _ = run("diff", "--pairs", str(path), "-o", f"{tmp_path}/parts/", "-q")
    assert code == 0
    assert parts_text(tmp_path / "parts") == streamed
    manifest = json.loads((tmp_path / "parts" / "manifest.json").read_text())
    assert manifest["command"] == "diff --pairs" and manifest["documents"] == 3
    assert manifest["changed"] == 2


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "is not valid JSON"),
        ('{"id": "x", "old": "It rained."}', 'has no "new" string'),
        (
            '{"id": "x", "old": "a", "new": "b", "published": "soon"}',
            "published: expected an ISO date",
        ),
    ],
)
def test_a_bad_pair_stops_before_any_output(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "pairs.jsonl"
    good = '{"id": "ok", "old": "It rained.", "new": "It snowed."}'
    path.write_text(f"{good}\n{line}\n")
    code, out, err = run("diff", "--pairs", str(path))
    assert code == 3
    assert out == ""
    assert f"error[FC301]: {path}:2: {message}" in err


def test_pairs_or_versions_not_both(tmp_path: Path) -> None:
    code, _, err = run("diff", "a.txt", "b.txt", "--pairs", "p.jsonl")
    assert code == 3 and "takes OLD NEW or --pairs, not both" in err
    code, _, err = run("diff", "a.txt")
    assert code == 2 and "OLD and NEW" in err and "--pairs FILE" in err


# ------------------------------------------------------------------ on Dask


@pytest.mark.model
def test_dask_cluster_output_is_a_local_run_byte_for_byte(
    tmp_path: Path, cluster, no_leftover_processes  # type: ignore[no-untyped-def]
) -> None:
    path = corpus(tmp_path, shared=200)
    code, expected, _ = run("extract", str(path), "--format", "jsonl", "-q")
    assert code == 0 and expected.count("\n") == 203
    out = tmp_path / "out"
    code, _, err = run(
        "extract",
        str(path),
        "--engine",
        "dask",
        "--scheduler",
        cluster.scheduler_address,
        "-o",
        str(out),
    )
    assert code == 0, err
    assert parts_text(out) == expected
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["documents"] == 203
    assert len(manifest["partitions"]) == len(list(out.glob("part-*.jsonl"))) > 2
    files = sorted(p.name for p in out.glob("part-*.jsonl"))
    assert [p["file"] for p in manifest["partitions"]] == files
    assert manifest["inputs"] == [str(path)] and manifest["format"] == "jsonl"
    # every worker loaded the model once, through the plugin
    loaded = cluster_models(cluster)
    assert len(loaded) == 2 and all(n == 1 for n in loaded.values())


def cluster_models(cluster) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from distributed import Client

    def loads() -> int:
        from factcheck.nlp import load_pipeline

        return load_pipeline.cache_info().misses

    with Client(cluster) as client:
        return client.run(loads)


@pytest.mark.model
def test_dask_pairs_and_parquet_parts(  # type: ignore[no-untyped-def]
    tmp_path: Path, cluster, no_leftover_processes
) -> None:
    path = pairs_file(tmp_path, PAIRS)
    _, streamed, _ = run("diff", "--pairs", str(path), "-q")
    out = tmp_path / "out"
    code, _, err = run(
        "diff",
        "--pairs",
        str(path),
        "--engine",
        "dask",
        "--scheduler",
        cluster.scheduler_address,
        "-o",
        str(out),
        "--format",
        "parquet",
        "-q",
    )
    assert code == 0, err
    assert parts_text(out, "parquet") == streamed


@pytest.mark.model
def test_dask_entry_points(cluster) -> None:  # type: ignore[no-untyped-def]
    db = pytest.importorskip("dask.bag")
    dd = pytest.importorskip("dask.dataframe")
    import pandas as pd
    from distributed import Client

    from factcheck.dask import extract_bag, extract_partitions

    rows = [dict(ROWS[0], published="2024-03-08"), ROWS[1], ROWS[2]]
    from factcheck.dask import extraction_lines
    from factcheck.ingest import _jsonl_article
    from factcheck.settings import Settings

    articles = [
        _jsonl_article(json.dumps(r), path="x", lineno=1, max_chars=10**6)
        for r in rows
    ]
    expected = [line.rstrip("\n") for line in extraction_lines(articles, Settings())]
    with Client(cluster):
        got = extract_bag(db.from_sequence(rows, npartitions=2)).compute()
        assert got == expected
        frame = dd.from_pandas(pd.DataFrame(rows), npartitions=2)
        result = extract_partitions(frame).compute()
        assert list(result["id"]) == ["a", "b", "c"]
        assert list(result["json"]) == expected


def test_dask_frame_row_refused_on_a_worker(  # type: ignore[no-untyped-def]
    cluster,
) -> None:
    """Refused on the worker before any parse; the error crosses the wire whole."""
    dd = pytest.importorskip("dask.dataframe")
    import pandas as pd
    from distributed import Client

    from factcheck.dask import extract_partitions
    from factcheck.errors import InputError
    from factcheck.ingest import LENGTH_HINT
    from factcheck.settings import Settings

    rows = [ROWS[0], {"id": "long", "text": "The tide rose 2 metres. " * 4}]
    frame = dd.from_pandas(pd.DataFrame(rows), npartitions=1)
    with Client(cluster), pytest.raises(InputError) as caught:
        extract_partitions(frame, Settings(max_chars=50)).compute()
    assert str(caught.value) == (
        "<frame>:2: text is too long (96 characters; the limit is 50)"
    )
    assert caught.value.hint == LENGTH_HINT


@pytest.mark.model
def test_engine_dask_starts_and_stops_its_own_cluster(  # type: ignore[no-untyped-def]
    tmp_path: Path, no_leftover_processes
) -> None:
    pytest.importorskip("distributed")
    path = write_jsonl(
        tmp_path / "a.jsonl",
        [{"id": "seed", "text": SEED.read_text("utf-8"), "published": "2023-09-02"}],
    )
    _, expected, _ = run("extract", str(path), "--format", "jsonl", "-q")
    out = tmp_path / "out"
    (out).mkdir()
    (out / "part-00007.jsonl").write_text("stale\n")  # from an earlier, longer run
    code, _, err = run("extract", str(path), "--engine", "dask", "-o", str(out))
    assert code == 0, err
    assert "1 documents in 1 partitions" in err
    assert sorted(p.name for p in out.iterdir()) == [
        "manifest.json",
        "part-00000.jsonl",
    ]
    assert parts_text(out) == expected


_WORKER_SETTINGS = """
import os, dask
from factcheck.dask import dask_client

def settings():
    return (
        dask.config.get("distributed.worker.profile.enabled"),
        os.environ.get("MALLOC_TRIM_THRESHOLD_"),
    )

if __name__ == "__main__":
    with dask_client(None, workers=1) as client:
        print(list(client.run(settings).values()))
"""


def test_our_local_cluster_runs_workers_without_the_costly_defaults(
    tmp_path: Path,
) -> None:
    """No stack sampling every 10 ms, no malloc trimming (factcheck.dask.WORKER_CONFIG),
    checked in a fresh process: a cluster started in this one has already
    exported Dask's MALLOC_TRIM_THRESHOLD_ into os.environ."""
    pytest.importorskip("distributed")
    import os
    import subprocess
    import sys

    script = tmp_path / "probe.py"
    script.write_text(_WORKER_SETTINGS, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "[(False, None)]"


@pytest.mark.model
def test_a_bad_line_on_a_worker_names_its_place(  # type: ignore[no-untyped-def]
    tmp_path: Path, cluster
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a", "text": "It rained."}\n{"id": "b"}\n')
    out = tmp_path / "out"
    address = cluster.scheduler_address
    code, _, err = run(
        "extract", str(path), "--engine", "dask", "--scheduler", address, "-o", str(out)
    )
    assert code == 3
    assert f'error[FC301]: {path}:2: has no "text" string' in err
    assert not (out / "manifest.json").exists()
