"""DataFrame rows (factcheck.dask.extract_partitions) are read as a Dask bag's
records and JSONL lines are: the same record gives the same line, or the same
InputError naming `<frame>:N` where the bag names `<bag>:N` and JSONL `path:N`.

Bad rows are refused before the pipeline loads, so those tests need no model.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")

ROWS: list[dict[str, Any]] = [
    {
        "id": 7,
        "text": "The ferry carried 85 passengers across the bay on Friday.",
        "title": "Ferry back in service",
        "published": "2024-06-14",
    },
    {
        "text": "Volunteers planted 2,500 oak saplings, the park trust said.",
        "published": "2024-06-15",
    },
    {
        "id": 9,
        "text": "Ticket prices rose by 12 percent last month.",
        "title": "Fares up",
    },
]


def frame_result(
    rows: list[dict[str, Any]], settings: Any = None, *, object_columns: bool = False
) -> Any:
    """extract_partitions over one partition, on the synchronous scheduler.

    object_columns keeps Python strings as they are: Dask otherwise stores them
    as Arrow strings, which cannot hold a lone surrogate.
    """
    import dask

    from factcheck.dask import extract_partitions

    pandas_frame = pd.DataFrame(rows, dtype=object if object_columns else None)
    with dask.config.set({"dataframe.convert-string": not object_columns}):
        frame = dd.from_pandas(pandas_frame, npartitions=1)
        return extract_partitions(frame, settings).compute(scheduler="sync")


def bag_lines(rows: list[dict[str, Any]]) -> list[str]:
    """The bag's lines, with its `<bag>:N` fallback ids spelled as the frame's."""
    from factcheck.dask import extract_bag

    lines = extract_bag(db.from_sequence(rows, npartitions=1)).compute(
        scheduler="sync"
    )
    return [line.replace('"<bag>:', '"<frame>:') for line in lines]


def jsonl_error(row: dict[str, Any], *, n: int, max_chars: int) -> str:
    """What the JSONL reader (and so the bag) says of the same record at line n."""
    from factcheck.errors import InputError
    from factcheck.ingest import _jsonl_article

    with pytest.raises(InputError) as caught:
        _jsonl_article(json.dumps(row), path="<frame>", lineno=n, max_chars=max_chars)
    return str(caught.value)


@pytest.mark.model
def test_dask_frame_keeps_the_title_as_the_bag_does() -> None:
    result = frame_result(ROWS)
    documents = [json.loads(line)["document"] for line in result["json"]]
    assert [d.get("title") for d in documents] == [
        "Ferry back in service",
        None,
        "Fares up",
    ]
    assert list(result["json"]) == bag_lines(ROWS)


@pytest.mark.model
def test_dask_frame_missing_id_in_a_numeric_column_is_named_by_its_row() -> None:
    # pandas stores the ids 7, <missing>, 9 as the floats 7.0, NaN, 9.0
    result = frame_result(ROWS)
    assert list(result["id"]) == ["7", "<frame>:2", "9"]
    assert list(result["json"]) == bag_lines(ROWS)


GOOD = {"id": "ok", "text": "The pool reopened on Monday."}


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        pytest.param(
            {"id": "long", "text": "Forty-one lanterns lit the quay " * 3},
            "text is too long (96 characters; the limit is 60)",
            id="over-max-chars",
        ),
        pytest.param(
            {"id": "late", "text": "It rained.", "published": "next spring"},
            "published: expected an ISO date (YYYY-MM-DD), got 'next spring'",
            id="published-not-a-date",
        ),
        pytest.param(
            {"id": "num", "text": "It rained.", "published": 20240614},
            "published: expected an ISO date, got 20240614",
            id="published-a-number",
        ),
        pytest.param(
            {"id": 2.5, "text": "It rained."},
            '"id" must be a string or an integer',
            id="id-with-a-fraction",
        ),
        pytest.param(
            {"id": ["x", "y"], "text": "It rained."},
            '"id" must be a string or an integer',
            id="id-a-list",
        ),
        pytest.param(
            {"id": True, "text": "It rained."},
            '"id" must be a string or an integer',
            id="id-a-boolean",
        ),
    ],
)
def test_dask_frame_refuses_a_row_as_jsonl_does(
    bad: dict[str, Any], message: str
) -> None:
    from factcheck.errors import InputError
    from factcheck.settings import Settings

    settings = Settings(max_chars=60)
    with pytest.raises(InputError) as caught:
        frame_result([GOOD, bad], settings, object_columns=True)
    assert str(caught.value) == f"<frame>:2: {message}"
    assert str(caught.value) == jsonl_error(bad, n=2, max_chars=60)


@pytest.mark.parametrize("field", ["text", "id", "title"])
def test_dask_frame_refuses_a_lone_surrogate(field: str) -> None:
    from factcheck.errors import InputError

    bad = dict(GOOD, title="Pool news")
    bad[field] = bad[field][:2] + "\udc80" + bad[field][2:]
    with pytest.raises(InputError) as caught:
        frame_result([GOOD, bad], object_columns=True)
    what = field if field == "text" else f'"{field}"'
    assert str(caught.value) == (
        f"<frame>:2: {what} holds a lone surrogate (\\udc80) at character 2, "
        "which is not a character"
    )
    assert str(caught.value) == jsonl_error(bad, n=2, max_chars=10**6)


def test_dask_frame_without_a_text_column_is_refused_at_once() -> None:
    from factcheck.dask import extract_partitions
    from factcheck.errors import InputError

    frame = dd.from_pandas(pd.DataFrame([{"id": "a", "body": "It rained."}]), 1)
    with pytest.raises(InputError, match='^<frame>: has no "text" column$'):
        extract_partitions(frame)


@pytest.mark.model
def test_dask_frame_and_the_parquet_file_it_writes_give_the_same_lines(
    tmp_path: Path,
) -> None:
    pytest.importorskip("pyarrow")
    from factcheck.dask import plan, run_local
    from factcheck.settings import Settings

    path = tmp_path / "rows.parquet"
    pd.DataFrame(ROWS).to_parquet(path)  # ids 7.0, null, 9.0: a float column
    run_local(
        plan([str(path)], workers=1),
        outdir=str(tmp_path / "out"),
        fmt="jsonl",
        settings=Settings(),
    )
    parquet_lines = (tmp_path / "out" / "part-00000.jsonl").read_text("utf-8")
    frame_lines = "".join(line + "\n" for line in frame_result(ROWS)["json"])
    assert parquet_lines == frame_lines.replace('"<frame>:', f'"{path}:')
    ids = [json.loads(line)["document"]["id"] for line in frame_lines.splitlines()]
    assert ids == ["7", "<frame>:2", "9"]
