"""factcheck diff: two versions of a story -> the claims added, removed or changed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from typing import TYPE_CHECKING, Any, TextIO

import click

from factcheck.cli.options import (
    err_console,
    handle_errors,
    kinds_option,
    load_model,
    nlp_options,
    out_console,
    output_option,
    parse_published,
    reject_double_stdin,
    resolve_model,
)
from factcheck.errors import ExitCode, InputError
from factcheck.records import ClaimKind

if TYPE_CHECKING:
    from factcheck.diff import ClaimDiff
    from factcheck.ingest import Article
    from factcheck.records import Extraction

DIFF_FORMATS = ("table", "json", "jsonl", "text")


@click.command("diff")
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(DIFF_FORMATS),
    default="table",
    show_default=True,
    help="table for people; json, jsonl (one change a line) for programs; "
    "text like a unified diff.",
)
@click.option(
    "--exit-code",
    "exit_code",
    is_flag=True,
    help="Exit 1 when claims changed, 0 when none did (as git diff --exit-code).",
)
@kinds_option
@click.option(
    "--old-published",
    metavar="DATE",
    callback=parse_published,
    help="Publication date of OLD only (overrides --published).",
)
@click.option(
    "--new-published",
    metavar="DATE",
    callback=parse_published,
    help="Publication date of NEW only (overrides --published).",
)
@output_option
@nlp_options
def diff_command(
    old: str,
    new: str,
    fmt: str,
    exit_code: bool,
    kinds: tuple[ClaimKind, ...],
    old_published: dt.date | None,
    new_published: dt.date | None,
    output: str | None,
    model: str | None,
    published: dt.date | None,
    encoding: str,
    max_chars: int,
    quiet: bool,
) -> None:
    """Show the claims that changed between two versions OLD and NEW of a story.

    OLD and NEW are .txt, .md or .html files, or - for stdin (once). Claims are
    paired across versions by their facts and their sentence's words, so a claim
    that moved, or whose sentence was reworded around the same facts, is not a
    change; nor are whitespace, line-ending or punctuation edits. Only semantic
    fields are compared (value, modifier, unit, counted, source, cue, channel,
    date value, role, ...), never offsets. Paragraphs are numbered from 0, as in
    extract's JSON.

    Example:

    \b
        factcheck diff v1.txt v2.txt --published 2023-09-02 --exit-code
        factcheck diff v1.txt v2.txt --published 2023-09-02 --format text
    """
    from factcheck.settings import Settings

    with handle_errors():
        settings = Settings(
            model=resolve_model(model),
            published=None,  # set per version on the articles, see _read_versions
            kinds=kinds,
            max_chars=max_chars,
            encoding=encoding,
        )
        diff = _run_diff(
            old,
            new,
            settings=settings,
            published=(old_published or published, new_published or published),
            fmt=fmt,
            output=output,
            quiet=quiet,
        )
        if exit_code and diff:
            sys.exit(ExitCode.FINDINGS)


def _read_versions(
    old: str, new: str, *, settings: Any, published: tuple[dt.date | None, ...]
) -> list[Article]:
    from factcheck.ingest import is_batch, read_article

    reject_double_stdin([old, new])
    articles = []
    for path, date in zip((old, new), published, strict=True):
        if is_batch(path):
            raise InputError(
                "is a JSONL batch; diff compares two single articles",
                where=path,
                hint="pass .txt, .md or .html files, or - for stdin",
            )
        article = read_article(
            path, encoding=settings.encoding, max_chars=settings.max_chars
        )
        # The date on the command line beats the file's metadata, per version.
        if date is not None:
            article = dataclasses.replace(article, published=date)
        articles.append(article)
    return articles


def _run_diff(
    old: str,
    new: str,
    *,
    settings: Any,
    published: tuple[dt.date | None, dt.date | None],
    fmt: str,
    output: str | None,
    quiet: bool,
) -> ClaimDiff:
    from factcheck.diff import diff_claims
    from factcheck.extract import extract_articles
    from factcheck.output import open_output

    articles = _read_versions(old, new, settings=settings, published=published)
    err = err_console()
    load_model(settings.model, err, quiet=quiet)
    # One nlp.pipe over both versions: diffing costs little more than extracting.
    old_ex, new_ex = extract_articles(articles, settings=settings)
    diff = diff_claims(
        old_ex,
        new_ex,
        kinds=settings.kinds,
        old_text=articles[0].text,
        new_text=articles[1].text,
    )
    with open_output(output) as out:
        _write(out, fmt, diff, old_ex, new_ex, articles)
    undated = [e.document.id for e in (old_ex, new_ex) if e.document.published is None]
    if undated and not quiet:
        err.print(
            f"notice: no publication date for {' and '.join(undated)}: relative "
            "dates are left unresolved (XXXX); pass --published DATE",
            markup=False,
            soft_wrap=True,
        )
    return diff


def _write(
    out: TextIO,
    fmt: str,
    diff: ClaimDiff,
    old: Extraction,
    new: Extraction,
    articles: list[Article],
) -> None:
    from factcheck.render import diff as render

    if fmt == "json":
        out.write(render.render_json(diff, old, new))
    elif fmt == "jsonl":
        out.write(render.render_jsonl(diff))
    elif fmt == "text":
        out.write(
            render.render_text(diff, old, new, articles[0].text, articles[1].text)
        )
    else:
        console = out_console(out, "table")
        console.print(render.heading(diff, old, new), markup=False)
        if diff:
            console.print(render.render_table(diff))
