"""factcheck textconv: one article -> its claims one a line, for `git diff`."""

from __future__ import annotations

import datetime as dt
import sys

import click

from factcheck.cli.options import handle_errors, parse_published, resolve_model


@click.command("textconv")
@click.argument("article", metavar="ARTICLE")
@click.option("--model", metavar="NAME", help="spaCy pipeline to use.")
@click.option(
    "--published",
    metavar="DATE",
    callback=parse_published,
    help="Publication date relative dates resolve against (default: the "
    "article's metadata).",
)
@click.option("--encoding", default="utf-8", show_default=True)
def textconv_command(
    article: str, model: str | None, published: dt.date | None, encoding: str
) -> None:
    """Print the claims of ARTICLE one a line (`kind: facts`), for git.

    Made for a git textconv filter, so `git diff` and `git log -p` show what
    changed in the claims of .md, .txt and .html files, beside or instead of
    the words. Lines carry no offsets or paragraph numbers, so an edit shows
    only the claims it changed. An empty file gives no lines; stderr stays
    quiet unless something fails.

    Example:

    \b
        git config diff.factcheck.textconv "factcheck textconv"
        echo '*.md diff=factcheck' >> .gitattributes
        git diff HEAD~1 -- story.md
    """
    from factcheck.errors import InputError
    from factcheck.extract import extract_articles
    from factcheck.ingest import read_article
    from factcheck.render.diff import render_claim_lines
    from factcheck.settings import Settings

    with handle_errors():
        settings = Settings(
            model=resolve_model(model), published=published, encoding=encoding
        )
        try:
            doc = read_article(article, encoding=encoding, max_chars=settings.max_chars)
        except InputError as exc:
            if exc.message.startswith("is empty"):
                return  # a file emptied in a commit: no claims, not a failure
            raise
        if published is not None:
            import dataclasses

            doc = dataclasses.replace(doc, published=published)
        (extraction,) = extract_articles([doc], settings=settings)
        sys.stdout.write(render_claim_lines(extraction))
