"""The rules that need no reference data, on sentences written for them.

Each rule has a story where it must fire (once, on the right words) and one
where it must stay silent. The text goes through the real extractor.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.check import CheckReport, Severity
from factcheck.check.rules import REFERENCE_FREE, RULES

pytestmark = pytest.mark.model


def check(text: str, facts: dict[str, Any] | None = None) -> CheckReport:
    from factcheck.api import check as api_check

    return api_check(text, facts or {}, published="2024-05-20")


def hits(text: str, rule: str, facts: dict[str, Any] | None = None) -> list[str]:
    """The quoted words of each finding of one rule."""
    report = check(text, facts)
    return [
        text[f.span[0] : f.span[1]] if f.span else ""
        for f in report.findings
        if f.rule == rule
    ]


def test_the_five_rules_are_registered_with_their_severities() -> None:
    assert set(RULES) >= REFERENCE_FREE
    severities = {r: RULES[r].severity for r in REFERENCE_FREE}
    assert severities == {
        "count-inconsistent": Severity.WARNING,
        "total-mismatch": Severity.ERROR,
        "name-inconsistent": Severity.ERROR,
        "role-inconsistent": Severity.WARNING,
        "weekday-mismatch": Severity.ERROR,
    }


# -- count-inconsistent ----------------------------------------------------------


def test_count_inconsistent_finds_a_toll_stated_two_ways() -> None:
    text = (
        "A riot at the Korvin jail left 31 people dead, the ministry said.\n"
        "Guards regained control after the riot, which killed 33, the ministry said.\n"
    )
    assert hits(text, "count-inconsistent") == ["33"]


def test_count_inconsistent_is_silent_on_agreeing_and_other_events() -> None:
    agreeing = (
        "A riot at the Korvin jail left 31 people dead, the ministry said.\n"
        "Guards regained control after the riot, which killed 31, the ministry said.\n"
    )
    assert hits(agreeing, "count-inconsistent") == []
    # An earlier riot, dated, is another event; injuries are another predicate.
    other = (
        "A riot at the Korvin jail left 31 people dead on Sunday, the ministry said.\n"
        "A riot there in 2019 left 12 people dead, the ministry said.\n"
        "Another 40 people were injured, the ministry said.\n"
    )
    assert hits(other, "count-inconsistent") == []


def test_count_inconsistent_compares_tolls_only() -> None:
    # Delegates held by different candidates are not one count stated twice.
    text = (
        "Okafor has 120 delegates after the primaries, the party said.\n"
        "Brandt has 40 delegates after the primaries, the party said.\n"
    )
    assert hits(text, "count-inconsistent") == []


def test_count_inconsistent_needs_one_event_noun_in_both_sentences() -> None:
    text = (
        "The fire at the depot killed 12 people, officials said.\n"
        "A flood in the valley had killed 30 people, officials said.\n"
    )
    assert hits(text, "count-inconsistent") == []


def test_count_inconsistent_leaves_parts_of_one_sentence_alone() -> None:
    text = (
        "The storm killed 12 people in Varnes and 5 people in Dorran, officials said.\n"
    )
    assert hits(text, "count-inconsistent") == []


# -- total-mismatch ---------------------------------------------------------------


def test_total_mismatch_finds_parts_that_do_not_add_up() -> None:
    text = "Rebels freed 50 guards and 7 officers, 58 people in all, the army said.\n"
    assert hits(text, "total-mismatch") == ["58"]
    text = (
        "The jury convicted him of a total of 16 counts: 12 counts of fraud and "
        "3 counts of theft.\n"
    )
    assert hits(text, "total-mismatch") == ["16"]


def test_total_mismatch_is_silent_when_the_sum_is_right() -> None:
    text = "Rebels freed 50 guards and 7 officers, 57 people in all, the army said.\n"
    assert hits(text, "total-mismatch") == []
    # "in all five districts" is not a total.
    text = "Voters in all five districts elected 3 women and 2 men, the clerk said.\n"
    assert hits(text, "total-mismatch") == []
    # "half" of the delegates is not a part of the total.
    text = (
        "There are a total of 300 delegates, 220 pledged and 80 unpledged, "
        "half of them women.\n"
    )
    assert hits(text, "total-mismatch") == []
    # No total marker: two counts are not parts of a third.
    text = "Rebels freed 50 guards and 7 officers from 58 cells, the army said.\n"
    assert hits(text, "total-mismatch") == []


# -- name-inconsistent ------------------------------------------------------------


def test_name_inconsistent_finds_one_name_spelled_two_ways() -> None:
    text = (
        "Prosecutor Miriam Okonkwo filed the charges on Monday.\n"
        "Okonkow said the trial would start in June.\n"
        "Okonkwo declined to name the witnesses.\n"
    )
    assert hits(text, "name-inconsistent") == ["Okonkow"]


def test_name_inconsistent_is_silent_on_two_people_and_on_a_reference_name() -> None:
    text = (
        "Ana Ruiz and her sister Ada Ruiz opened the bakery in 2010.\n"
        "Ana Ruiz said business had never been better.\n"
    )
    assert hits(text, "name-inconsistent") == []
    # Acronyms a letter apart are two bodies; a family is not a misspelling.
    text = (
        "The UNHCR and the UNHRC both criticized the camp on Monday.\n"
        "Mark Henderson said the Hendersons had farmed there since 1950.\n"
    )
    assert hits(text, "name-inconsistent") == []
    # Two programs are not one name; a full name used once is not a
    # misspelling of a surname used more often (another person).
    text = (
        "The state spends more on Medicaid than on Medicare, the budget office said.\n"
        "Jefferson wrote the letter in 1801, and Jefferson kept a copy.\n"
        "The historian Mark Jeffersen found it in an archive in 1990.\n"
    )
    assert hits(text, "name-inconsistent") == []
    # With the name in the reference, name-misspelling reports it instead.
    text = (
        "Prosecutor Miriam Okonkwo filed the charges on Monday.\n"
        "Okonkow said the trial would start in June.\n"
    )
    facts = {"names": [{"name": "Miriam Okonkwo", "aliases": ["Okonkwo"]}]}
    assert hits(text, "name-inconsistent", facts) == []
    assert hits(text, "name-misspelling", facts) == ["Okonkow"]


# -- weekday-mismatch -------------------------------------------------------------


def test_weekday_mismatch_finds_a_weekday_that_is_not_the_dates() -> None:
    text = "The protests began on Friday, August 31, 2023, the police said.\n"
    assert hits(text, "weekday-mismatch") == ["Friday, August 31, 2023"]
    # No year: the publication year (2024); 14 May 2024 was a Tuesday.
    text = "The council met on Monday, 14 May, the clerk said.\n"
    assert hits(text, "weekday-mismatch") == ["Monday, 14 May"]


def test_weekday_mismatch_is_silent_on_right_days_and_non_dates() -> None:
    text = (
        "The protests began on Thursday, August 31, 2023, the police said.\n"
        "The council met on Tuesday, 14 May, and again on Friday, the clerk said.\n"
        "On Friday, 40 people marched to the square.\n"
    )
    assert hits(text, "weekday-mismatch") == []


# -- role-inconsistent ------------------------------------------------------------


def test_role_inconsistent_finds_two_offices_for_one_person() -> None:
    text = (
        "Mayor Karen Holt opened the new bridge on Monday.\n"
        "Deputy Mayor Karen Holt said the bridge cost less than planned.\n"
    )
    assert hits(text, "role-inconsistent") == ["Deputy Mayor"]


def test_role_inconsistent_is_silent_on_compatible_roles() -> None:
    text = (
        "Mayor Karen Holt opened the new bridge on Monday.\n"
        "Mayor Karen Holt, an engineer, said the bridge cost less than planned.\n"
        "Senator Paul Brandt and Mayor Karen Holt cut the ribbon.\n"
        "Former Governor Ruth Palmer spoke first.\n"
        "Governor Ruth Palmer, who left office in 2019, praised the design.\n"
    )
    assert hits(text, "role-inconsistent") == []


# -- without a reference ----------------------------------------------------------


def test_check_without_reference_runs_only_the_reference_free_rules(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from click.testing import CliRunner

    from factcheck.cli import cli

    story = tmp_path / "story.txt"
    story.write_text(
        "Officials said a riot left 31 people dead on Friday, August 31, 2023.\n"
        "Officials said the riot, which killed 33, began in the kitchen.\n"
    )
    result = CliRunner().invoke(
        cli,
        ["check", str(story), "--format", "json", "--published", "2023-09-02"],
        catch_exceptions=False,
    )
    assert result.exit_code == 1, result.output
    rules = [f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]]
    assert sorted(rules) == ["count-inconsistent", "weekday-mismatch"]


def test_count_inconsistent_leaves_other_places_and_more_victims_alone() -> None:
    text = (
        "A bomb at the market in Varnes killed 40 people on Friday, police said.\n"
        "A second bomb in Dorran killed 12 people, police said.\n"
        "Three people were also killed by the bomb in a nearby village, police said.\n"
    )
    assert hits(text, "count-inconsistent") == []
    # More than 300 people is no "more" people: the toll restated still counts.
    text = (
        "The quake killed 27 people and injured more than 300, officials said.\n"
        "Rescuers said the quake, which killed 29, destroyed the bridge.\n"
    )
    assert hits(text, "count-inconsistent") == ["29"]


def test_total_mismatch_leaves_a_list_of_totals_alone() -> None:
    text = (
        "A total of about 3,000 teachers, 4,000 nurses and 450 doctors "
        "joined the strike, the union said.\n"
    )
    assert hits(text, "total-mismatch") == []
