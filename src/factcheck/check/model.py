"""The check's vocabulary: severities, rules, configuration, findings, reports."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.records import Claim, Document, Span
from factcheck.reference import Fact

if TYPE_CHECKING:
    from factcheck.check.context import Context


class Severity(enum.StrEnum):
    """How much a finding matters; `off` silences a rule."""

    OFF = "off"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.OFF: 0, Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}


@dataclass(frozen=True, slots=True, kw_only=True)
class Hit:
    """What a rule reports; the engine adds the severity and the line and column.

    Attributes:
        message: one line naming the claim and the reference value.
        span: [start, end) in the article text; None for document-level hits.
        claim: the claim concerned, if any.
        fact: the reference fact concerned, if any.
    """

    message: str
    span: Span | None
    claim: Claim | None = None
    fact: Fact | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """A check: its id (kebab-case), default severity, summary and function.

    Attributes:
        id: the name configs, comments and reports use ("count-mismatch").
        severity: the default; factcheck.toml and comments may change it.
        summary: one line for SARIF and the docs.
        check: Context -> the rule's hits, in text order. It records the
            reference facts it matches with `Context.mention`.
        last: run after every other rule (it reads which facts they mentioned).
    """

    id: str
    severity: Severity
    summary: str
    check: Callable[[Context], Iterator[Hit]] | None = None
    last: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckConfig:
    """Tolerances and severities for one check run.

    Attributes:
        about: relative half-width of "about N" (0.10 = N +/- 10%).
        nearly: how far below N "nearly N" reaches (0.10 = [0.9 N, N)).
        max_edit_distance: the largest edit distance that counts as a misspelling.
        severities: per-rule overrides of the default severity.
        disabled: rules switched off for this document (factcheck-disable).
    """

    about: float = 0.10
    nearly: float = 0.10
    max_edit_distance: int = 2
    severities: Mapping[str, Severity] = field(default_factory=dict)
    disabled: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        from factcheck.check.rules import RULES

        if not 0 <= self.about <= 1 or not 0 <= self.nearly <= 1:
            raise ValueError("about and nearly must be fractions between 0 and 1")
        if self.max_edit_distance < 0:
            raise ValueError("max_edit_distance must not be negative")
        for rule, severity in self.severities.items():
            if rule not in RULES:
                raise ValueError(f"unknown rule {rule!r}")
            Severity(severity)

    def severity(self, rule: str) -> Severity:
        from factcheck.check.rules import RULES

        if rule in self.disabled:
            return Severity.OFF
        return Severity(self.severities.get(rule, RULES[rule].severity))

    def with_settings(self, settings: Mapping[str, object]) -> CheckConfig:
        """Apply a reference file's `settings:` (about, nearly, max-edit-distance)."""
        changes: dict[str, object] = {}
        for key, value in settings.items():
            name = key.replace("-", "_")
            if name in ("about", "nearly", "max_edit_distance"):
                changes[name] = value
        return dataclasses.replace(self, **changes) if changes else self  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One problem found in one document.

    Attributes:
        rule: the rule id ("count-mismatch").
        severity: after configuration (never OFF: silenced findings are dropped).
        message: one line naming the claim and the reference value.
        span: [start, end) in the article text; None for document-level findings.
        line, col: 1-based position of span[0] (1, 1 without a span).
        end_line, end_col: 1-based position just past the span's last character
            (SARIF's endColumn; line, col without a span).
        claim: the claim concerned, if any.
        fact: the reference fact concerned, if any.
    """

    rule: str
    severity: Severity
    message: str
    span: Span | None
    line: int
    col: int
    end_line: int = 0
    end_col: int = 0
    claim: Claim | None = None
    fact: Fact | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckReport:
    """The findings for one document, and how many reference facts it mentions."""

    document: Document
    findings: tuple[Finding, ...] = ()
    facts: int = 0
    facts_mentioned: int = 0

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def exit_code(self, fail_on: Severity | str = Severity.ERROR) -> int:
        """1 when a finding reaches `fail_on` (error or warning), else 0.

        Raises:
            ValueError: for fail_on info or off: info findings never fail.
        """
        threshold = Severity(fail_on)
        if threshold.rank < Severity.WARNING.rank:
            raise ValueError("fail_on must be error or warning")
        return int(any(f.severity.rank >= threshold.rank for f in self.findings))


def exit_code(reports: Iterable[CheckReport], fail_on: Severity | str) -> int:
    """The run's exit status: the worst of its documents' (black's return_code)."""
    return max((r.exit_code(fail_on) for r in reports), default=0)
