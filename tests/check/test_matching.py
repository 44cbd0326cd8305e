"""A fact meets the claims about it, and only those (issue 13).

Percentages count what they are a share of and whose share it is; context words
bind to the claim's own clause; a claim dated elsewhere, or given only for
comparison, is another event; a second claim that could meet a fact clears a
higher bar once one agrees.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.check import CheckReport, Severity
from factcheck.reference import parse_reference

ELECTION = (
    "Lena Vogt won the mayoral election in Brunnfeld on Sunday with 52.4 percent "
    "of the vote, the election office said.\n"
    "Her rival, Jonas Becker, took 41.8 percent, while the Green candidate Eva Roth "
    "finished third with about 3 percent.\n"
    "Turnout was 38 percent, down from 44 percent in the 2019 election, the office "
    "said.\n"
)


def check(text: str, facts: str) -> CheckReport:
    from factcheck.api import check as api_check

    reference = parse_reference(facts, source="facts.yaml")
    return api_check(text, reference, published="2024-05-20")


def errors(report: CheckReport) -> list[tuple[str, str]]:
    text = ELECTION
    return [
        (f.rule, text[f.span[0] : f.span[1]] if f.span else "")
        for f in report.findings
        if f.severity is Severity.ERROR
    ]


def facts(*counts: str) -> str:
    return "counts:\n" + "".join(f"  - {c}\n" for c in counts)


@pytest.mark.model
def test_true_shares_give_no_error() -> None:
    report = check(
        ELECTION,
        facts(
            "{counted: percent, context: [Becker], value: 41.8, unit: percent}",
            "{counted: vote, value: 52.4, unit: percent, subject: Lena Vogt}",
            "{counted: vote, subject: Eva Roth, value: 3, unit: percent}",
            "{counted: turnout, value: 38, unit: percent}",
            "{counted: turnout, value: 44, unit: percent, when: 2019}",
        ),
    )
    assert errors(report) == []
    assert report.facts_mentioned == 5


@pytest.mark.model
def test_the_issues_facts_without_unit_give_no_error() -> None:
    # Issue 13's report: {counted: percent, context: [Becker], value: 41.8} met
    # the winner's 52.4 percent and "about 3 percent".
    report = check(
        ELECTION, facts("{counted: percent, context: [Becker], value: 41.8}")
    )
    assert errors(report) == []
    assert report.facts_mentioned == 1


@pytest.mark.model
def test_a_share_is_compared_with_its_holder_only() -> None:
    # Becker's fact is wrong (40.1): only Becker's 41.8 contradicts it, not the
    # winner's 52.4 nor Roth's 3.
    report = check(
        ELECTION,
        facts("{counted: percent, context: [Becker], value: 40.1, unit: percent}"),
    )
    assert errors(report) == [("count-mismatch", "41.8 percent")]
    report = check(
        ELECTION, facts("{counted: vote, subject: Becker, value: 40.1, unit: percent}")
    )
    assert errors(report) == [("count-mismatch", "41.8 percent")]


@pytest.mark.model
@pytest.mark.parametrize(
    "fact",
    [
        "{counted: turnout, value: 36, unit: percent}",
        "{counted: percent, context: [turnout], value: 36, unit: percent}",
    ],
)
def test_a_wrong_turnout_is_found_once_and_the_earlier_one_left_alone(
    fact: str,
) -> None:
    assert errors(check(ELECTION, facts(fact))) == [("count-mismatch", "38 percent")]


@pytest.mark.model
def test_a_fact_with_when_meets_the_claim_of_that_time() -> None:
    wrong = facts("{counted: turnout, value: 46, unit: percent, when: 2019}")
    assert errors(check(ELECTION, wrong)) == [("count-mismatch", "44 percent")]


@pytest.mark.model
def test_an_earlier_event_is_not_a_contradiction() -> None:
    text = (
        "Inmates freed 50 guards held in six prisons on Thursday, the agency said.\n"
        "In July, inmates had taken 106 guards hostage in five different prisons, "
        "the agency said.\n"
    )
    report = check(text, facts("{counted: prisons, context: [guards], value: 6}"))
    assert [f.rule for f in report.findings if f.severity is Severity.ERROR] == []
    assert report.facts_mentioned == 1
    # Dated July (2023: published in May 2024, "In July" is the July before),
    # the same fact meets the July claim instead.
    report = check(
        text, facts("{counted: prisons, context: [guards], value: 6, when: 2023-07}")
    )
    found = [
        text[f.span[0] : f.span[1]]
        for f in report.findings
        if f.rule == "count-mismatch"
    ]
    assert found == ["five"]


@pytest.mark.model
def test_a_second_claim_must_restate_the_event_to_contradict() -> None:
    text = (
        "Rescuers pulled 12 miners from the flooded shaft on Monday, the company "
        "said.\n"
        "The 40 miners on the night shift had been warned, the company said.\n"
        "The 12 rescued miners were taken to hospital, the company said.\n"
    )
    report = check(text, facts("{counted: miners, value: 12}"))
    assert [f.rule for f in report.findings if f.severity is Severity.ERROR] == []
    wrong = text.replace("The 12 rescued", "The 14 rescued")
    report = check(wrong, facts("{counted: miners, context: [rescued], value: 12}"))
    found = [
        wrong[f.span[0] : f.span[1]]
        for f in report.findings
        if f.rule == "count-mismatch"
    ]
    assert found == ["14"]


def test_fact_messages_give_the_unit_once() -> None:
    ref = parse_reference(
        facts(
            "{counted: percent, context: [Becker], value: 41.8, unit: percent}",
            "{counted: turnout, value: 38, unit: percent, when: 2019}",
            "{counted: prison guards, value: 50}",
            "{counted: fine, min: 1000, max: 2000, unit: USD, subject: Ostrander}",
        ),
        source="facts.yaml",
    )
    described = [f.describe() for f in ref.counts]
    assert described == [
        "41.8 percent",
        "38 percent (turnout, 2019)",
        "50 prison guards",
        "1,000-2,000 USD (fine, Ostrander)",
    ]


def test_every_schema_error_is_listed_with_its_line() -> None:
    from factcheck.errors import ReferenceDataError

    text = (
        "counts:\n"
        "  - {counted: guards, value: fifty}\n"
        "  - {value: 7}\n"
        "  - {counted: people, value: 3, when: 2023-02-30}\n"
        "dates:\n"
        "  - {event: began, date: 2023-13-01}\n"
    )
    with pytest.raises(ReferenceDataError) as info:
        parse_reference(text, source="facts.yaml")
    problems: list[Any] = info.value.problems  # type: ignore[attr-defined]
    assert [line for line, _ in problems] == [2, 3, 4, 6]
    assert "'counted' is a required property" in problems[1][1]
    lines = str(info.value).splitlines()
    assert lines[0].startswith("facts.yaml:2: counts[0].value: 'fifty'")
    assert lines[1:] == [
        f"error[FC302]: facts.yaml:{line}: {message}" for line, message in problems[1:]
    ]


def test_count_facts_take_when_and_subject() -> None:
    ref = parse_reference(
        facts(
            "{counted: vote, value: 41.8, unit: percent, subject: Krall, when: 2024}"
        ),
        source="facts.yaml",
    )
    (fact,) = ref.counts
    assert (fact.subject, fact.when) == ("Krall", "2024")


@pytest.mark.model
def test_another_predicate_is_another_event() -> None:
    text = (
        "The blast killed 12 people and injured 40, the police said on Monday.\n"
        "At least 12 people were killed and 40 were injured, the police said.\n"
    )
    true = facts(
        "{counted: people, context: [injured], value: 40}",
        "{counted: people, context: [killed], value: 12}",
    )
    report = check(text, true)
    assert [f.rule for f in report.findings if f.severity is Severity.ERROR] == []
    assert report.facts_mentioned == 2
    wrong = facts("{counted: people, context: [injured], value: 45}")
    report = check(text, wrong)
    found = [
        text[f.span[0] : f.span[1]]
        for f in report.findings
        if f.rule == "count-mismatch"
    ]
    assert found == ["40", "40"]


def test_a_yaml_boolean_gets_a_hint() -> None:
    from factcheck.errors import ReferenceDataError

    with pytest.raises(ReferenceDataError, match="quote the word"):
        parse_reference(
            facts("{counted: percent, context: [yes], value: 58}"), source="f"
        )
