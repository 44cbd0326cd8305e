"""factcheck check: placeholder until the check command lands."""

from __future__ import annotations

import click


@click.command("check", hidden=True)
def check_command() -> None:
    """Not implemented yet.

    Example:

        factcheck check --help
    """
    raise click.UsageError("factcheck check is not implemented yet")
