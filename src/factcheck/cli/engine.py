"""--engine and --scheduler: the options of `extract` and `diff --pairs` that send
the work to factcheck.dask (which `--help` never imports)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

ENGINES = ("local", "dask")


def engine_options(f: F) -> F:
    f = click.option(
        "--scheduler",
        metavar="ADDRESS",
        help="With --engine dask: join this Dask scheduler (tcp://host:8786) "
        "instead of starting a LocalCluster with one worker per core.",
    )(f)
    f = click.option(
        "--engine",
        type=click.Choice(ENGINES),
        default="local",
        show_default=True,
        help="dask: run partitions of the input on a Dask cluster and write "
        "OUTDIR/part-NNNNN.jsonl (or .parquet) plus manifest.json; needs "
        "-o OUTDIR and factcheck[dask].",
    )(f)
    return f


def format_given() -> bool:
    """Whether --format was on the command line (part files default to jsonl)."""
    ctx = click.get_current_context()
    return ctx.get_parameter_source("fmt") is not click.core.ParameterSource.DEFAULT
