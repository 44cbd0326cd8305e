"""Extraction and diff at scale: partitions of a corpus -> part files, on Dask.

`factcheck extract INPUT... --engine dask -o OUTDIR` and `factcheck diff --pairs`
land here. The corpus is cut into partitions in the client (byte ranges of JSONL
files at line boundaries, row groups of Parquet files: a plan, never the texts);
each partition runs on a worker, which reads its own slice, parses it with the
worker's one spaCy pipeline and writes `OUTDIR/part-NNNNN.<fmt>` atomically.
Only small summaries travel back, so neither the client nor a worker ever holds
more than one partition of output. `manifest.json` is written last: its presence
marks a complete run.

The JSONL lines are those of a local `factcheck extract --format jsonl` run, byte
for byte, and the part files concatenated in order are that run's output.

For people already inside Dask: `extract_bag(bag)` and `extract_partitions(df)`.

Dask (the `factcheck[dask]` extra) is imported only by the functions that need
it; the partition functions themselves are plain Python, and the local engine
(`diff --pairs` without Dask) uses them directly.
"""

from __future__ import annotations

import contextlib
import dataclasses
import glob
import itertools
import json
import math
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .errors import FactcheckError, InputError

if TYPE_CHECKING:
    from .ingest import Article
    from .settings import Settings

try:  # the plugin base class, when the extra is installed
    from distributed import WorkerPlugin as _WorkerPluginBase
except ImportError:  # pragma: no cover - the extra is missing: no Dask engine
    _WorkerPluginBase = object  # type: ignore[assignment,misc]

MANIFEST = "manifest.json"
PART_FORMATS = ("jsonl", "parquet")
PARQUET_SUFFIXES = {".parquet", ".pq"}
# A partition is the unit of scheduling and of output files: large enough that
# nlp.pipe batches well (factcheck.extract.BATCH_DOCS), small enough that every
# worker gets several (plan cuts them ever smaller toward the end of the input),
# so they finish together and a lost one costs little.
MAX_PART_DOCS = 256
MIN_PART_DOCS = 16
MAX_PART_BYTES = 16 << 20
# Pairs hold two versions each.
MAX_PART_PAIRS = 128
_INSTALL_HINT = "pip install 'factcheck[dask]'"


# ------------------------------------------------------------------ the plan


@dataclass(frozen=True, slots=True, kw_only=True)
class Part:
    """One partition: where its records are, and what to do with them.

    Attributes:
        index: its number, which names its output file.
        source: "jsonl", "parquet" or "pairs".
        path: the file it reads.
        start: first byte (JSONL) or first row group (Parquet).
        end: end byte (JSONL, exclusive) or end row group (Parquet, exclusive).
        first_line: the 1-based line number (JSONL) or row (Parquet) at start.
    """

    index: int
    source: str
    path: str
    start: int
    end: int
    first_line: int

    def describe(self) -> dict[str, Any]:
        unit = "row_groups" if self.source == "parquet" else "bytes"
        return {"path": self.path, unit: [self.start, self.end]}


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Files named or matched by glob, in the order given (each glob sorted).

    Raises:
        InputError: when a name matches nothing.
    """
    paths: list[str] = []
    for pattern in inputs:
        if glob.has_magic(pattern):
            matched = sorted(glob.glob(pattern, recursive=True))
            if not matched:
                raise InputError("matches no file", where=pattern)
            paths.extend(matched)
        elif not Path(pattern).exists():
            raise InputError("no such file", where=pattern)
        else:
            paths.append(pattern)
    return paths


def _is_parquet(path: str) -> bool:
    p = Path(path)
    return p.suffix.lower() in PARQUET_SUFFIXES or (
        p.is_dir() and any(q.suffix.lower() in PARQUET_SUFFIXES for q in p.iterdir())
    )


def plan(
    paths: list[str],
    *,
    workers: int,
    source: str = "jsonl",
    docs_per_part: int | None = None,
) -> list[Part]:
    """Cut the inputs into partitions, without parsing a record.

    JSONL files are cut at line boundaries by guided scheduling, the rule
    `--jobs` cuts its chunks by (factcheck.extract.guided): each partition takes
    1/(2 x workers) of the bytes still to come, at least MIN_PART_DOCS records
    and at most MAX_PART_DOCS (MAX_PART_PAIRS) or MAX_PART_BYTES. The first
    partitions are large, the last ones small, so the workers, taking them as
    they come free, finish together. Bytes rather than records: news stories
    vary tenfold in length, and parse time follows the text. With
    `docs_per_part`, every partition takes that many records instead. Parquet
    files give one partition per row group (their writers sized those).

    Raises:
        InputError: for a file that cannot be read.
    """
    jsonl = [p for p in paths if not _is_parquet(p)]
    try:
        left = sum(os.path.getsize(p) for p in jsonl)
    except OSError as exc:
        raise InputError(
            f"cannot be read ({exc.strerror})", where=exc.filename
        ) from None
    cap = MAX_PART_PAIRS if source == "pairs" else MAX_PART_DOCS
    cutter = _Cutter(
        left=left, parts=2 * max(1, workers), cap=docs_per_part or cap,
        fixed=docs_per_part is not None,
    )
    parts: list[Part] = []
    for path in paths:
        if _is_parquet(path):
            if source == "pairs":
                raise InputError("pairs must be a JSONL file", where=path)
            parts.extend(_plan_parquet(path, len(parts)))
        else:
            try:
                parts.extend(_plan_jsonl(path, len(parts), cutter, source))
            except OSError as exc:
                raise InputError(
                    f"cannot be read ({exc.strerror})", where=path
                ) from None
    return parts


@dataclass(slots=True, kw_only=True)
class _Cutter:
    """Where the next JSONL partition ends (see plan)."""

    left: int  # bytes still to plan, over every JSONL input
    parts: int
    cap: int  # records
    fixed: bool  # exactly `cap` records a partition

    def full(self, docs: int, size: int) -> bool:
        from .extract import guided

        if docs >= self.cap or size >= MAX_PART_BYTES:
            return True
        if self.fixed or docs < MIN_PART_DOCS:
            return False
        return size >= guided(self.left, self.parts, 1, MAX_PART_BYTES)


def _plan_jsonl(path: str, first: int, cutter: _Cutter, source: str) -> Iterator[Part]:
    index = first
    start = offset = 0
    start_line = lineno = 1
    docs = 0
    with open(path, "rb") as f:
        for line in f:
            if docs and cutter.full(docs, offset - start):
                yield Part(
                    index=index,
                    source=source,
                    path=path,
                    start=start,
                    end=offset,
                    first_line=start_line,
                )
                cutter.left -= offset - start
                index += 1
                start, start_line, docs = offset, lineno, 0
            docs += bool(line.strip())
            offset += len(line)
            lineno += 1
    cutter.left -= offset - start
    if docs:
        yield Part(
            index=index,
            source=source,
            path=path,
            start=start,
            end=offset,
            first_line=start_line,
        )


def _parquet_files(path: str) -> list[str]:
    p = Path(path)
    if p.is_dir():
        return sorted(
            str(q) for q in p.rglob("*") if q.suffix.lower() in PARQUET_SUFFIXES
        )
    return [path]


def _plan_parquet(path: str, first: int) -> Iterator[Part]:
    """One partition per row group (writers size them; the rows stay in order)."""
    import pyarrow.parquet as pq

    index = first
    for file in _parquet_files(path):
        try:
            meta = pq.ParquetFile(file).metadata
        except Exception as exc:  # pyarrow raises several types for a bad file
            raise InputError(
                f"is not a readable Parquet file ({str(exc).splitlines()[0][:120]})",
                where=file,
            ) from None
        row = 1
        for group in range(meta.num_row_groups):
            rows = meta.row_group(group).num_rows
            if rows:
                yield Part(
                    index=index,
                    source="parquet",
                    path=file,
                    start=group,
                    end=group + 1,
                    first_line=row,
                )
                index += 1
            row += rows


# ------------------------------------------------------------- reading a part


def _jsonl_lines(part: Part, encoding: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of the non-blank lines in the part's byte range."""
    try:
        f = open(part.path, "rb")  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", where=part.path) from None
    with f:
        f.seek(part.start)
        data = f.read(part.end - part.start)
    try:  # as ingest.iter_jsonl decodes, so the same bytes give the same errors
        text = data.decode(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", where=part.path) from None
    except UnicodeDecodeError as exc:
        raise InputError(
            f"is not valid {encoding} after line {part.first_line} ({exc.reason})",
            where=part.path,
        ) from None
    del data
    for n, line in enumerate(text.split("\n"), start=part.first_line):
        if line.strip():
            yield n, line


def read_articles(part: Part, settings: Settings) -> Iterator[Article]:
    """The articles of an extract partition, as `factcheck extract` reads them."""
    if part.source == "parquet":
        yield from _parquet_articles(part, settings)
        return
    from .ingest import _jsonl_article

    for lineno, line in _jsonl_lines(part, settings.encoding):
        yield _jsonl_article(
            line, path=part.path, lineno=lineno, max_chars=settings.max_chars
        )


def _parquet_articles(part: Part, settings: Settings) -> Iterator[Article]:
    import pyarrow.parquet as pq

    from .ingest import article_from_record

    file = pq.ParquetFile(part.path)
    names = set(file.schema_arrow.names)
    if "text" not in names:
        raise InputError('has no "text" column', where=part.path)
    columns = [c for c in RECORD_FIELDS if c in names]
    row = part.first_line
    for batch in file.iter_batches(
        batch_size=64, row_groups=range(part.start, part.end), columns=columns
    ):
        for record in batch.to_pylist():
            yield article_from_record(
                _table_record(record),
                where=f"{part.path}:{row}",
                max_chars=settings.max_chars,
            )
            row += 1


# The columns of a table (Parquet, DataFrame) that make an Article, as the keys
# of a JSONL record; other columns are ignored, as other keys are.
RECORD_FIELDS = ("id", "text", "published", "title")


def _table_record(cells: dict[str, Any]) -> dict[str, Any]:
    """A Parquet or DataFrame row as the JSON record of the same document, for
    ingest.article_from_record, which checks every record reader's rows alike.

    pandas keeps integer ids with gaps as floats (7.0, NaN), and so do the
    Parquet files it writes: a whole-number float id is that integer and NaN
    is no id. Any other float id is refused, as in JSONL. Missing cells come
    in as None.
    """
    record = {k: cells[k] for k in RECORD_FIELDS if k in cells}
    doc_id = record.get("id")
    if isinstance(doc_id, float):
        if math.isnan(doc_id):
            record["id"] = None
        elif doc_id.is_integer():
            record["id"] = int(doc_id)
    published = record.get("published")
    if hasattr(published, "to_pydatetime"):  # a pandas Timestamp
        record["published"] = published.to_pydatetime()
    return record


@dataclass(frozen=True, slots=True, kw_only=True)
class Pair:
    id: str
    old: Article
    new: Article


def read_pairs(
    part: Part, settings: Settings, dates: tuple[Any, Any]
) -> Iterator[Pair]:
    """The pairs of a `diff --pairs` partition: {"id", "old", "new", "published"?}.

    `dates` (old, new) from the command line beat the line's own dates.
    """
    from .ingest import Article, check_length, parse_date

    for lineno, line in _jsonl_lines(part, settings.encoding):
        where = f"{part.path}:{lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"is not valid JSON ({exc.msg}, column {exc.colno})", where=where
            ) from None
        if not isinstance(row, dict):
            raise InputError(
                'must be a JSON object {"id", "old", "new", "published"?}', where=where
            )
        pair_id = str(row.get("id", where))
        versions = []
        for side, override in zip(("old", "new"), dates, strict=True):
            text = row.get(side)
            if not isinstance(text, str):
                raise InputError(f'has no "{side}" string', where=where)
            check_length(text, where=where, max_chars=settings.max_chars, what=side)
            published = override
            value = row.get(f"{side}_published", row.get("published"))
            if published is None and value is not None:
                try:
                    published = parse_date(value)
                except ValueError as exc:
                    raise InputError(f"published: {exc}", where=where) from None
            versions.append(
                Article(id=pair_id, path=None, text=text, published=published)
            )
        yield Pair(id=pair_id, old=versions[0], new=versions[1])


# ------------------------------------------------------ running a partition

# spaCy pipelines are not documented as thread-safe: a worker with several
# threads runs one partition at a time through its one pipeline.
_PIPELINE_LOCK = threading.Lock()


def extraction_lines(articles: Iterable[Article], settings: Settings) -> Iterator[str]:
    """JSONL lines (newline included) exactly as `factcheck extract` prints them."""
    from .extract import extract_articles
    from .render import render_jsonl

    for extraction in extract_articles(articles, settings=settings):
        yield render_jsonl(extraction).text


def diff_lines(
    pairs: Iterable[Pair], settings: Settings, *, group: int = 32
) -> Iterator[str]:
    """One JSON line per pair: {"id", "schema_version", "old", "new", "changes"}.

    The pairs are parsed `group` at a time through one nlp.pipe call (both
    versions of each), so memory stays flat however many pairs there are.
    """
    from .diff import diff_claims, diff_to_dict
    from .extract import extract_articles
    from .records import dumps

    batch: list[Pair] = []

    def flush() -> Iterator[str]:
        articles = [a for p in batch for a in (p.old, p.new)]
        extractions = iter(extract_articles(articles, settings=settings))
        for pair in batch:
            old, new = next(extractions), next(extractions)
            diff = diff_claims(
                old,
                new,
                kinds=settings.kinds,
                old_text=pair.old.text,
                new_text=pair.new.text,
            )
            data = diff_to_dict(old.document, new.document, diff)
            yield dumps({"id": pair.id, **data}) + "\n"

    for pair in pairs:
        batch.append(pair)
        if len(batch) >= group:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def part_name(index: int, fmt: str) -> str:
    return f"part-{index:05d}.{fmt}"


@contextlib.contextmanager
def _atomic(target: Path, mode: str = "w") -> Iterator[Any]:
    """A temporary file beside target, renamed onto it only when complete."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        if mode == "path":
            yield tmp
        else:
            with open(tmp, mode, encoding="utf-8", newline="\n") as f:
                yield f
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _write_parquet(lines: Iterable[str], path: Path, *, pairs: bool) -> None:
    """Rows of (id, published, claims|changes, json): the JSONL line, minus its
    newline, is the `json` column, so both formats carry the same bytes."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    count = "changes" if pairs else "claims"
    schema = pa.schema(
        [
            ("id", pa.string()),
            ("published", pa.string()),
            (count, pa.int32()),
            ("json", pa.string()),
        ]
    )
    rows: list[dict[str, Any]] = []
    with pq.ParquetWriter(path, schema) as writer:

        def flush() -> None:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            rows.clear()

        for line in lines:
            data = json.loads(line)
            document = data["new"] if pairs else data["document"]
            rows.append(
                {
                    "id": data["id"] if pairs else document["id"],
                    "published": document["published"],
                    count: len(data[count]),
                    "json": line.rstrip("\n"),
                }
            )
            if len(rows) >= 64:
                flush()
        if rows:
            flush()


@dataclass(slots=True)
class _Tally:
    """What the client learns of a partition's records, counted as they stream."""

    documents: int = 0
    undated: int = 0
    changed: int = 0
    warnings: list[str] = dataclasses.field(default_factory=list)


def _counted(
    lines: Iterable[str], tally: _Tally, *, pairs: bool
) -> Iterator[str]:
    for line in lines:
        tally.documents += 1
        if pairs:
            # keys are sorted (records.dumps): "changes" comes first
            tally.changed += not line.startswith('{"changes": []')
        yield line


def _tallied_extractions(
    articles: Iterable[Article], settings: Settings, tally: _Tally
) -> Iterator[str]:
    from .extract import extract_articles
    from .render import render_jsonl

    for extraction in extract_articles(articles, settings=settings):
        rendered = render_jsonl(extraction)
        tally.documents += 1
        tally.undated += rendered.undated
        for d in rendered.diagnostics:
            if d.code != "FC101":
                tally.warnings.append(
                    f"warning[{d.code}]: {rendered.document_id}: {d.message}"
                )
        yield rendered.text


def run_part(
    part: Part,
    outdir: str,
    fmt: str,
    settings: Settings,
    dates: tuple[Any, Any] = (None, None),
) -> dict[str, Any]:
    """Read, extract (or diff) and write one partition; runs on a worker.

    Returns:
        A small summary for the manifest, or {"error": ...} for a FactcheckError
        (sent back as data, so it keeps its code, place and hint).
    """
    target = Path(outdir) / part_name(part.index, fmt)
    tally = _Tally()
    try:
        try:  # made by the client too, but a worker may see another file system
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(
                f"cannot write output ({exc.strerror})", where=outdir
            ) from None
        with _PIPELINE_LOCK:
            if part.source == "pairs":
                lines = _counted(
                    diff_lines(read_pairs(part, settings, dates), settings),
                    tally,
                    pairs=True,
                )
            else:
                articles = read_articles(part, settings)
                lines = _tallied_extractions(articles, settings, tally)
            if fmt == "parquet":
                with _atomic(target, "path") as tmp:
                    _write_parquet(lines, tmp, pairs=part.source == "pairs")
            else:
                with _atomic(target) as out:
                    out.writelines(lines)
    except FactcheckError as exc:
        return {"error": [type(exc).__name__, exc.message, exc.where, exc.hint]}
    summary: dict[str, Any] = {
        "file": target.name,
        "source": part.describe(),
        "documents": tally.documents,
    }
    if part.source == "pairs":
        summary["changed"] = tally.changed
    else:
        summary["undated"] = tally.undated
    summary["warnings"] = tally.warnings
    return summary


def _reraise(error: list[Any]) -> None:
    from . import errors

    name, message, where, hint = error
    cls = getattr(errors, name, None)
    if not (isinstance(cls, type) and issubclass(cls, FactcheckError)):
        cls = FactcheckError
    raise cls(message, where=where, hint=hint)


# ------------------------------------------------------------ the Dask side


class ModelPlugin(_WorkerPluginBase):  # type: ignore[misc,valid-type]
    """Loads the spaCy pipeline once when a worker starts (or joins).

    factcheck.nlp.load_pipeline caches per process, so every task on the worker
    then finds it loaded; a task on a worker that missed the plugin loads it
    itself, once.
    """

    idempotent = True
    name = "factcheck-model"

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        from .nlp import load_pipeline

        # A pipeline that cannot load fails the first task instead, as a
        # ModelError with its hint, which the client reports.
        with contextlib.suppress(FactcheckError):
            load_pipeline(self.model)
        # As extract_parallel does before it forks: the collector then skips
        # the pipeline's objects, which every full collection would walk.
        import gc

        gc.freeze()

    def teardown(self, worker: Any) -> None:
        # The interpreter's last collection would walk the whole pipeline (as
        # in factcheck.cli.main) and keep the worker past the nanny's patience.
        import gc

        gc.freeze()


# Two Dask worker defaults that cost factcheck dearly, measured on 200 news
# stories with two workers (benchmarks/bench_news.py): the statistical profiler
# samples the task thread's stack every 10 ms, and spaCy's stacks are deep; the
# nanny exports MALLOC_TRIM_THRESHOLD_=65536, so glibc hands freed memory back
# to the OS at once and spaCy's per-batch arrays are mapped and faulted in again.
# Together they made each worker about 1.5x slower than a plain process (30.3 s
# against 21.1 s for the whole run). The LocalCluster we start gets neither; for
# a cluster of your own, see the README ("At scale").
WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}


@contextlib.contextmanager
def dask_client(scheduler: str | None, workers: int | None = None) -> Iterator[Any]:
    """A distributed.Client: joined to `scheduler`, else on a LocalCluster with
    one single-threaded worker process per core (`workers` to choose), closed
    with everything it started on exit.

    Raises:
        InputError: when the extra is missing or the scheduler cannot be reached.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError(
            "the Dask engine needs dask.distributed",
            where="--engine dask",
            hint=_INSTALL_HINT,
        ) from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise InputError(
                f"cannot reach the Dask scheduler ({str(exc).splitlines()[0][:120]})",
                where=scheduler,
            ) from None
        with client:
            yield client
        return
    import dask

    with (
        dask.config.set(WORKER_CONFIG),
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            # A port of its own: never a clash (and a warning) with another
            # cluster's 8787.
            dashboard_address="127.0.0.1:0",
            # The spaCy pipeline is the workers' main memory; leave it to the OS
            # rather than pausing workers at a guessed fraction of RAM.
            memory_limit=0,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _workers(client: Any) -> int:
    return max(1, sum(client.nthreads().values()))


def run_partitions(
    client: Any,
    parts: list[Part],
    *,
    outdir: str,
    fmt: str,
    settings: Settings,
    dates: tuple[Any, Any] = (None, None),
    on_result: Callable[[dict[str, Any]], None] | None = None,
) -> list[dict[str, Any]]:
    """Run the partitions on the cluster, a few per worker in flight at a time.

    Returns:
        The summaries in partition order (warnings dropped, after on_result saw
        them).
    """
    from distributed import as_completed

    client.register_plugin(ModelPlugin(settings.model))
    window = 2 * _workers(client)
    summaries: dict[int, dict[str, Any]] = {}
    todo = iter(parts)
    pending: dict[Any, int] = {}

    def submit(part: Part) -> Any:
        future = client.submit(run_part, part, outdir, fmt, settings, dates, pure=False)
        pending[future] = part.index
        return future

    running = as_completed([submit(p) for p in itertools.islice(todo, window)])
    try:
        for future in running:
            index = pending.pop(future)
            summary = future.result()
            if "error" in summary:
                _reraise(summary["error"])
            if on_result is not None:
                on_result(summary)
            summary.pop("warnings", None)
            summaries[index] = summary
            nxt = next(todo, None)
            if nxt is not None:
                running.add(submit(nxt))
    finally:
        if pending:  # an error: stop what is still queued or running
            client.cancel(list(pending))
    return [summaries[i] for i in sorted(summaries)]


def run_local(
    parts: list[Part],
    *,
    outdir: str,
    fmt: str,
    settings: Settings,
    dates: tuple[Any, Any] = (None, None),
    on_result: Callable[[dict[str, Any]], None] | None = None,
) -> list[dict[str, Any]]:
    """The partitions one after another in this process (same files, no Dask)."""
    out = []
    for part in parts:
        summary = run_part(part, outdir, fmt, settings, dates)
        if "error" in summary:
            _reraise(summary["error"])
        if on_result is not None:
            on_result(summary)
        summary.pop("warnings", None)
        out.append(summary)
    return out


def _settings_dict(settings: Settings) -> dict[str, Any]:
    return {
        "model": settings.model,
        "published": settings.published.isoformat() if settings.published else None,
        "kinds": [k.value for k in settings.kinds],
        "max_chars": settings.max_chars,
        "encoding": settings.encoding,
    }


def _prepare_outdir(outdir: str) -> Path:
    out = Path(outdir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / MANIFEST).unlink(missing_ok=True)  # absent until this run completes
    except OSError as exc:
        raise InputError(
            f"cannot write output ({exc.strerror})", where=outdir
        ) from None
    return out


def _finish(
    out: Path,
    *,
    command: str,
    inputs: list[str],
    fmt: str,
    settings: Settings,
    summaries: list[dict[str, Any]],
    engine: str,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Remove parts a previous, longer run left, then write the manifest last."""
    from . import __version__
    from .records import SCHEMA_VERSION

    keep = {s["file"] for s in summaries}
    for stale in out.glob("part-*.*"):
        if stale.name not in keep and stale.suffix.lstrip(".") in PART_FORMATS:
            stale.unlink()
    manifest = {
        "factcheck_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "command": command,
        "engine": engine,
        "format": fmt,
        "inputs": inputs,
        "settings": _settings_dict(settings) | (extra or {}),
        "documents": sum(s["documents"] for s in summaries),
    }
    if command == "diff --pairs":
        manifest["changed"] = sum(s["changed"] for s in summaries)
    else:
        manifest["undated"] = sum(s["undated"] for s in summaries)
    manifest["partitions"] = summaries
    with _atomic(out / MANIFEST) as f:
        f.write(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    return manifest


def _on_cluster(
    paths: list[str],
    *,
    outdir: str,
    fmt: str,
    settings: Settings,
    scheduler: str | None,
    workers: int | None,
    docs_per_part: int | None,
    source: str = "jsonl",
    dates: tuple[Any, Any] = (None, None),
    on_result: Callable[[dict[str, Any]], None] | None = None,
) -> tuple[Path, list[dict[str, Any]], str]:
    """Plan, prepare OUTDIR and run the partitions on one cluster, for extract
    and diff --pairs alike: the plan needs the cluster's worker count, so the
    three steps share the client's lifetime.

    Returns:
        OUTDIR, the partition summaries in order, and the engine's name for
        the manifest.
    """
    with dask_client(scheduler, workers) as client:
        parts = plan(
            paths,
            workers=_workers(client),
            source=source,
            docs_per_part=docs_per_part,
        )
        out = _prepare_outdir(outdir)
        summaries = run_partitions(
            client,
            parts,
            outdir=str(out),
            fmt=fmt,
            settings=settings,
            dates=dates,
            on_result=on_result,
        )
        engine = f"dask {scheduler or 'LocalCluster'} ({_workers(client)} workers)"
    return out, summaries, engine


def run_dask_extract(
    inputs: list[str],
    outdir: str,
    fmt: str,
    scheduler: str | None,
    settings: Settings,
    *,
    workers: int | None = None,
    docs_per_part: int | None = None,
    on_result: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """`factcheck extract INPUT... --engine dask -o OUTDIR`: returns the manifest.

    Raises:
        InputError: for a missing input, an unreadable record (path:line), an
            unwritable OUTDIR, or a missing extra.
        ModelError: when a worker cannot load the pipeline.
    """
    if fmt not in PART_FORMATS:
        raise InputError(
            f"--engine dask writes jsonl or parquet part files, not {fmt}",
            where="--format",
        )
    paths = expand_inputs(inputs)
    out, summaries, engine = _on_cluster(
        paths,
        outdir=outdir,
        fmt=fmt,
        settings=settings,
        scheduler=scheduler,
        workers=workers,
        docs_per_part=docs_per_part,
        on_result=on_result,
    )
    return _finish(
        out,
        command="extract",
        inputs=paths,
        fmt=fmt,
        settings=settings,
        summaries=summaries,
        engine=engine,
    )


def run_pairs(
    pairs: str,
    *,
    settings: Settings,
    dates: tuple[Any, Any] = (None, None),
    output: TextIO | None = None,
    engine: str = "local",
    outdir: str | None = None,
    fmt: str = "jsonl",
    scheduler: str | None = None,
    workers: int | None = None,
    docs_per_part: int | None = None,
) -> dict[str, Any]:
    """`factcheck diff --pairs FILE`: one diff per pair, as JSONL.

    Locally without an OUTDIR the lines stream to `output` in input order, a
    group of pairs at a time; with an OUTDIR (always, on Dask) they go to part
    files plus a manifest, as `extract --engine dask` writes them.

    Returns:
        {"documents": pairs read, "changed": pairs with a change}, and the
        manifest's fields when part files were written.

    Raises:
        InputError: for a missing file or a bad line (path:line).
    """
    (path,) = expand_inputs([pairs])
    if outdir is None:
        if engine != "local":
            raise InputError("writes part files: pass -o OUTDIR", where="--engine dask")
        import sys

        out = output or sys.stdout
        tally = _Tally()
        whole = Part(
            index=0,
            source="pairs",
            path=path,
            start=0,
            end=os.path.getsize(path),
            first_line=1,
        )
        _validate_pairs(whole, settings, dates)
        lines = diff_lines(read_pairs(whole, settings, dates), settings)
        for line in _counted(lines, tally, pairs=True):
            out.write(line)
        return {"documents": tally.documents, "changed": tally.changed}
    if fmt not in PART_FORMATS:
        raise InputError(
            f"part files are jsonl or parquet, not {fmt}", where="--format"
        )
    extra = {"dates": [d.isoformat() if d else None for d in dates]}
    if engine == "local":
        parts = plan([path], workers=1, source="pairs", docs_per_part=docs_per_part)
        out_path = _prepare_outdir(outdir)
        summaries = run_local(
            parts, outdir=str(out_path), fmt=fmt, settings=settings, dates=dates
        )
        name = "local"
    else:
        out_path, summaries, name = _on_cluster(
            [path],
            outdir=outdir,
            fmt=fmt,
            settings=settings,
            scheduler=scheduler,
            workers=workers,
            docs_per_part=docs_per_part,
            source="pairs",
            dates=dates,
        )
    manifest = _finish(
        out_path,
        command="diff --pairs",
        inputs=[path],
        fmt=fmt,
        settings=settings,
        summaries=summaries,
        engine=name,
        extra=extra,
    )
    return manifest


def _validate_pairs(part: Part, settings: Settings, dates: tuple[Any, Any]) -> None:
    """Read every line once before any output, as `extract` does with batches."""
    for _ in read_pairs(part, settings, dates):
        pass


# ------------------------------------------------- entry points inside Dask


def _default_settings(settings: Settings | None) -> Settings:
    from .settings import Settings

    return settings if settings is not None else Settings()


def _bag_partition(records: Iterable[Any], settings: Settings) -> list[str]:
    from .ingest import _jsonl_article

    articles = (
        _jsonl_article(
            record if isinstance(record, str) else json.dumps(record, default=str),
            path="<bag>",
            lineno=n,
            max_chars=settings.max_chars,
        )
        for n, record in enumerate(records, start=1)
    )
    with _PIPELINE_LOCK:
        return [line.rstrip("\n") for line in extraction_lines(articles, settings)]


def extract_bag(bag: Any, settings: Settings | None = None) -> Any:
    """A dask.bag of {"id", "text", "published"?} dicts or JSON lines (as
    dask.bag.read_text gives) -> a bag of `factcheck extract --format jsonl`
    lines, without their newline (as Bag.to_textfiles adds it back).

    Records without an id get "<bag>:N", N counted within their partition.
    Each worker process loads the pipeline once and reuses it for every task.

    Example:
        >>> import dask.bag as db
        >>> from factcheck.dask import extract_bag
        >>> lines = extract_bag(db.read_text("corpus-*.jsonl", blocksize="16MB"))
        >>> lines.to_textfiles("out/*.jsonl")  # doctest: +SKIP
    """
    return bag.map_partitions(_bag_partition, _default_settings(settings))


def _frame_partition(frame: Any, settings: Settings) -> Any:
    import pandas as pd

    from .ingest import article_from_record

    def cell(value: Any) -> Any:  # None, NaN, NaT and pd.NA are all missing
        missing = pd.api.types.is_scalar(value) and bool(pd.isna(value))
        return None if missing else value

    columns = [c for c in RECORD_FIELDS if c in frame.columns]
    rows = frame[columns].to_dict("records")
    # Every row is checked before the pipeline loads, as the CLI checks its
    # inputs: the frame is in memory already, and Articles share its strings.
    articles = [
        article_from_record(
            _table_record({k: cell(v) for k, v in row.items()}),
            where=f"<frame>:{n}",
            max_chars=settings.max_chars,
        )
        for n, row in enumerate(rows, start=1)
    ]
    ids, lines = [], []
    with _PIPELINE_LOCK:
        from .extract import extract_articles
        from .render import render_jsonl

        for extraction in extract_articles(articles, settings=settings):
            ids.append(extraction.document.id)
            lines.append(render_jsonl(extraction).text.rstrip("\n"))
    # Plain lists: Series would bring a RangeIndex that the frame's own index
    # would then be aligned against.
    return pd.DataFrame({"id": ids, "json": lines}, index=frame.index, dtype=object)


def extract_partitions(df: Any, settings: Settings | None = None) -> Any:
    """A dask DataFrame of documents -> one with `id` and `json` columns, the
    `factcheck extract --format jsonl` line of each row (without its newline),
    index and partitions kept.

    A row is read as the JSONL record with the same fields would be, so it
    gives the line extract_bag gives that record: `text`, and `id`,
    `published`, `title` when present; other columns are ignored. A row
    without an id gets "<frame>:N", N counted within its partition; a
    whole-number float id is that integer (pandas keeps integer ids with gaps
    as floats). A partition's rows are all checked before any is parsed.

    Args:
        df: a dask.dataframe.DataFrame with a `text` column.
        settings: as the CLI's (default Settings(), whose max_chars is the
            default --max-chars).

    Returns:
        A lazy dask DataFrame; compute() or to_parquet() runs it.

    Raises:
        InputError: for a frame without a `text` column, at once; on compute,
            naming "<frame>:N" for a row that JSONL would refuse: no text
            string, a text over max_chars, an id neither string nor integer,
            a bad published date, a lone surrogate.
    """
    import pandas as pd

    if "text" not in df.columns:
        raise InputError('has no "text" column', where="<frame>")
    meta = pd.DataFrame(
        {"id": pd.Series(dtype=object), "json": pd.Series(dtype=object)}
    )
    return df.map_partitions(_frame_partition, _default_settings(settings), meta=meta)


__all__ = [
    "ModelPlugin",
    "Part",
    "extract_bag",
    "extract_partitions",
    "plan",
    "run_dask_extract",
    "run_pairs",
    "run_part",
]



# ------------------------------------------------- what the commands call

def _format(fmt: str, given: bool) -> str:
    """Part files are jsonl unless --format says otherwise."""
    return fmt if given else "jsonl"


def cli_extract(
    articles: list[str],
    *,
    settings: Settings,
    fmt: str,
    fmt_given: bool,
    output: str | None,
    engine: str,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """`extract --engine dask`: checks the options, runs, reports on stderr."""
    if engine != "dask":
        option = "--scheduler" if scheduler else "--format parquet"
        raise InputError("needs --engine dask", where=option)
    if not output or output == "-":
        raise InputError("writes part files: pass -o OUTDIR", where="--engine dask")
    from .cli.options import err_console

    err = err_console()
    fmt = _format(fmt, fmt_given)

    def report(summary: dict[str, Any]) -> None:
        if not quiet:
            for warning in summary.get("warnings", ()):
                err.print(warning, markup=False, soft_wrap=True)

    manifest = run_dask_extract(
        articles, output, fmt, scheduler, settings, on_result=report
    )
    if not quiet:
        undated = sum(p.get("undated", 0) for p in manifest["partitions"])
        err.print(
            f"{manifest['documents']} documents in {len(manifest['partitions'])} "
            f"partitions -> {output}/ ({manifest['engine']})",
            markup=False,
            soft_wrap=True,
        )
        if undated and settings.published is None:
            err.print(
                f"notice: {undated} documents have no publication date: relative "
                "dates are left unresolved (XXXX); pass --published DATE",
                markup=False,
                soft_wrap=True,
            )


def cli_pairs(
    pairs: str,
    *,
    settings: Settings,
    dates: tuple[Any, Any],
    fmt: str,
    fmt_given: bool,
    output: str | None,
    engine: str,
    scheduler: str | None,
    quiet: bool,
    versions: tuple[str | None, str | None] = (None, None),
) -> int:
    """`diff --pairs FILE`: returns the number of pairs with a change.

    Locally, -o FILE (or stdout) gets the JSONL stream; -o DIR/ (an existing
    directory, or any -o with --engine dask) gets part files and a manifest.
    """
    from .output import open_output

    if not pairs:
        option = (
            "--format parquet"
            if fmt == "parquet"
            else "--scheduler"
            if scheduler
            else f"--engine {engine}"
        )
        raise InputError("needs --pairs FILE", where=option)
    if any(versions):
        raise InputError("takes OLD NEW or --pairs, not both", where="--pairs")
    if scheduler and engine != "dask":
        raise InputError("needs --engine dask", where="--scheduler")

    fmt = _format(fmt, fmt_given)
    to_dir = engine == "dask" or (
        output not in (None, "-") and (Path(output).is_dir() or output.endswith("/"))
    )
    if to_dir:
        if not output or output == "-":
            raise InputError("writes part files: pass -o OUTDIR", where="--engine dask")
        result = run_pairs(
            pairs,
            settings=settings,
            dates=dates,
            engine=engine,
            outdir=output,
            fmt=fmt,
            scheduler=scheduler,
        )
    else:
        if fmt != "jsonl":
            raise InputError(
                "streams JSONL (one diff per pair): use --format jsonl, or -o OUTDIR/ "
                "with --format parquet",
                where="--pairs",
            )
        with open_output(output) as out:
            result = run_pairs(pairs, settings=settings, dates=dates, output=out)
    if not quiet:
        from .cli.options import err_console

        err_console().print(
            f"{result['documents']} pairs, {result['changed']} with claim changes",
            markup=False,
            soft_wrap=True,
        )
    return int(result["changed"])
