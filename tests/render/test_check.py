"""render/check.py: text, GitHub and SARIF renderings of a hand-built report."""

from __future__ import annotations

import json

from factcheck.check import CheckConfig, CheckReport, Finding, Severity
from factcheck.records import Document
from factcheck.render.check import render_github, render_sarif, render_text
from tests.test_check import assert_sarif, check


def _report() -> CheckReport:
    return check("counts:\n  - {counted: prison guards, context: [freed], value: 40}")


def test_check_render_text_line_format() -> None:
    lines = render_text([_report()]).splitlines()
    assert lines[0].startswith("story.txt:1:1: error count-mismatch ")
    assert "40 prison guards" in lines[0]


def test_check_render_github_escapes() -> None:
    report = _report()
    out = render_github([report])
    # "Fifty" is columns 1-5: the annotation ends before column 6.
    assert out.startswith(
        "::error file=story.txt,line=1,col=1,endLine=1,endColumn=6,title=factcheck "
    )
    odd = CheckReport(
        document=Document(id="a,b:c.txt", path="a,b:c.txt", published=None, sha256=""),
        findings=(
            Finding(
                rule="fact-unmentioned",
                severity=Severity.INFO,
                message="100% sure\nnot",
                span=None,
                line=1,
                col=1,
            ),
        ),
    )
    assert render_github([odd]) == (
        "::notice file=a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=1,"
        "title=factcheck fact-unmentioned"
        "::100%25 sure%0Anot\n"
    )


def test_check_render_sarif_structure() -> None:
    log = json.loads(render_sarif([_report()], config=CheckConfig()))
    assert_sarif(log)
    result = log["runs"][0]["results"][0]
    assert result["ruleId"] == "count-mismatch" and result["level"] == "error"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 6}
    related = result["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "facts.yaml"
    assert related["region"]["startLine"] == 2
