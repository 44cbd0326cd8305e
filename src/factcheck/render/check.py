"""Check reports -> text lines, JSON, GitHub workflow commands, SARIF 2.1.0."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.check import CheckConfig, CheckReport, Finding
    from factcheck.reference import Reference

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _where(report: CheckReport) -> str:
    return report.document.path or report.document.id


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 or word == 'info' else 's'}"


def summary_line(reports: list[CheckReport]) -> str:
    """The run's tally for stderr: findings by severity, files, facts mentioned."""
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


def _one_line(message: str) -> str:
    """A message quoting a name wrapped across lines ('Guillermo\nLasso') on one
    line: a raw newline would start a bogus `file:line:col` record."""
    return " ".join(message.split())


def render_text(reports: Iterable[CheckReport]) -> str:
    """`file:line:col: severity rule message`, one finding a line."""
    lines = [
        f"{_where(r)}:{f.line}:{f.col}: {f.severity.value} {f.rule} "
        f"{_one_line(f.message)}"
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
    """A file URI, or a relative reference percent-encoded (RFC 3986): spaces,
    '#', '%', ':' and non-ASCII letters would otherwise break or change it."""
    from urllib.parse import quote

    p = Path(path)
    return p.resolve().as_uri() if p.is_absolute() else quote(p.as_posix())


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
