"""What every factcheck command shares: the error funnel, options, consoles."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
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
    from rich.console import Console

    return Console(stderr=True, highlight=False)


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

    try:
        return parse_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


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


def resolve_model(explicit: str | None) -> str | None:
    from factcheck.nlp import model_name

    return model_name(explicit)


def out_console(out: Any, fmt: str) -> Any:
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


def progress(
    items: Iterator[Any], total: int, err: Any, *, disable: bool
) -> Iterator[Any]:
    if disable or not err.is_terminal:
        yield from items
        return
    from rich.progress import track

    yield from track(
        items, total=total, description="Extracting", console=err, transient=True
    )


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
