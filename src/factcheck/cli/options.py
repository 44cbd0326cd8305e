"""What every factcheck command shares: the error funnel, options, consoles."""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from typing import Any, NoReturn, TypeVar

import click

from factcheck.errors import ExitCode, FactcheckError, InputError
from factcheck.records import ClaimKind
from factcheck.settings import DEFAULT_MAX_CHARS

F = TypeVar("F", bound=Callable[..., Any])


def err_console() -> Any:
    from factcheck.render.escape import escaping_console

    return escaping_console(stderr=True, highlight=False)


def fail(exc: FactcheckError) -> NoReturn:
    err = err_console()
    err.print(f"error[{exc.code}]: {exc}", markup=False, soft_wrap=True)
    if exc.hint:
        err.print(f"hint: {exc.hint}", markup=False, soft_wrap=True)
    sys.exit(exc.exit_code)


@contextlib.contextmanager
def handle_errors() -> Iterator[None]:
    """The one error funnel: user mistakes -> one line + exit code; bugs -> 70."""
    try:
        yield
    except FactcheckError as exc:
        fail(exc)
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


def parse_published(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> dt.date | None:
    if value is None:
        return None
    if value.lower() == "today":
        return dt.date.today()
    from factcheck.ingest import parse_date

    match = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})\s*", value)
    if match:
        year, month, day = (int(g) for g in match.groups())
        if not 1 <= month <= 12:
            raise click.BadParameter(f"{value}: there is no month {month}")
        try:
            return dt.date(year, month, day)
        except ValueError:
            days = calendar.monthrange(year, month)[1]
            raise click.BadParameter(
                f"{value}: the day is invalid ({calendar.month_name[month]} "
                f"{year} has {days} days)"
            ) from None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


# spaCy's own ceiling (nlp.max_length, error E088): its parser and entity
# recogniser need about 1 GB of working memory per 100,000 characters, so a
# longer document is refused here, before any work, rather than raising it.
SPACY_MAX_CHARS = 1_000_000


def check_max_chars(ctx: click.Context, param: click.Parameter, value: int) -> int:
    if value > SPACY_MAX_CHARS:
        raise click.BadParameter(
            f"{value:,} is above spaCy's limit of {SPACY_MAX_CHARS:,} characters "
            "per document (nlp.max_length: about 1 GB of parser memory per "
            "100,000 characters); split the document"
        )
    return value


def parse_kinds(
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
        callback=parse_published,
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
        default=DEFAULT_MAX_CHARS,
        callback=check_max_chars,
        show_default=True,
        help="Refuse documents longer than this.",
    )(f)
    f = click.option(
        "-q",
        "--quiet",
        is_flag=True,
        help="No notices or progress on stderr (warnings and errors stay).",
    )(f)
    return f


verbose_option = click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Every warning of a batch, one line each (default: one line per code).",
)


_SUFFIX_FORMATS = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".md": "markdown",
    ".txt": "text",
    ".diff": "text",
}


def default_format(output: str | None, formats: tuple[str, ...] = ()) -> str:
    """The --format when none is given: table on a terminal, tsv when piped.

    For --output FILE, the one its suffix names when the command has it
    (claims.csv -> csv, summary.md -> markdown), else tsv.
    """
    if output not in (None, "-"):
        fmt = _SUFFIX_FORMATS.get(os.path.splitext(output)[1].lower(), "tsv")
        return fmt if fmt in formats else "tsv"
    return "table" if sys.stdout.isatty() else "tsv"


def terminal_width(out: Any) -> int:
    """$COLUMNS when set, else the terminal's width, else 100 (files, pipes)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if hasattr(out, "isatty") and out.isatty():
        import shutil

        return shutil.get_terminal_size((100, 24)).columns
    return 100


def resolve_model(explicit: str | None) -> str | None:
    from factcheck.nlp import model_name

    return model_name(explicit)


def out_console(out: Any, fmt: str) -> Any:
    if fmt != "table":
        return None
    from factcheck.render.escape import escaping_console

    return escaping_console(
        file=out,
        width=terminal_width(out),
        no_color=bool(os.environ.get("NO_COLOR")) or None,
        highlight=False,
        soft_wrap=False,
    )


def progress(
    items: Iterator[Any], total: int, err: Any, *, disable: bool
) -> Iterator[Any]:
    if disable or not err.is_terminal:
        yield from items
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("documents"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, transient=True) as bar:
        yield from bar.track(items, total=total, description="Extracting")


kinds_option = click.option(
    "--kinds",
    callback=parse_kinds,
    metavar="KIND[,KIND]",
    help="Only these kinds: count, date, actor, attribution.",
)
output_option = click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Write here (atomically: nothing is left behind on failure).",
)


def reject_double_stdin(paths: list[str]) -> None:
    """stdin can be read once: more than one '-' is a usage mistake.

    Raises:
        InputError: when '-' is given twice or more.
    """
    if paths.count("-") > 1:
        raise InputError("stdin ('-') can be read only once", where="-")


def load_model(model: str | None, err: Any, *, quiet: bool) -> None:
    """Load the pipeline up front behind a spinner, on a terminal and unless quiet."""
    if err.is_terminal and not quiet:
        from factcheck.nlp import load_pipeline

        with err.status("Loading the spaCy model\u2026"):
            load_pipeline(model)
