"""The factcheck command line: the click group; one module per command.

extract.py, diff.py, check.py   one command each: options -> Settings -> stages
textconv.py                     claims one a line, for git's textconv filters
options.py                      shared options, consoles and the error funnel
config.py                       factcheck.toml / [tool.factcheck] for check
"""

from __future__ import annotations

import click

from factcheck import __version__
from factcheck.cli.check import check_command
from factcheck.cli.diff import diff_command
from factcheck.cli.extract import extract_command
from factcheck.cli.textconv import textconv_command


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


cli.add_command(extract_command)
cli.add_command(diff_command)
cli.add_command(check_command)
cli.add_command(textconv_command)
