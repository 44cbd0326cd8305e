"""factcheck extract: articles -> their claims as a table, JSON, JSONL or CSV."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import click

from factcheck.cli.engine import engine_options, format_given
from factcheck.cli.options import (
    default_format,
    err_console,
    handle_errors,
    kinds_option,
    load_model,
    nlp_options,
    out_console,
    output_option,
    progress,
    reject_double_stdin,
    resolve_model,
    verbose_option,
)
from factcheck.records import ClaimKind

FORMATS = ("table", "tsv", "json", "jsonl", "csv", "parquet")


@click.command("extract")
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="table for people (the default on a terminal); tsv (the default when "
    "piped: one claim a line); json, jsonl, csv for programs; parquet with "
    "--engine dask. With -o, the file's suffix picks it (claims.csv).",
)
@kinds_option
@output_option
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Worker processes for batches (0: one per CPU).",
)
@nlp_options
@verbose_option
@engine_options
def extract_command(
    articles: tuple[str, ...],
    fmt: str | None,
    kinds: tuple[ClaimKind, ...],
    output: str | None,
    jobs: int,
    model: str | None,
    published: dt.date | None,
    encoding: str,
    max_chars: int,
    quiet: bool,
    verbose: bool,
    engine: str,
    scheduler: str | None,
) -> None:
    """Print the claims of each ARTICLE (.txt, .md, .html, .jsonl batch, or -).

    ARTICLE may also be a directory (searched for .txt, .md and .html) or a
    quoted glob ('copy/**/*.md'), as for check. A .jsonl batch holds one {"id",
    "text", "published"?} object per line and gives one output document per
    line, in order. Spans are [start, end) character offsets into the article
    text. A batch's warnings are summed up, one line per code (-v: all).

    Example:

        factcheck extract story.txt --published 2023-09-02 --format json
    """
    from factcheck.cli.check import expand_articles
    from factcheck.settings import Settings

    with handle_errors():
        settings = Settings(
            model=resolve_model(model),
            published=published,
            kinds=kinds,
            max_chars=max_chars,
            encoding=encoding,
        )
        if engine != "local" or fmt == "parquet" or scheduler:
            from factcheck.dask import cli_extract

            return cli_extract(
                list(articles),
                settings=settings,
                fmt=fmt or "jsonl",
                fmt_given=format_given(),
                output=output,
                engine=engine,
                scheduler=scheduler,
                quiet=quiet,
            )
        _run_extract(
            expand_articles(articles),
            settings=settings,
            fmt=fmt or default_format(output, FORMATS),
            output=output,
            quiet=quiet,
            verbose=verbose,
            jobs=jobs or os.cpu_count() or 1,
        )


def _run_extract(
    paths: list[str],
    *,
    settings: Any,
    fmt: str,
    output: str | None,
    quiet: bool,
    verbose: bool = False,
    jobs: int = 1,
) -> None:
    from factcheck import render
    from factcheck.extract import extract_parallel
    from factcheck.ingest import Inputs
    from factcheck.output import check_target, open_output

    reject_double_stdin(paths)
    check_target(output)  # an unwritable -o fails before the work
    inputs = Inputs(paths, settings=settings)  # validates everything before output
    err = err_console()
    load_model(settings.model, err, quiet=quiet)
    single = inputs.total == 1 and not inputs.has_batch
    transform = {
        "json": render.render_json,
        "jsonl": render.render_jsonl,
        "csv": render.render_csv,
        "tsv": render.render_tsv,
    }.get(fmt)
    warnings = WarningSummary(err, details=verbose or inputs.total == 1)
    undated = 0
    with open_output(output) as out:
        console = out_console(out, fmt)
        # Written with the first result, so a model that fails to load leaves
        # stdout empty rather than holding a lone header.
        opening = {
            "csv": render.csv_header(),
            "tsv": render.tsv_header(),
            "json": "" if single else "[",
        }.get(fmt, "")
        results = extract_parallel(
            inputs.articles(),
            settings=settings,
            jobs=jobs,
            transform=transform,
            total=inputs.total,
        )
        for n, item in enumerate(
            progress(results, inputs.total, err, disable=quiet or inputs.total < 2)
        ):
            if isinstance(item, render.Rendered):
                doc_id, is_undated, diagnostics = (
                    item.document_id,
                    item.undated,
                    item.diagnostics,
                )
            else:
                doc_id = item.document.id
                is_undated = item.document.published is None
                diagnostics = item.diagnostics
            undated += is_undated
            warnings.add(doc_id, diagnostics)
            if not n:
                out.write(opening)
            if fmt == "json":
                if not single:
                    out.write(",\n" if n else "\n")
                out.write(item.text + ("\n" if single else ""))
            elif fmt in ("jsonl", "csv", "tsv"):
                out.write(item.text)
            else:
                if n:
                    console.print()
                console.print(render.document_heading(item))
                for table in render.tables(item, kinds=settings.kinds):
                    console.print(table)
        if not inputs.total:
            out.write(opening)
        if fmt == "json" and not single:
            out.write("\n]\n")
    warnings.flush()
    if undated and not quiet and settings.published is None:
        what = "the document has" if inputs.total == 1 else f"{undated} documents have"
        err.print(
            f"notice: {what} no publication date: relative dates are left "
            "unresolved (XXXX); pass --published DATE",
            markup=False,
            soft_wrap=True,
        )


class WarningSummary:
    """A batch's warnings: each printed as it comes (details), or one line per code.

    FC101 (no publication date) is left out: the closing notice says it once.
    """

    def __init__(self, err: Any, *, details: bool) -> None:
        self.err = err
        self.details = details
        self.counts: dict[str, list[Any]] = {}  # code -> [warnings, documents, first]

    def add(self, doc_id: str, diagnostics: Any) -> None:
        seen = set()
        for d in diagnostics:
            if d.code == "FC101":
                continue
            if self.details:
                self._print(f"warning[{d.code}]: {doc_id}: {d.message}")
                continue
            entry = self.counts.setdefault(d.code, [0, 0, f"{doc_id}: {d.message}"])
            entry[0] += 1
            entry[1] += d.code not in seen
            seen.add(d.code)

    def flush(self) -> None:
        for code, (n, docs, first) in sorted(self.counts.items()):
            times = f"{n} warning{'s' if n != 1 else ''} in {docs} document"
            self._print(
                f"warning[{code}]: {times}{'s' if docs != 1 else ''}, first {first} "
                "(-v lists them all)"
            )

    def _print(self, line: str) -> None:
        self.err.print(line, markup=False, soft_wrap=True)
