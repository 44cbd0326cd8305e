"""Extraction + article text + Reference -> CheckReport: runs every registered rule.

The engine knows no rule by name: it runs each rule in `rules.RULES` (those
marked `last` after the others), gives each hit its configured severity and its
line and column, drops silenced ones and sorts the rest by position.
"""

from __future__ import annotations

from factcheck.check.context import Context, TextIndex
from factcheck.check.model import CheckConfig, CheckReport, Finding, Rule, Severity
from factcheck.check.rules import RULES
from factcheck.records import Extraction
from factcheck.reference import Reference


def check_claims(
    extraction: Extraction,
    text: str,
    reference: Reference,
    *,
    config: CheckConfig | None = None,
) -> CheckReport:
    """Compare one document's claims with the reference facts.

    Args:
        extraction: the document's claims (spans index into `text`).
        text: the article text the claims were extracted from.
        reference: the facts to compare with.
        config: tolerances and severities; the defaults when None.

    Returns:
        The findings, sorted by position, and how many facts were mentioned.
    """
    config = config or CheckConfig()
    ctx = Context(TextIndex(extraction, text), reference, config)
    findings: list[Finding] = []
    ordered = [r for r in RULES.values() if not r.last]
    ordered += [r for r in RULES.values() if r.last]
    for rule in ordered:
        # A silenced rule still runs: the facts it matches count as mentioned.
        findings.extend(_run(rule, ctx))
    findings.sort(key=lambda f: (f.line, f.col, -f.severity.rank, f.rule))
    return CheckReport(
        document=extraction.document,
        findings=tuple(findings),
        facts=len(reference.facts),
        facts_mentioned=len(ctx.mentioned),
    )


def _run(rule: Rule, ctx: Context) -> list[Finding]:
    assert rule.check is not None, f"rule {rule.id} has no check function"
    severity = ctx.config.severity(rule.id)
    hits = list(rule.check(ctx))
    if severity is Severity.OFF:
        return []
    findings = []
    for hit in hits:
        line, col = ctx.doc.line_col(hit.span[0]) if hit.span else (1, 1)
        end_line, end_col = ctx.doc.line_col(hit.span[1]) if hit.span else (line, col)
        findings.append(
            Finding(
                rule=rule.id,
                severity=severity,
                message=hit.message,
                span=hit.span,
                line=line,
                col=col,
                end_line=end_line,
                end_col=end_col,
                claim=hit.claim,
                fact=hit.fact,
            )
        )
    return findings
