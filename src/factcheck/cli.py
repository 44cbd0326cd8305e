"""The factcheck command line: options -> Settings -> stages -> output -> exit code."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import click

from factcheck import __version__
from factcheck.cli_check import check_command
from factcheck.cli_diff import diff_command
from factcheck.cli_engine import engine_options, format_given
from factcheck.cli_shared import (
    err_console,
    handle_errors,
    kinds_option,
    nlp_options,
    out_console,
    output_option,
    progress,
    resolve_model,
)
from factcheck.errors import InputError
from factcheck.records import ClaimKind

FORMATS = ("table", "json", "jsonl", "csv", "parquet")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def cli() -> None:
    """Extract and check the claims in news copy: counts, dates, actors, quotes."""


def main() -> None:
    """The console script: `cli`, then an exit that spares a walk over the model.

    The interpreter's last garbage collection visits every object still alive,
    and after a parse that is the whole spaCy pipeline: 0.3 s of each run, for
    nothing, since the process is ending. Frozen objects are skipped. (Only
    here: `cli` called in process, as the tests do, leaves the collector alone.)
    """
    try:
        cli(prog_name="factcheck")
    finally:
        import gc

        gc.freeze()


@cli.command("extract")
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="table for people; json, jsonl, csv for programs; parquet with "
    "--engine dask.",
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
@engine_options
def extract_command(
    articles: tuple[str, ...],
    fmt: str,
    kinds: tuple[ClaimKind, ...],
    output: str | None,
    jobs: int,
    model: str | None,
    published: dt.date | None,
    encoding: str,
    max_chars: int,
    quiet: bool,
    engine: str,
    scheduler: str | None,
) -> None:
    """Print the claims of each ARTICLE (.txt, .md, .html, .jsonl batch, or -).

    A .jsonl batch holds one {"id", "text", "published"?} object per line and gives
    one output document per line, in order. Spans are [start, end) character
    offsets into the article text.

    Example:

        factcheck extract story.txt --published 2023-09-02 --format json
    """
    from .settings import Settings

    with handle_errors():
        settings = Settings(
            model=resolve_model(model),
            published=published,
            kinds=kinds,
            max_chars=max_chars,
            encoding=encoding,
        )
        if engine != "local" or fmt == "parquet" or scheduler:
            from .dask import cli_extract

            return cli_extract(
                list(articles),
                settings=settings,
                fmt=fmt,
                fmt_given=format_given(),
                output=output,
                engine=engine,
                scheduler=scheduler,
                quiet=quiet,
            )
        _run_extract(
            list(articles),
            settings=settings,
            fmt=fmt,
            output=output,
            quiet=quiet,
            jobs=jobs or os.cpu_count() or 1,
        )


def _run_extract(
    paths: list[str],
    *,
    settings: Any,
    fmt: str,
    output: str | None,
    quiet: bool,
    jobs: int = 1,
) -> None:
    from . import render
    from .extract import extract_parallel
    from .ingest import Inputs
    from .nlp import load_pipeline
    from .output import open_output

    if paths.count("-") > 1:
        raise InputError("stdin ('-') can be read only once", where="-")
    inputs = Inputs(paths, settings=settings)  # validates everything before output
    err = err_console()
    if err.is_terminal and not quiet:
        with err.status("Loading the spaCy model\u2026"):
            load_pipeline(settings.model)
    single = inputs.total == 1 and not inputs.has_batch
    transform = {
        "json": render.render_json,
        "jsonl": render.render_jsonl,
        "csv": render.render_csv,
    }.get(fmt)
    undated = 0
    with open_output(output) as out:
        console = out_console(out, fmt)
        if fmt == "csv":
            out.write(render.csv_header())
        if fmt == "json" and not single:
            out.write("[")
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
            if not quiet:
                for d in diagnostics:
                    if d.code != "FC101":
                        err.print(
                            f"warning[{d.code}]: {doc_id}: {d.message}",
                            markup=False,
                            soft_wrap=True,
                        )
            if fmt == "json":
                if not single:
                    out.write(",\n" if n else "\n")
                out.write(item.text + ("\n" if single else ""))
            elif fmt in ("jsonl", "csv"):
                out.write(item.text)
            else:
                if n:
                    console.print()
                console.print(render.document_heading(item))
                for table in render.tables(item, kinds=settings.kinds):
                    console.print(table)
        if fmt == "json" and not single:
            out.write("\n]\n")
    if undated and not quiet and settings.published is None:
        what = "the document has" if inputs.total == 1 else f"{undated} documents have"
        err.print(
            f"notice: {what} no publication date: relative dates are left "
            "unresolved (XXXX); pass --published DATE",
            markup=False,
            soft_wrap=True,
        )


cli.add_command(diff_command)
cli.add_command(check_command)
