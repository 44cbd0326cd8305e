"""factcheck diff: two versions of a story -> the claims added, removed or changed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import glob
import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from factcheck.cli.engine import engine_options, format_given
from factcheck.cli.options import (
    default_format,
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
    from factcheck.ingest import Article
    from factcheck.records import Extraction
    from factcheck.render.diff import DiffSection

DIFF_FORMATS = ("table", "tsv", "json", "jsonl", "text", "github", "markdown", "parquet")


@click.command("diff")
@click.argument("args", nargs=-1, metavar="OLD NEW | --git BASE [HEAD] [PATH...]")
@click.option(
    "--git",
    "git_mode",
    is_flag=True,
    help="Diff every .txt, .md and .html file changed between revisions BASE "
    "and HEAD (default: the working tree), renames followed; PATHs limit it. "
    "BASE may be a range: A..B, or A...B (from their merge base).",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(DIFF_FORMATS),
    default=None,
    help="table for people (the default on a terminal); tsv (the default when "
    "piped); json, jsonl (one change a line) for programs; text like a unified "
    "diff; github (PR annotations); markdown (job summary, PR comment). With "
    "-o, the file's suffix picks it (changes.md); parquet for --pairs part "
    "files.",
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
@click.option(
    "--pairs",
    "pairs_file",
    metavar="FILE",
    help='Diff every {"id", "old", "new", "published"?} line of a JSONL file '
    "instead of OLD NEW; streams one diff per line as JSONL.",
)
@nlp_options
@engine_options
def diff_command(
    args: tuple[str, ...],
    git_mode: bool,
    pairs_file: str | None,
    engine: str,
    scheduler: str | None,
    fmt: str | None,
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

    OLD and NEW are what extract reads (.txt, .md, .html, - for stdin once), or
    REV:PATH to read a version from git as `git show` would (HEAD~1:story.md;
    PATH is relative to the repository root, ./PATH to the current folder).
    Two folders or quoted globs are paired by relative path, two .jsonl batches
    by id. With --git, every article changed between two revisions gets a
    section. Claims are paired across versions by their facts and their
    sentence's words, so a claim that moved, or whose sentence was reworded
    around the same facts, is not a change; nor are whitespace, line-ending or
    punctuation edits. Only semantic fields are compared (value, modifier, unit,
    counted, source, cue, channel, date value, role, ...), never offsets.
    Paragraphs are numbered from 0, as in extract's JSON. With --pairs FILE
    instead of OLD NEW, every {"id", "old", "new", "published"?} line of a
    JSONL file is diffed, one JSON line out per pair (on Dask with --engine
    dask -o OUTDIR).

    Example:

    \b
        factcheck diff v1.txt v2.txt --published 2023-09-02 --exit-code
        factcheck diff HEAD~1:story.md story.md --format text
        factcheck diff --git origin/main HEAD --format github
        factcheck diff --pairs versions.jsonl > diffs.jsonl
    """
    from factcheck.output import check_target
    from factcheck.settings import Settings

    with handle_errors():
        settings = Settings(
            model=resolve_model(model),
            published=None,  # set per version on the articles, see _dated
            kinds=kinds,
            max_chars=max_chars,
            encoding=encoding,
        )
        dates = (old_published or published, new_published or published)
        if (
            pairs_file is not None
            or engine != "local"
            or scheduler
            or fmt == "parquet"
        ):
            from factcheck.dask import cli_pairs

            changed = cli_pairs(
                pairs_file or "",
                settings=settings,
                dates=dates,
                fmt=fmt or "jsonl",
                fmt_given=format_given(),
                output=output,
                engine=engine,
                scheduler=scheduler,
                quiet=quiet,
                versions=(args[0] if args else None, None),
            )
            if exit_code and changed:
                sys.exit(ExitCode.FINDINGS)
            return
        check_target(output)  # an unwritable -o fails before the work
        if git_mode:
            pairs, many = _git_pairs(args, settings=settings, published=dates), True
        elif len(args) != 2:
            raise click.UsageError(
                "give two versions, OLD and NEW (or --git BASE [HEAD] [PATH...], "
                "or --pairs FILE)"
            )
        else:
            pairs, many = _pairs(args[0], args[1], settings=settings, published=dates)
        changed = _run_diff(
            pairs,
            settings=settings,
            fmt=fmt or default_format(output, DIFF_FORMATS),
            output=output,
            quiet=quiet,
            many=many,
        )
        if exit_code and changed:
            sys.exit(ExitCode.FINDINGS)


# -- the versions ------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Version:
    """One side of a pair: the article, and where it lives for annotations."""

    article: Article
    file: str | None = None  # the path annotations name (root-relative for git)
    raw: str | None = None  # the file as written, for HTML positions


@dataclass(frozen=True, slots=True, kw_only=True)
class Pair:
    old: Version | None  # None: the file is new
    new: Version | None  # None: the file was deleted
    status: str | None = None


def _dated(article: Article, date: dt.date | None) -> Article:
    # The date on the command line beats the file's metadata, per version.
    return article if date is None else dataclasses.replace(article, published=date)


def _html(name: str) -> bool:
    return Path(name).suffix.lower() in (".html", ".htm")


def _blob_version(spec: Any, *, settings: Any, cwd: str | None = None) -> Version:
    from factcheck.gitio import read_blob
    from factcheck.ingest import article_from_bytes

    data = read_blob(spec, cwd=cwd)
    article = article_from_bytes(
        data,
        name=str(spec),
        suffix=Path(spec.path).suffix,
        encoding=settings.encoding,
        max_chars=settings.max_chars,
    )
    raw = data.decode(settings.encoding, "replace") if _html(spec.path) else None
    return Version(article=article, file=spec.path.removeprefix("./"), raw=raw)


def _file_version(path: str, *, settings: Any, name: str | None = None) -> Version:
    from factcheck.ingest import read_article

    article = read_article(
        path, encoding=settings.encoding, max_chars=settings.max_chars
    )
    if name is not None:
        article = dataclasses.replace(article, id=name)
    raw = None
    if path != "-" and _html(path):
        raw = Path(path).read_bytes().decode(settings.encoding, "replace")
    return Version(
        article=article, file=name or (None if path == "-" else path), raw=raw
    )


def _side(arg: str, *, settings: Any) -> dict[str | None, Version]:
    """One command-line version -> its documents, keyed for pairing.

    A file, stdin or REV:PATH is one document (key None); a folder or a quoted
    glob gives its articles (found as check and extract find them) keyed by
    path relative to the folder, or to the glob's folder part; a .jsonl batch
    its lines keyed by id.
    """
    from factcheck.cli.check import expand_articles
    from factcheck.gitio import parse_git_path
    from factcheck.ingest import is_batch, iter_jsonl

    spec = parse_git_path(arg)
    if spec is not None:
        return {None: _blob_version(spec, settings=settings)}
    if is_batch(arg):
        docs: dict[str | None, Version] = {}
        for article in iter_jsonl(
            arg, encoding=settings.encoding, max_chars=settings.max_chars
        ):
            docs[article.id] = Version(article=article)
        return docs
    path = Path(arg)
    if arg != "-" and (path.is_dir() or (glob.has_magic(arg) and not path.exists())):
        base = path if path.is_dir() else _folder_part(arg)
        return {
            Path(os.path.relpath(f, base)).as_posix(): _file_version(
                f, settings=settings
            )
            for f in expand_articles([arg])  # raises when it finds nothing
        }
    return {None: _file_version(arg, settings=settings)}


def _folder_part(pattern: str) -> Path:
    """'copy/v1/**/*.md' -> copy/v1: the folders before the first wildcard."""
    parts = []
    for part in Path(pattern).parts:
        if glob.has_magic(part):
            break
        parts.append(part)
    return Path(*parts) if parts else Path()


def _pairs(
    old: str, new: str, *, settings: Any, published: tuple[dt.date | None, ...]
) -> tuple[list[Pair], bool]:
    """Two command-line versions -> the pairs to diff, and whether they are many."""
    reject_double_stdin([old, new])
    a, b = _side(old, settings=settings), _side(new, settings=settings)
    if len(a) == 1 and len(b) == 1 and (None in a or None in b):
        (va,), (vb,) = a.values(), b.values()
        return [_pair(va, vb, published)], False
    if None in a or None in b:
        raise InputError(
            "cannot pair one document with many: compare a file with a file, "
            "a folder with a folder, or a .jsonl batch with a batch",
            where=old if None in a else new,
        )
    keys = list(dict.fromkeys([*b, *a]))  # the new version's order, then removals
    return [_pair(a.get(k), b.get(k), published) for k in keys], True


def _pair(
    old: Version | None, new: Version | None, published: tuple[dt.date | None, ...]
) -> Pair:
    sides = []
    for version, date in zip((old, new), published, strict=True):
        if version is not None:
            version = dataclasses.replace(
                version, article=_dated(version.article, date)
            )
        sides.append(version)
    status = "A" if old is None else "D" if new is None else None
    return Pair(old=sides[0], new=sides[1], status=status)


def _git_pairs(
    args: tuple[str, ...], *, settings: Any, published: tuple[dt.date | None, ...]
) -> list[Pair]:
    """--git BASE [HEAD] [PATH...] -> one pair per article changed."""
    from factcheck.gitio import (
        GitPath,
        changed_articles,
        is_commit,
        split_range,
        toplevel,
    )

    if not args:
        raise click.UsageError(
            "--git needs a base revision: --git BASE [HEAD] [PATH...]"
        )
    base, head = split_range(args[0])
    rest = list(args[1:])
    if head is None and rest and not Path(rest[0]).exists() and is_commit(rest[0]):
        head = rest.pop(0)
    root = toplevel()
    pairs = []
    for f in changed_articles(base, head, tuple(rest)):
        old = new = None
        if f.old is not None:
            old = _blob_version(GitPath(base, f.old), settings=settings)
        if f.new is not None:
            if head is None:  # the working tree
                new = _file_version(str(root / f.new), settings=settings, name=f.new)
            else:
                new = _blob_version(GitPath(head, f.new), settings=settings)
        pair = _pair(old, new, published)
        pairs.append(dataclasses.replace(pair, status=f.status))
    return pairs


# -- the run -----------------------------------------------------------------------


def _absent() -> Extraction:
    """The empty side of an added or deleted file: no claims, named /dev/null."""
    from factcheck.records import Document, Extraction
    from factcheck.render.diff import ABSENT

    empty = hashlib.sha256(b"").hexdigest()
    document = Document(id=ABSENT, path=None, published=None, sha256=empty)
    return Extraction(document=document)


def _run_diff(
    pairs: list[Pair],
    *,
    settings: Any,
    fmt: str,
    output: str | None,
    quiet: bool,
    many: bool,
) -> bool:
    """Extract every version (one nlp.pipe), diff each pair, write; any changes?"""
    from factcheck.diff import diff_claims
    from factcheck.extract import extract_articles
    from factcheck.output import open_output
    from factcheck.render.diff import DiffSection

    articles = [v.article for p in pairs for v in (p.old, p.new) if v is not None]
    err = err_console()
    if articles:
        load_model(settings.model, err, quiet=quiet)
    extractions = iter(extract_articles(articles, settings=settings))
    sections = []
    undated = []
    for p in pairs:
        old_ex = next(extractions) if p.old is not None else None
        new_ex = next(extractions) if p.new is not None else None
        old_ex = old_ex or _absent()
        new_ex = new_ex or _absent()
        old_text = p.old.article.text if p.old is not None else ""
        new_text = p.new.article.text if p.new is not None else ""
        diff = diff_claims(
            old_ex, new_ex, kinds=settings.kinds, old_text=old_text, new_text=new_text
        )
        sections.append(
            DiffSection(
                diff=diff,
                old=old_ex,
                new=new_ex,
                old_text=old_text,
                new_text=new_text,
                new_file=p.new.file if p.new is not None else None,
                new_raw=p.new.raw if p.new is not None else None,
                old_file=p.old.file if p.old is not None else None,
                status=p.status,
            )
        )
        undated += [
            v.article.id for v in (p.old, p.new) if v and v.article.published is None
        ]
    with open_output(output) as out:
        _write(out, fmt, sections, many=many)
    if undated and not quiet:
        names = (
            " and ".join(undated) if len(undated) <= 2 else f"{len(undated)} versions"
        )
        err.print(
            f"notice: no publication date for {names}: relative "
            "dates are left unresolved (XXXX); pass --published DATE",
            markup=False,
            soft_wrap=True,
        )
    return any(s.diff for s in sections)


def _write(out: TextIO, fmt: str, sections: list[DiffSection], *, many: bool) -> None:
    from factcheck.render import diff as render

    if fmt == "github":
        out.write(render.render_github(sections))
    elif fmt == "markdown":
        out.write(render.render_markdown(sections))
    elif fmt == "tsv":
        out.write(render.render_tsv(sections))
    elif fmt == "json":
        out.write(render.render_json_many(sections) if many else _json_one(sections[0]))
    elif fmt == "jsonl":
        for s in sections:
            out.write(render.render_jsonl(s.diff, document=s.name if many else None))
    elif fmt == "text":
        from factcheck.render.escape import printable  # article text: no raw ESC

        for s in sections:
            out.write(
                printable(
                    render.render_text(s.diff, s.old, s.new, s.old_text, s.new_text)
                )
            )
    else:
        console = out_console(out, "table")
        for n, s in enumerate(sections):
            if n:
                console.print()
            console.print(render.heading(s.diff, s.old, s.new), markup=False)
            if s.diff:
                console.print(render.render_table(s.diff))
        if not sections:
            console.print("no changed articles", markup=False)


def _json_one(section: DiffSection) -> str:
    from factcheck.render import diff as render

    return render.render_json(section.diff, section.old, section.new)
