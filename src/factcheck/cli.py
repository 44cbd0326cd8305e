"""The factcheck command line: options -> Settings -> stages -> output -> exit code."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from typing import Any, NoReturn, TypeVar

import click

from . import __version__
from .errors import ExitCode, FactcheckError, InputError
from .records import ClaimKind

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "json", "jsonl", "csv")


def _err_console() -> Any:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _fail(exc: FactcheckError) -> NoReturn:
    err = _err_console()
    err.print(f"error[{exc.code}]: {exc}", markup=False, soft_wrap=True)
    if exc.hint:
        err.print(f"hint: {exc.hint}", markup=False, soft_wrap=True)
    sys.exit(exc.exit_code)


@contextlib.contextmanager
def _handle_errors() -> Iterator[None]:
    """The one error funnel: user mistakes -> one line + exit code; bugs -> 70."""
    try:
        yield
    except FactcheckError as exc:
        _fail(exc)
    except (click.exceptions.Exit, click.ClickException, SystemExit):
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        # `factcheck extract ... | head`: the reader left; that is not our failure.
        sys.stderr.close()
        sys.exit(ExitCode.OK)
    except Exception:
        traceback.print_exc()
        click.echo(
            "error[FC700]: internal error: this is a bug in factcheck; please "
            "report it with the traceback above",
            err=True,
        )
        sys.exit(ExitCode.INTERNAL)


def _parse_published(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> dt.date | None:
    if value is None:
        return None
    if value.lower() == "today":
        return dt.date.today()
    from .ingest import parse_date

    try:
        return parse_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _parse_kinds(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> tuple[ClaimKind, ...]:
    if not value:
        return tuple(ClaimKind)
    kinds = []
    for part in value.split(","):
        name = part.strip().lower().rstrip("s")
        try:
            kinds.append(ClaimKind(name))
        except ValueError:
            choices = ", ".join(k.value for k in ClaimKind)
            raise click.BadParameter(
                f"unknown kind {part!r} (choose from {choices})"
            ) from None
    return tuple(dict.fromkeys(kinds))


def nlp_options(f: F) -> F:
    """Options every command that reads articles shares."""
    f = click.option(
        "--model",
        metavar="NAME",
        help="spaCy pipeline to use (default: en_core_web_sm; env FACTCHECK_MODEL).",
    )(f)
    f = click.option(
        "--published",
        metavar="DATE",
        callback=_parse_published,
        help="Publication date (YYYY-MM-DD or 'today') that relative "
        "dates resolve against; overrides the article's metadata.",
    )(f)
    f = click.option(
        "--encoding",
        default="utf-8",
        show_default=True,
        help="Encoding of the input files.",
    )(f)
    f = click.option(
        "--max-chars",
        type=click.IntRange(min=1),
        default=1_000_000,
        show_default=True,
        help="Refuse documents longer than this.",
    )(f)
    f = click.option(
        "-q",
        "--quiet",
        is_flag=True,
        help="No notices, warnings or progress on stderr.",
    )(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def cli() -> None:
    """Extract and check the claims in news copy: counts, dates, actors, quotes."""


@cli.command("extract")
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
@click.option(
    "--kinds",
    callback=_parse_kinds,
    metavar="KIND[,KIND]",
    help="Only these kinds: count, date, actor, attribution.",
)
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Write here (atomically: nothing is left behind on failure).",
)
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
    from .settings import Settings

    with _handle_errors():
        settings = Settings(
            model=_model(model),
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


def _model(explicit: str | None) -> str | None:
    from .nlp import model_name

    return model_name(explicit)


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
    err = _err_console()
    if err.is_terminal and not quiet:
        with err.status("Loading the spaCy model\u2026"):
            load_pipeline(settings.model)
    single = inputs.total == 1 and not inputs.has_batch
    undated = 0
    with open_output(output) as out:
        console = _out_console(out, fmt)
        if fmt == "csv":
            out.write(render.csv_header())
        if fmt == "json" and not single:
            out.write("[")
        for n, extraction in enumerate(
            _progress(
                extract_parallel(inputs.articles(), settings=settings, jobs=jobs),
                inputs.total,
                err,
                disable=quiet or inputs.total < 2,
            )
        ):
            if extraction.document.published is None:
                undated += 1
            if not quiet:
                for d in extraction.diagnostics:
                    if d.code != "FC101":
                        err.print(
                            f"warning[{d.code}]: {extraction.document.id}: {d.message}",
                            markup=False,
                            soft_wrap=True,
                        )
            if fmt == "json":
                if not single:
                    out.write(",\n" if n else "\n")
                out.write(render.to_json(extraction, indent=2))
                if single:
                    out.write("\n")
            elif fmt == "jsonl":
                out.write(render.to_json(extraction) + "\n")
            elif fmt == "csv":
                out.write(render.csv_rows(extraction))
            else:
                if n:
                    console.print()
                console.print(render.document_heading(extraction))
                for table in render.tables(extraction, kinds=settings.kinds):
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


def _out_console(out: Any, fmt: str) -> Any:
    if fmt != "table":
        return None
    from rich.console import Console

    terminal = out.isatty() if hasattr(out, "isatty") else False
    width = min(Console().width, 100) if terminal else 100
    return Console(
        file=out,
        width=width,
        no_color=bool(os.environ.get("NO_COLOR")) or None,
        highlight=False,
        soft_wrap=False,
    )


def _progress(
    items: Iterator[Any], total: int, err: Any, *, disable: bool
) -> Iterator[Any]:
    if disable or not err.is_terminal:
        yield from items
        return
    from rich.progress import track

    yield from track(
        items, total=total, description="Extracting", console=err, transient=True
    )


def main() -> None:  # pragma: no cover - console entry point alias
    cli()


# Each further command lives beside its stage's rendering, in its own module, and
# imports its shared options from here; registered last to avoid an import cycle.
from factcheck.cli_check import check_command  # noqa: E402
from factcheck.cli_diff import diff_command  # noqa: E402

cli.add_command(diff_command)
cli.add_command(check_command)
