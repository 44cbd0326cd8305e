"""factcheck diff: placeholder until the diff command lands."""

from __future__ import annotations

import click


@click.command("diff", hidden=True)
def diff_command() -> None:
    """Not implemented yet.

    Example:

        factcheck diff --help
    """
    raise click.UsageError("factcheck diff is not implemented yet")
