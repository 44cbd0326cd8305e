"""factcheck check: rules on hand-built claims, reference files, the command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.check import (
    RULES,
    CheckConfig,
    CheckReport,
    Finding,
    Severity,
    check_claims,
    exit_code,
)
from factcheck.cli import cli
from factcheck.errors import ReferenceDataError
from factcheck.records import (
    ActorClaim,
    AttributionClaim,
    Claim,
    CountClaim,
    DateClaim,
    Document,
    Extraction,
)
from factcheck.reference import (
    load_reference,
    load_references,
    parse_reference,
)

from .conftest import FIXTURES, SEED

CHECK = FIXTURES / "check"
TRUE_REF = CHECK / "seed.reference.yaml"
WRONG_REF = CHECK / "seed.reference-wrong.yaml"
VARIANT = CHECK / "seed_variant.txt"
MALFORMED = CHECK / "malformed.reference.yaml"

# A small article and the claims an extractor would find in it, built by hand so
# the pure tests need no model.
TEXT = (
    "Fifty prison guards were freed on Thursday, officials said.\n"
    'President Guillermo Lasso said "we are firm" on X.\n'
    "The candidate Fernando Villavicenzio was assassinated on August 9.\n"
    "At least six people were arrested."
)


def span(surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    return (start, start + len(surface))


def claims() -> list[Claim]:
    return [
        CountClaim(
            id="count-1",
            text="Fifty",
            span=span("Fifty"),
            value=50,
            counted="prison guards",
            source="officials",
        ),
        DateClaim(
            id="date-1",
            text="Thursday",
            span=span("Thursday"),
            value="2023-08-31",
        ),
        AttributionClaim(
            id="attribution-1",
            text=TEXT[: TEXT.index("said") + 4],
            span=(0, TEXT.index("said") + 4),
            source="officials",
            source_text="officials",
            source_span=span("officials"),
            cue="said",
            cue_span=span("said"),
            content="Fifty prison guards were freed on Thursday",
            content_span=span("Fifty prison guards were freed on Thursday"),
            vague=True,
        ),
        ActorClaim(
            id="actor-1",
            text="Guillermo Lasso",
            span=span("Guillermo Lasso"),
            sentence=1,
            paragraph=1,
            name="Guillermo Lasso",
            type="PERSON",
            role="President",
            mentions=(span("Guillermo Lasso"),),
        ),
        AttributionClaim(
            id="attribution-2",
            text='President Guillermo Lasso said "we are firm"',
            span=span('President Guillermo Lasso said "we are firm"'),
            sentence=1,
            paragraph=1,
            source="Guillermo Lasso",
            source_text="President Guillermo Lasso",
            source_span=span("President Guillermo Lasso"),
            cue="said",
            cue_span=span("said", 1),
            content="we are firm",
            content_span=span("we are firm"),
            direct=True,
        ),
        ActorClaim(
            id="actor-2",
            text="Fernando Villavicenzio",
            span=span("Fernando Villavicenzio"),
            sentence=2,
            paragraph=2,
            name="Fernando Villavicenzio",
            type="PERSON",
            role="candidate",
            mentions=(span("Fernando Villavicenzio"),),
        ),
        DateClaim(
            id="date-2",
            text="August 9",
            span=span("August 9"),
            sentence=2,
            paragraph=2,
            value="2023-08-09",
        ),
        CountClaim(
            id="count-2",
            text="At least six",
            span=span("At least six"),
            sentence=3,
            paragraph=3,
            value=6,
            modifier="at_least",
            counted="people",
        ),
    ]


def extraction(items: list[Claim] | None = None) -> Extraction:
    from factcheck.records import sort_key

    items = claims() if items is None else items
    return Extraction(
        document=Document(id="story.txt", path="story.txt", published=None, sha256=""),
        claims=tuple(sorted(items, key=sort_key)),
    )


def ref(yaml_text: str) -> Any:
    return parse_reference(yaml_text, source="facts.yaml")


def check(yaml_text: str, **config: Any) -> CheckReport:
    return check_claims(
        extraction(), TEXT, ref(yaml_text), config=CheckConfig(**config)
    )


def errors(report: CheckReport) -> list[str]:
    return [f.rule for f in report.findings if f.severity is Severity.ERROR]


def rules(report: CheckReport, severity: Severity) -> list[str]:
    return [f.rule for f in report.findings if f.severity is severity]


# -- facts against hand-built claims ---------------------------------------------


def test_check_count_contradiction_is_an_error() -> None:
    report = check("counts:\n  - {counted: prison guards, context: [freed], value: 40}")
    assert errors(report) == ["count-mismatch"]
    (finding,) = report.findings[:1]
    assert finding.span == span("Fifty")
    assert (finding.line, finding.col) == (1, 1)
    assert '"Fifty"' in finding.message and "40 prison guards" in finding.message
    assert "facts.yaml:2" in finding.message
    assert report.exit_code("error") == 1


def test_check_count_at_least_agrees_with_larger_value() -> None:
    report = check("counts:\n  - {counted: people, context: [arrested], value: 10}")
    assert errors(report) == []
    assert "fact-unmentioned" not in rules(report, Severity.INFO)


def test_check_count_matches_by_head_noun_and_context() -> None:
    # "guards" matches "prison guards" by head noun; the context must be in the
    # claim's sentence: "arrested" is not, so the fact is not mentioned.
    report = check(
        "counts:\n"
        "  - {counted: guard, value: 40}\n"
        "  - {counted: prison guards, context: [arrested], value: 40}\n"
    )
    assert errors(report) == ["count-mismatch"]
    assert rules(report, Severity.INFO) == ["fact-unmentioned"]
    (info,) = [f for f in report.findings if f.severity is Severity.INFO]
    assert info.fact is not None and info.fact.line == 3


def test_check_count_unit_must_agree() -> None:
    report = check("counts:\n  - {counted: prison guards, value: 40, unit: percent}")
    assert errors(report) == []


def test_check_date_contradiction_with_subject_in_paragraph() -> None:
    report = check(
        "dates:\n"
        "  - {event: assassinated, subject: Fernando Villavicencio, date: 2023-08-10}"
    )
    # The misspelled actor still counts as the subject; the misspelling is not a
    # name fact here, so only the date is wrong.
    assert errors(report) == ["date-mismatch"]
    (finding,) = [f for f in report.findings if f.rule == "date-mismatch"]
    assert finding.span == span("August 9")


def test_check_date_coarse_reference_agrees() -> None:
    report = check("dates:\n  - {event: [freed], date: 2023-08}")
    assert errors(report) == []
    assert rules(report, Severity.INFO) == []


def test_check_date_subject_elsewhere_is_unmentioned() -> None:
    report = check(
        "dates:\n  - {event: assassinated, subject: Daniel Noboa, date: 2023-08-10}"
    )
    assert errors(report) == []
    assert rules(report, Severity.INFO) == ["fact-unmentioned"]


def test_check_name_misspelling_is_an_error() -> None:
    report = check(
        "names:\n  - {name: Fernando Villavicencio, aliases: [Villavicencio]}"
    )
    assert errors(report) == ["name-misspelling"]
    finding = next(f for f in report.findings if f.rule == "name-misspelling")
    assert finding.span == span("Fernando Villavicenzio")
    assert "Villavicencio" in finding.message


def test_check_name_exact_and_distant_names_pass() -> None:
    report = check("names:\n  - {name: Guillermo Lasso}\n  - {name: Rafael Correa}")
    assert errors(report) == []
    assert [f.fact.id for f in report.findings if f.fact] == ["names[1]"]


def test_check_name_edit_distance_is_configurable() -> None:
    yaml_text = "names:\n  - {name: Fernando Villavicencio}"
    assert errors(check(yaml_text, max_edit_distance=0)) == []


def test_check_wrong_role_contradicts() -> None:
    report = check("names:\n  - {name: Guillermo Lasso, role: Vice President}")
    assert errors(report) == ["role-mismatch"]
    (finding,) = [f for f in report.findings if f.rule == "role-mismatch"]
    assert finding.span == span("President")


def test_check_same_role_in_other_case_agrees() -> None:
    assert errors(check("names:\n  - {name: Guillermo Lasso, role: president}")) == []


def test_check_quote_with_other_speaker_contradicts() -> None:
    report = check("quotes:\n  - {text: we are firm, speaker: Daniel Noboa}")
    assert errors(report) == ["quote-misattributed"]
    (finding,) = [f for f in report.findings if f.rule == "quote-misattributed"]
    assert finding.span == span("President Guillermo Lasso")


def test_check_quote_speaker_by_alias_agrees() -> None:
    report = check(
        "names:\n  - {name: Guillermo Lasso, aliases: [Lasso]}\n"
        "quotes:\n  - {text: We are FIRM, speaker: Lasso}"
    )
    assert errors(report) == []


def test_check_unmentioned_facts_are_info_and_never_fail() -> None:
    report = check(
        "counts:\n  - {counted: car bombs, value: 2}\n"
        "dates:\n  - {event: [bombed], date: 2023-08-31}\n"
        "names:\n  - {name: Daniel Noboa}\n"
        "quotes:\n  - {text: not said here, speaker: Daniel Noboa}\n"
    )
    assert rules(report, Severity.INFO) == ["fact-unmentioned"] * 4
    assert all(
        f.span is None and (f.line, f.col) == (1, 1) for f in report.findings[:4]
    )
    assert report.exit_code("error") == 0
    assert report.facts == 4 and report.facts_mentioned == 0


def test_check_copy_rules_are_warnings() -> None:
    report = check("")
    assert rules(report, Severity.WARNING) == [
        "vague-attribution",
        "unattributed-count",
    ]
    vague = report.findings[0]
    assert vague.span == span("officials")
    assert report.exit_code("error") == 0
    assert report.exit_code("warning") == 1


def test_check_severities_configurable_and_disable() -> None:
    report = check("", severities={"vague-attribution": Severity.ERROR})
    assert errors(report) == ["vague-attribution"]
    quiet = check(
        "",
        severities={"unattributed-count": Severity.OFF},
        disabled=frozenset({"vague-attribution"}),
    )
    assert quiet.findings == ()


def test_check_config_rejects_unknown_rule() -> None:
    with pytest.raises(ValueError, match="unknown rule"):
        CheckConfig(severities={"no-such-rule": Severity.ERROR})


def test_check_exit_code_fail_on() -> None:
    doc = extraction([]).document
    warn = Finding(
        rule="vague-attribution",
        severity=Severity.WARNING,
        message="m",
        span=None,
        line=1,
        col=1,
    )
    clean = CheckReport(document=doc)
    warned = CheckReport(document=doc, findings=(warn,))
    assert clean.exit_code("error") == 0
    assert warned.exit_code("error") == 0
    assert warned.exit_code(Severity.WARNING) == 1
    assert exit_code([clean, warned], "warning") == 1
    assert exit_code([], "error") == 0
    with pytest.raises(ValueError):
        warned.exit_code("info")


def test_check_rule_ids_are_kebab_case() -> None:
    assert all(r == r.lower() and " " not in r and "_" not in r for r in RULES)
    assert {r.severity for r in RULES.values()} <= set(Severity)


# -- reference files -----------------------------------------------------------------


def test_check_reference_seed_fixture_has_fifteen_true_facts() -> None:
    # The fifteenth, {counted: prisons, context: [hostage], value: 6}, is the one
    # the "five different prisons" of an earlier hostage-taking used to contradict.
    reference = load_reference(TRUE_REF)
    kinds = [len(reference.counts), len(reference.dates), len(reference.names)]
    assert [*kinds, len(reference.quotes)] == [8, 2, 3, 2]
    assert len(reference.facts) == 15
    assert str(reference.published) == "2023-09-02"
    assert reference.counts[0].line == 4


def test_check_reference_schema_ships_with_package() -> None:
    from importlib.resources import files

    schema = json.loads(
        files("factcheck").joinpath("schemas/reference.schema.json").read_text()
    )
    assert schema["$schema"].endswith("2020-12/schema")
    assert set(schema["properties"]) >= {"counts", "dates", "names", "quotes"}


def test_check_reference_malformed_names_the_line() -> None:
    with pytest.raises(ReferenceDataError) as exc:
        load_reference(MALFORMED)
    assert str(exc.value).startswith(f"{MALFORMED}:6: counts[1].value")
    assert exc.value.exit_code == 3


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("counts:\n  - {counted: x, value: 1}\n  - {counted: y, valu: 2}\n", 3, "valu"),
        ("counts:\n  - {counted: x, value: 1\n", 3, "YAML"),
        ("counts:\n  - counted: x\n    min: 5\n    max: 2\n", 3, "greater"),
        ("counts:\n  - counted: x\n", 2, "value, or min"),
        ("dates:\n  - {event: x, date: 2023-02-30}\n", 2, "real date"),
        ("dates:\n  - {event: x, date: August}\n", 2, "is not a date"),
        ("names:\n  - {name: ''}\n", 2, "non-empty"),
        ("nmaes:\n  - {name: X}\n", 1, "unknown key 'nmaes'"),
        ("- just\n- a list\n", 1, "not of type 'object'"),
    ],
)
def test_check_reference_errors_name_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ReferenceDataError) as exc:
        parse_reference(text, source="r.yaml")
    assert str(exc.value).startswith(f"r.yaml:{line}:"), str(exc.value)
    assert words in str(exc.value)


def test_check_reference_json_and_its_lines(tmp_path: Path) -> None:
    good = tmp_path / "r.json"
    good.write_text('{"counts": [{"counted": "guards", "value": 50}]}')
    assert load_reference(good).counts[0].value == 50
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "counts": [\n    {"counted": "guards", "value": "50"}\n  ]\n}')
    with pytest.raises(ReferenceDataError, match=r"bad.json:3: counts\[0\].value"):
        load_reference(bad)
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "counts": [\n}')
    with pytest.raises(ReferenceDataError, match=r"broken.json:3: is not valid JSON"):
        load_reference(broken)


def test_check_reference_csv_names_list(tmp_path: Path) -> None:
    names = load_reference(CHECK / "seed.names.csv").names
    assert names[0].name == "Guillermo Lasso"
    assert names[0].aliases == ("Lasso",)
    assert names[2].role is None and names[2].line == 4
    bad = tmp_path / "n.csv"
    bad.write_text("name,role,aliases\nA B,x,\n,President,\n")
    with pytest.raises(ReferenceDataError, match=r"n.csv:3: names\[1\].name"):
        load_reference(bad)
    wrong = tmp_path / "w.csv"
    wrong.write_text("name,title\nA,B\n")
    with pytest.raises(ReferenceDataError, match=r"w\.csv:1: unknown CSV column"):
        load_reference(wrong)


def test_check_reference_missing_file() -> None:
    with pytest.raises(ReferenceDataError, match="no such reference file"):
        load_reference("does/not/exist.yaml")


def test_check_reference_merge_and_settings() -> None:
    merged = load_references([TRUE_REF, CHECK / "seed.names.csv"])
    assert len(merged.names) == 6 and len(merged.sources) == 2
    r = parse_reference("settings: {about: 0.2, max-edit-distance: 1}", source="s")
    config = CheckConfig().with_settings(r.settings)
    assert config.about == 0.2 and config.max_edit_distance == 1


def assert_sarif(log: dict[str, Any]) -> None:
    """The SARIF 2.1.0 shape GitHub code scanning reads (checked structurally)."""
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "factcheck"
    rule_ids = [r["id"] for r in driver["rules"]]
    assert rule_ids == list(RULES)
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in {
            "error",
            "warning",
            "note",
            "none",
        }
    for result in run["results"]:
        assert result["ruleId"] in rule_ids
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note"}
        assert result["message"]["text"]
        for location in result["locations"]:
            physical = location["physicalLocation"]
            assert physical["artifactLocation"]["uri"]
            assert physical["region"]["startLine"] >= 1
            assert physical["region"]["startColumn"] >= 1


# -- the command, with the model -------------------------------------------------


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, ["check", *args], catch_exceptions=False)


def findings_of(result: Any) -> list[dict[str, Any]]:
    data = json.loads(result.stdout)
    return [f for file in data["files"] for f in file["findings"]]


@pytest.mark.model
def test_check_seed_with_true_reference_is_clean() -> None:
    result = run(str(SEED), "-r", str(TRUE_REF), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["summary"]["error"] == 0
    (file,) = data["files"]
    assert file["facts"] >= 8
    assert file["facts_mentioned"] == file["facts"]


@pytest.mark.model
def test_check_seed_with_two_planted_facts_gives_two_errors() -> None:
    result = run(str(SEED), "-r", str(WRONG_REF), "--format", "json")
    assert result.exit_code == 1
    errs = [f for f in findings_of(result) if f["severity"] == "error"]
    assert [(f["rule"], f["fact"]["id"]) for f in errs] == [
        ("count-mismatch", "counts[0]"),
        ("date-mismatch", "dates[1]"),
    ]
    assert errs[0]["claim"]["text"] == "Fifty"
    assert errs[1]["claim"]["text"] == "August 9"


@pytest.mark.model
def test_check_variant_article_gives_misspelling_and_count_errors() -> None:
    result = run(str(VARIANT), "-r", str(TRUE_REF), "--format", "json")
    assert result.exit_code == 1
    errs = [f for f in findings_of(result) if f["severity"] == "error"]
    assert sorted(f["rule"] for f in errs) == ["count-mismatch", "name-misspelling"]
    text = VARIANT.read_text()
    surfaces = {f["rule"]: text[f["span"][0] : f["span"][1]] for f in errs}
    assert surfaces == {
        "count-mismatch": "13",
        "name-misspelling": "Fernando Villavicenzio",
    }


@pytest.mark.model
def test_check_malformed_reference_exits_3_naming_the_line() -> None:
    result = run(str(SEED), "-r", str(MALFORMED))
    assert result.exit_code == 3
    assert f"{MALFORMED}:6:" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.model
def test_check_text_format_names_claim_and_reference() -> None:
    result = run(str(SEED), "-r", str(WRONG_REF))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert f"{SEED}:1:1: error count-mismatch " in lines[0]
    assert '"Fifty"' in lines[0] and f"40 prison guards ({WRONG_REF}:4)" in lines[0]
    assert "2 errors, 1 warning" in result.stderr


@pytest.mark.model
def test_check_github_format() -> None:
    result = run(str(VARIANT), "-r", str(TRUE_REF), "--format", "github")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert sum(line.startswith(f"::error file={VARIANT},line=") for line in lines) == 2
    assert any(line.startswith("::warning ") for line in lines)


@pytest.mark.model
def test_check_sarif_format(tmp_path: Path) -> None:
    out = tmp_path / "out.sarif"
    result = run(str(VARIANT), "-r", str(TRUE_REF), "--format", "sarif", "-o", str(out))
    assert result.exit_code == 1
    log = json.loads(out.read_text())
    assert_sarif(log)
    levels = sorted(r["level"] for r in log["runs"][0]["results"])
    assert levels == ["error", "error", "warning"]


@pytest.mark.model
def test_check_fail_on_warning_turns_copy_rules_into_failures(tmp_path: Path) -> None:
    assert run(str(SEED), "-r", str(TRUE_REF)).exit_code == 0
    result = run(str(SEED), "-r", str(TRUE_REF), "--fail-on", "warning")
    assert result.exit_code == 1
    assert "warning vague-attribution" in result.stdout
    # The same from a config file, which also supplies the reference.
    config = tmp_path / "factcheck.toml"
    config.write_text(f'fail-on = "warning"\nreference = "{TRUE_REF}"\n')
    assert run(str(SEED), "--config", str(config)).exit_code == 1


@pytest.mark.model
def test_check_many_files_disable_comment_and_reference_published(
    tmp_path: Path,
) -> None:
    story = SEED.read_text()
    (tmp_path / "a.md").write_text(
        "<!-- factcheck-disable vague-attribution -->\n\n" + story
    )
    (tmp_path / "b.txt").write_text(story)
    result = run(
        str(tmp_path), "-r", str(TRUE_REF), "--fail-on", "warning", "--format", "json"
    )
    assert result.exit_code == 1  # b.txt still has its vague attribution
    data = json.loads(result.stdout)
    by_file = {Path(f["document"]["path"]).name: f for f in data["files"]}
    assert by_file["a.md"]["findings"] == []
    assert [f["rule"] for f in by_file["b.txt"]["findings"]] == ["vague-attribution"]
    # The reference's published date anchored "Thursday" and "August 9".
    assert by_file["b.txt"]["document"]["published"] == "2023-09-02"


@pytest.mark.model
def test_check_html_positions_point_into_the_file(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>T</title></head><body><article>\n"
        "<p>A detainee uprising in the port city of Guayaquil left\n"
        "13 people dead, according to the Ecuador Attorney General's office.</p>\n"
        "</article></body></html>\n"
    )
    result = run(str(page), "-r", str(TRUE_REF), "--published", "2023-09-02")
    assert result.exit_code == 1
    (line,) = [x for x in result.stdout.splitlines() if "count-mismatch" in x]
    assert line.startswith(f"{page}:3:1: error count-mismatch")


def test_check_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run(str(SEED), "-r", str(TRUE_REF), "--fail-on", "info").exit_code == 2
    assert run().exit_code == 2


def test_check_bad_article_exits_3(tmp_path: Path) -> None:
    result = run(str(tmp_path / "missing.txt"), "-r", str(TRUE_REF))
    assert result.exit_code == 3
    assert "missing.txt" in result.stderr
