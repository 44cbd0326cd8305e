"""factcheck check: articles + reference facts -> findings as text, JSON, SARIF."""

from __future__ import annotations

import dataclasses
import datetime as dt
import glob
import re
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from factcheck.cli.config import (
    CONFIG_FILE,
    FAIL_ON,
    FORMATS,
    build_config,
    find_config,
    read_config,
)
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

if TYPE_CHECKING:
    from factcheck.check import CheckConfig, CheckReport, Finding
    from factcheck.ingest import Article
    from factcheck.reference import Reference

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


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
    or reference.

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
            found = _articles_under(path)
            if not found:
                raise InputError(
                    "no .txt, .md or .html files in this directory", where=arg
                )
            out.extend(found)
        elif glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            files: list[str] = []
            for m in matches:
                files.extend(_articles_under(Path(m)) if Path(m).is_dir() else [m])
            if not files:
                raise InputError("no files match this pattern", where=arg)
            out.extend(files)
        else:
            out.append(arg)  # read_article names the missing file
    return list(dict.fromkeys(out))


def _articles_under(folder: Path) -> list[str]:
    return sorted(
        str(f)
        for f in folder.rglob("*")
        if f.suffix.lower() in ARTICLE_SUFFIXES
        and f.is_file()
        # .git, .venv, .tox: not copy.
        and not any(part.startswith(".") for part in f.relative_to(folder).parts)
    )


_DISABLE = re.compile(r"<!--\s*factcheck-disable\b(.*?)-->", re.DOTALL)


def disabled_rules(raw: str) -> frozenset[str]:
    """Rules named in <!-- factcheck-disable RULE ... --> comments (all if none)."""
    from factcheck.check import RULES

    rules: set[str] = set()
    for m in _DISABLE.finditer(raw):
        named = re.findall(r"[\w-]+", m.group(1))
        rules.update(named or RULES)
    return frozenset(rules)


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


def _html_positions(findings: Iterable[Finding], text: str, raw: str) -> list[Finding]:
    """Move HTML findings from the extracted text to the file, by finding the
    claim's words in the markup (the n-th occurrence for the n-th one)."""
    out = []
    for f in findings:
        if f.span is None:
            out.append(f)
            continue
        surface = text[f.span[0] : f.span[1]]
        nth = text.count(surface, 0, f.span[0])
        pos = -1
        for _ in range(nth + 1):
            pos = raw.find(surface, pos + 1)
            if pos < 0:
                break
        if pos < 0:
            out.append(f)
            continue
        line = raw.count("\n", 0, pos) + 1
        col = pos - (raw.rfind("\n", 0, pos) + 1) + 1
        out.append(dataclasses.replace(f, line=line, col=col))
    return out


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
    from factcheck.extract import extract_articles
    from factcheck.ingest import Inputs
    from factcheck.output import open_output
    from factcheck.reference import load_references
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
        disabled = disabled_rules(raw) if raw is not None else frozenset()
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
            findings = _html_positions(report.findings, article.text, raw)
            report = dataclasses.replace(report, findings=tuple(findings))
        reports.append(report)

    code = exit_code(reports, fail_on)
    with open_output(output) as out:
        if fmt == "json":
            out.write(render_json(reports, reference, fail_on=fail_on, code=code))
        elif fmt == "github":
            out.write(render_github(reports))
        elif fmt == "sarif":
            out.write(render_sarif(reports, config=config))
        else:
            out.write(render_text(reports))
    if not quiet:
        err.print(_summary(reports), markup=False, soft_wrap=True, highlight=False)
    return ExitCode.FINDINGS if code else ExitCode.OK


# -- output ------------------------------------------------------------------------


def _where(report: CheckReport) -> str:
    return report.document.path or report.document.id


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 or word == 'info' else 's'}"


def _summary(reports: list[CheckReport]) -> str:
    from factcheck.check import Severity

    parts = [
        _plural(sum(r.count(s) for r in reports), s.value)
        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
    ]
    facts = sum(r.facts for r in reports)
    mentioned = sum(r.facts_mentioned for r in reports)
    return (
        f"factcheck: {', '.join(parts)} in {_plural(len(reports), 'file')} "
        f"({mentioned} of {facts} reference facts mentioned)"
    )


def render_text(reports: Iterable[CheckReport]) -> str:
    """`file:line:col: severity rule message`, one finding a line."""
    lines = [
        f"{_where(r)}:{f.line}:{f.col}: {f.severity.value} {f.rule} {f.message}"
        for r in reports
        for f in r.findings
    ]
    return "".join(line + "\n" for line in lines)


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    from factcheck.records import claim_to_dict
    from factcheck.reference import fact_to_dict

    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "line": finding.line,
        "col": finding.col,
        "span": list(finding.span) if finding.span else None,
        "claim": claim_to_dict(finding.claim) if finding.claim else None,
        "fact": fact_to_dict(finding.fact) if finding.fact else None,
    }


def render_json(
    reports: list[CheckReport], reference: Reference, *, fail_on: str, code: int
) -> str:
    """One object: the run's summary and each file's findings."""
    from factcheck.check import Severity
    from factcheck.records import SCHEMA_VERSION, dumps

    files = [
        {
            "document": dataclasses.asdict(r.document),
            "facts": r.facts,
            "facts_mentioned": r.facts_mentioned,
            "findings": [finding_to_dict(f) for f in r.findings],
        }
        for r in reports
    ]
    summary = {s.value: sum(r.count(s) for r in reports) for s in Severity}
    del summary["off"]
    data = {
        "schema_version": SCHEMA_VERSION,
        "references": list(reference.sources),
        "fail_on": fail_on,
        "exit_code": code,
        "summary": {**summary, "files": len(reports)},
        "files": files,
    }
    return dumps(data, indent=2) + "\n"


def _gh_escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


_GH_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def render_github(reports: Iterable[CheckReport]) -> str:
    """GitHub Actions workflow commands: ::error file=...,line=...,col=...::msg."""
    out = []
    for r in reports:
        path = _gh_escape(_where(r), prop=True)
        for f in r.findings:
            title = _gh_escape(f"factcheck {f.rule}", prop=True)
            out.append(
                f"::{_GH_LEVEL[f.severity.value]} file={path},line={f.line},"
                f"col={f.col},title={title}::{_gh_escape(f.message)}\n"
            )
    return "".join(out)


_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note", "off": "none"}


def _uri(path: str) -> str:
    p = Path(path)
    return p.resolve().as_uri() if p.is_absolute() else p.as_posix()


def render_sarif(reports: Iterable[CheckReport], *, config: CheckConfig) -> str:
    """A SARIF 2.1.0 log with one run; columns count Unicode code points."""
    from factcheck import __version__
    from factcheck.check import RULES
    from factcheck.records import dumps

    rule_ids = list(RULES)
    rules = [
        {
            "id": rule.id,
            "shortDescription": {"text": rule.summary},
            "defaultConfiguration": {
                "level": _SARIF_LEVEL[config.severity(rule.id).value]
            },
        }
        for rule in RULES.values()
    ]
    results = []
    for r in reports:
        for f in r.findings:
            result: dict[str, Any] = {
                "ruleId": f.rule,
                "ruleIndex": rule_ids.index(f.rule),
                "level": _SARIF_LEVEL[f.severity.value],
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(_where(r))},
                            "region": {"startLine": f.line, "startColumn": f.col},
                        }
                    }
                ],
            }
            if f.fact is not None:
                result["relatedLocations"] = [
                    {
                        "id": 0,
                        "message": {"text": f"reference {f.fact.id}"},
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(f.fact.source)},
                            "region": {"startLine": f.fact.line},
                        },
                    }
                ]
            results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return dumps(log, indent=2) + "\n"
