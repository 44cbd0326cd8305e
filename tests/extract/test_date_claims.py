"""Date claims that keep their number, and the dates that are not claims (#17)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import timex
from factcheck.records import ClaimKind, CountClaim, DateClaim, Extraction

REF = dt.date(2023, 9, 2)


def values(text: str, ref: dt.date | None = REF) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.duration) for t in timex.find_timexes(text, ref)]


# --- timex: the distance a date was counted back -------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill closed six years ago.", [("six years ago", "2017", "P6Y")]),
        ("It opened two years and three months ago.",
         [("two years and three months ago", "2021-06", "P2Y3M")]),
        ("The ferry left three hours ago.",
         [("three hours ago", "2023-09-02", "PT3H")]),
        ("It flooded on 3 March 2021; a year earlier it burned.",
         [("3 March 2021", "2021-03-03", None), ("a year earlier", "2020", "P1Y")]),
        # a plain date and a plain duration carry no distance
        ("The mill closed in 2017.", [("2017", "2017", None)]),
        ("The strike lasted six years.", [("six years", "P6Y", None)]),
    ],
)
def test_counted_dates_keep_their_duration(text: str, expected: list) -> None:  # type: ignore[type-arg]
    assert values(text) == expected


def test_without_a_reference_the_duration_still_survives() -> None:
    assert values("The mill closed six years ago.", None) == [
        ("six years ago", "PAST_REF", "P6Y")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands joined the 'March of Millions' in the capital.",
        "A March for Our Lives rally filled the square.",
        "Cases rose by 300 in the county.",
    ],
)
def test_event_names_and_differences_are_not_dates(text: str) -> None:
    assert values(text) == []


def test_a_month_before_a_weekday_is_still_a_month() -> None:
    assert [v for _, v, _ in values("They met in March on Tuesday.")] == [
        "2023-03",
        "2023-08-29",
    ]


# --- extraction: fields, URLs, durations against counts ------------------------------

def extraction(text: str) -> Extraction:
    from factcheck.extract import extract_articles
    from factcheck.ingest import Article
    from factcheck.settings import Settings

    (ex,) = extract_articles(
        [Article(id="t", path=None, text=text)], settings=Settings(published=REF)
    )
    return ex


def dates(ex: Extraction) -> list[DateClaim]:
    return [c for c in ex.of_kind(ClaimKind.DATE) if isinstance(c, DateClaim)]


def counts(ex: Extraction) -> list[CountClaim]:
    return [c for c in ex.of_kind(ClaimKind.COUNT) if isinstance(c, CountClaim)]


@pytest.mark.model
def test_a_qualified_distance_keeps_its_modifier() -> None:
    ex = extraction(
        "The bridge was built more than 20 years ago. "
        "The tower went up 15 years ago."
    )
    got = [(d.value, d.duration, d.modifier) for d in dates(ex)]
    assert got == [("2003", "P20Y", "more_than"), ("2008", "P15Y", None)]
    assert counts(ex) == []


@pytest.mark.model
def test_a_duration_is_reported_once_not_also_as_a_count() -> None:
    ex = extraction(
        "The road was closed for 24 hours. The abbey stood for nearly 200 years. "
        "Rescuers freed 14 miners."
    )
    assert [(d.text, d.type) for d in dates(ex)] == [
        ("24 hours", "DURATION"),
        ("200 years", "DURATION"),
    ]
    assert [(c.value, c.counted) for c in counts(ex)] == [(14, "miners")]


@pytest.mark.model
def test_dates_inside_urls_and_paths_are_not_claims() -> None:
    ex = extraction(
        "The report is at https://news.example.org/2022/2/4/floods.html and was "
        "saved as /srv/archive/2021/3/5/floods.txt on 4 February 2022."
    )
    assert [d.value for d in dates(ex)] == ["2022-02-04"]
    assert [d.text for d in dates(ex)] == ["4 February 2022"]


@pytest.mark.model
def test_a_slashed_date_in_prose_is_still_a_date() -> None:
    ex = extraction("The vote was held on 2/4/2022 in the town hall.")
    assert [d.value for d in dates(ex)] == ["2022-02-04"]
