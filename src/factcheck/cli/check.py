"""factcheck check: articles + reference facts -> findings as text, JSON, SARIF."""

from __future__ import annotations

import dataclasses
import datetime as dt
import glob
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from factcheck.cli.config import (
    CONFIG_FILE,
    FAIL_ON,
    FORMATS,
    build_config,
    find_config,
    read_config,
)
from factcheck.render.escape import printable
from factcheck.cli.options import (
    err_console,
    handle_errors,
    load_model,
    nlp_options,
    output_option,
    reject_double_stdin,
    resolve_model,
)
from factcheck.errors import ExitCode, InputError
from factcheck.ingest import expand_glob

if TYPE_CHECKING:
    from factcheck.check import CheckReport
    from factcheck.ingest import Article

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@click.command("check")
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@click.option(
    "-r",
    "--reference",
    "references",
    multiple=True,
    metavar="FACTS",
    help="Reference facts (.yaml, .json, or .csv names list); repeatable. "
    "Default: `reference` in factcheck.toml.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="text (default), json, github (workflow annotations), sarif (2.1.0).",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default=None,
    help="Exit 1 when a finding reaches this severity (default: error).",
)
@click.option(
    "--config",
    "config_path",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="factcheck.toml or pyproject.toml to read (default: found from the "
    "current directory upward).",
)
@output_option
@nlp_options
def check_command(
    articles: tuple[str, ...],
    references: tuple[str, ...],
    fmt: str | None,
    fail_on: str | None,
    config_path: str | None,
    output: str | None,
    model: str | None,
    published: dt.date | None,
    encoding: str,
    max_chars: int,
    quiet: bool,
) -> None:
    """Check the claims of each ARTICLE against reference facts.

    ARTICLE may be files (.txt, .md, .html, .jsonl, - for stdin), directories
    (searched for .txt, .md and .html) or quoted globs ('copy/**/*.md'). Counts,
    dates, names, roles and quotes that contradict the reference are errors;
    vague attributions and counts without attribution are warnings; facts an
    article does not mention are info. Settings and rule severities come from
    factcheck.toml or [tool.factcheck] in pyproject.toml; a
    <!-- factcheck-disable RULE --> comment turns a rule off for a .md or .html
    file. Exit status: 0 clean, 1 findings at --fail-on, 2 usage, 3 bad input
    or reference, 4 spaCy pipeline missing.

    Example:

        factcheck check story.md --reference facts.yaml --fail-on warning
    """
    with handle_errors():
        code = _run_check(
            list(articles),
            references=list(references),
            fmt=fmt,
            fail_on=fail_on,
            config_path=config_path,
            output=output,
            model=model,
            published=published,
            encoding=encoding,
            max_chars=max_chars,
            quiet=quiet,
        )
    sys.exit(code)


# -- articles --------------------------------------------------------------------


def expand_articles(args: Iterable[str]) -> list[str]:
    """Paths, directories (recursively: .txt, .md, .html) and globs -> file list.

    Raises:
        InputError: for a glob or directory that yields no article.
    """
    out: list[str] = []
    for arg in args:
        path = Path(arg)
        if arg == "-" or path.is_file():
            out.append(arg)
        elif path.is_dir():
            found = articles_under(path)
            if not found:
                raise InputError(
                    "no .txt, .md or .html files in this directory", where=arg
                )
            out.extend(found)
        elif glob.has_magic(arg):
            matches = expand_glob(arg)  # glob.glob would follow symlink loops
            files: list[str] = []
            for m in matches:
                files.extend(articles_under(Path(m)) if Path(m).is_dir() else [m])
            if not files:
                raise InputError("no files match this pattern", where=arg)
            out.extend(files)
        else:
            out.append(arg)  # read_article names the missing file
    return list(dict.fromkeys(out))


def articles_under(folder: Path) -> list[str]:
    return sorted(
        str(f)
        for f in folder.rglob("*")
        if f.suffix.lower() in ARTICLE_SUFFIXES
        and f.is_file()
        # .git, .venv, .tox: not copy.
        and not any(part.startswith(".") for part in f.relative_to(folder).parts)
    )


def _raw(path: str | None, encoding: str) -> str | None:
    """The file as written, for .md/.html (comments, HTML positions)."""
    if path is None or Path(path).suffix.lower() not in (
        ".md",
        ".markdown",
        ".html",
        ".htm",
    ):
        return None
    try:
        return Path(path).read_bytes().decode(encoding, errors="replace")
    except (OSError, LookupError):
        return None


# -- the run -----------------------------------------------------------------------


def _run_check(
    paths: list[str],
    *,
    references: list[str],
    fmt: str | None,
    fail_on: str | None,
    config_path: str | None,
    output: str | None,
    model: str | None,
    published: dt.date | None,
    encoding: str,
    max_chars: int,
    quiet: bool,
) -> int:
    from factcheck.check import check_claims, exit_code
    from factcheck.check.markup import disabled_rules, html_positions
    from factcheck.extract import extract_articles
    from factcheck.ingest import Inputs, comments_only
    from factcheck.output import check_target, open_output
    from factcheck.reference import load_references
    from factcheck.render.check import (
        render_github,
        render_json,
        render_sarif,
        render_text,
        summary_line,
    )
    from factcheck.settings import Settings

    cfg_file = Path(config_path) if config_path else find_config(Path.cwd())
    table = read_config(cfg_file) if cfg_file else {}
    config, options = build_config(table, path=cfg_file)
    references = references or options.get("reference", [])
    if not references:
        raise click.UsageError(
            "give the reference facts with --reference FACTS "
            f"(or `reference = ...` in {CONFIG_FILE})"
        )
    fmt = fmt or options.get("format", "text")
    fail_on = fail_on or options.get("fail-on", "error")

    reference = load_references(references)
    config = config.with_settings(reference.settings)
    settings = Settings(
        model=resolve_model(model),
        published=published,
        max_chars=max_chars,
        encoding=encoding,
    )
    check_target(output)  # an unwritable -o fails before the work
    files = expand_articles(paths)
    reject_double_stdin(files)
    inputs = Inputs(files, settings=settings)  # every input validated before output
    err = err_console()
    load_model(settings.model, err, quiet=quiet)

    pending: deque[Article] = deque()

    def feed() -> Iterator[Article]:
        for article in inputs.articles():
            if article.published is None and reference.published is not None:
                # The reference's date is a default: metadata and --published win.
                article = dataclasses.replace(article, published=reference.published)
            pending.append(article)
            yield article

    reports: list[CheckReport] = []
    for extraction in extract_articles(feed(), settings=settings):
        article = pending.popleft()  # nlp.pipe keeps input order
        raw = _raw(article.path, encoding)
        disabled = (
            disabled_rules(comments_only(raw, article.path))
            if raw is not None
            else frozenset()
        )
        report = check_claims(
            extraction,
            article.text,
            reference,
            config=dataclasses.replace(config, disabled=disabled),
        )
        if raw is not None and Path(article.path or "").suffix.lower() in (
            ".html",
            ".htm",
        ):
            findings = html_positions(report.findings, article.text, raw)
            report = dataclasses.replace(report, findings=tuple(findings))
        reports.append(report)

    code = exit_code(reports, fail_on)
    with open_output(output) as out:
        if fmt == "json":
            out.write(render_json(reports, reference, fail_on=fail_on, code=code))
        elif fmt == "github":
            out.write(printable(render_github(reports)))
        elif fmt == "sarif":
            out.write(render_sarif(reports, config=config))
        else:
            out.write(printable(render_text(reports)))
    if not quiet:
        err.print(summary_line(reports), markup=False, soft_wrap=True, highlight=False)
    return ExitCode.FINDINGS if code else ExitCode.OK
