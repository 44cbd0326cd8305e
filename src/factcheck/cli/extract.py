"""factcheck extract: articles -> their claims as a table, JSON, JSONL or CSV."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import click

from factcheck.cli.options import (
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
)
from factcheck.records import ClaimKind

FORMATS = ("table", "json", "jsonl", "csv")


@click.command("extract")
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="table for people; json, jsonl, csv for programs.",
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
) -> None:
    """Print the claims of each ARTICLE (.txt, .md, .html, .jsonl batch, or -).

    A .jsonl batch holds one {"id", "text", "published"?} object per line and gives
    one output document per line, in order. Spans are [start, end) character
    offsets into the article text.

    Example:

        factcheck extract story.txt --published 2023-09-02 --format json
    """
    from factcheck.settings import Settings

    with handle_errors():
        settings = Settings(
            model=resolve_model(model),
            published=published,
            kinds=kinds,
            max_chars=max_chars,
            encoding=encoding,
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
    from factcheck import render
    from factcheck.extract import extract_parallel
    from factcheck.ingest import Inputs
    from factcheck.output import open_output

    reject_double_stdin(paths)
    inputs = Inputs(paths, settings=settings)  # validates everything before output
    err = err_console()
    load_model(settings.model, err, quiet=quiet)
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
