"""The check engine and its registry: a module per rule, none named by the engine."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator

import pytest

import factcheck.check.engine
import factcheck.check.rules
from factcheck.check import RULES, CheckConfig, Hit, Rule, Severity, check_claims
from factcheck.check.context import Context
from factcheck.records import Document, Extraction
from tests.test_check import TEXT, check, extraction, ref, span


def _rule_modules() -> list[str]:
    return [m.name for m in pkgutil.iter_modules(factcheck.check.rules.__path__)]


def test_every_rule_module_is_registered_under_its_own_name() -> None:
    names = _rule_modules()
    assert sorted(n.replace("_", "-") for n in names) == sorted(RULES)
    for name in names:
        module = importlib.import_module(f"factcheck.check.rules.{name}")
        rule = module.RULE
        assert rule.id == name.replace("_", "-")
        assert RULES[rule.id] is rule
        assert callable(rule.check) and rule.summary.endswith(".")
        assert module.__doc__ and module.__doc__.startswith(f"{rule.id}: ")


def test_the_engine_names_no_rule() -> None:
    source = inspect.getsource(factcheck.check.engine)
    assert [r for r in RULES if r in source] == []


def test_a_new_rule_runs_without_touching_the_engine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def check_x(ctx: Context) -> Iterator[Hit]:
        start = ctx.doc.text.index("Lasso")
        yield Hit(message="Lasso again", span=(start, start + 5))

    rule = Rule("lasso-again", Severity.WARNING, "Every Lasso.", check_x)
    monkeypatch.setitem(RULES, rule.id, rule)
    report = check_claims(extraction(), TEXT, ref(""), config=CheckConfig())
    (found,) = [f for f in report.findings if f.rule == "lasso-again"]
    assert found.severity is Severity.WARNING
    assert found.span == span("Lasso")
    # Line 2 of TEXT, after 'President Guillermo '.
    assert (found.line, found.col) == (2, 21)


def test_a_silenced_rule_still_marks_its_facts_mentioned() -> None:
    facts = "counts:\n  - {counted: prison guards, context: [freed], value: 40}"
    loud = check(facts)
    quiet = check(facts, severities={"count-mismatch": Severity.OFF})
    assert [f.rule for f in loud.findings].count("count-mismatch") == 1
    assert [f.rule for f in quiet.findings].count("count-mismatch") == 0
    # The article does mention the fact (wrongly): not reported as unmentioned.
    assert "fact-unmentioned" not in [f.rule for f in quiet.findings]
    assert loud.facts_mentioned == quiet.facts_mentioned == 1


def test_findings_are_sorted_by_position_then_severity() -> None:
    report = check(
        "counts:\n  - {counted: prison guards, context: [freed], value: 40}\n"
        "names:\n  - {name: Daniel Noboa}\n"
    )
    keys = [(f.line, f.col, -f.severity.rank, f.rule) for f in report.findings]
    assert keys == sorted(keys)
    # Fact-unmentioned has no span (1:1) and sorts after the 1:1 error.
    assert [f.rule for f in report.findings[:2]] == [
        "count-mismatch",
        "fact-unmentioned",
    ]


def test_empty_document_gives_only_unmentioned_facts() -> None:
    empty = Extraction(
        document=Document(id="e", path=None, published=None, sha256=""), claims=()
    )
    report = check_claims(empty, "", ref("names:\n  - {name: Daniel Noboa}"))
    assert [f.rule for f in report.findings] == ["fact-unmentioned"]
    assert report.facts == 1 and report.facts_mentioned == 0
