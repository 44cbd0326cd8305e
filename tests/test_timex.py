"""Unit tests for factcheck.timex: tagging and TIMEX3 normalization."""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path

import pytest

from factcheck.timex import Timex, find_timexes

# Saturday 2 September 2023, the seed article's publication date.
PUBLISHED = datetime.date(2023, 9, 2)
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_9b8fa9f70d0e437b.txt"


def _one(text: str, ref: datetime.date | None = PUBLISHED, **kw: object) -> Timex:
    found = find_timexes(text, ref, **kw)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def _values(text: str, ref: datetime.date | None = PUBLISHED) -> list[str]:
    return [t.value for t in find_timexes(text, ref)]


def test_timex_offsets_match_text() -> None:
    text = "The protests began on Thursday, hours after the raid."
    for t in find_timexes(text, PUBLISHED):
        assert text[t.start : t.end] == t.text


def test_timex_bare_weekday_is_latest_past_day() -> None:
    t = _one("The protests began on Thursday.")
    assert (t.text, t.value, t.type, t.granularity) == (
        "Thursday",
        "2023-08-31",
        "DATE",
        "day",
    )


def test_timex_weekday_on_publication_day_is_that_day() -> None:
    assert _one("The SNAI said on Saturday that all were freed.").value == "2023-09-02"


def test_timex_weekday_future_tense_looks_forward() -> None:
    assert _one("The minister will visit the prison on Thursday.").value == "2023-09-07"


def test_timex_weekday_future_oracle_wins() -> None:
    t = _one("Talks on Monday.", future=lambda offset: True)
    assert t.value == "2023-09-04"


def test_timex_next_and_last_weekday_use_adjacent_weeks() -> None:
    assert _one("next Tuesday").value == "2023-09-05"
    assert _one("last Tuesday").value == "2023-08-22"


def test_timex_yearless_date_takes_publication_year() -> None:
    t = _one("He was killed at a campaign event on August 9.")
    assert (t.text, t.value, t.granularity) == ("August 9", "2023-08-09", "day")


def test_timex_yearless_date_past_tense_never_in_future() -> None:
    assert _one("The law was passed on December 12.").value == "2022-12-12"


def test_timex_yearless_date_future_tense_never_in_past() -> None:
    assert _one("The vote will be held on March 3.").value == "2024-03-03"


def test_timex_month_past_tense_is_most_recent() -> None:
    t = _one("The SNAI said in July that it freed 106 guards.")
    assert (t.text, t.value, t.granularity) == ("July", "2023-07", "month")
    assert _one("Inflation peaked in October.").value == "2022-10"


def test_timex_absolute_dates() -> None:
    assert _one("It opened on 9 August 2023.").value == "2023-08-09"
    assert _one("It opened on Aug. 9, 2021.").value == "2021-08-09"
    assert _one("Filed 2023-08-31 by the court.").value == "2023-08-31"
    assert _one("Signed on 10/31/1974.").value == "1974-10-31"


def test_timex_no_reference_keeps_unknown_year() -> None:
    assert _one("The protests began on Thursday.", None).value == "XXXX-WXX-4"
    assert _one("He died on August 9.", None).value == "XXXX-08-09"
    assert _one("It opened on 9 August 2023.", None).value == "2023-08-09"
    assert _one("It happened yesterday.", None).value.startswith("XXXX")


def test_timex_relative_days() -> None:
    assert _values("yesterday, today and tomorrow") == [
        "2023-09-01",
        "2023-09-02",
        "2023-09-03",
    ]


def test_timex_relative_units() -> None:
    assert _one("Prices rose last week.").value == "2023-W34"
    assert _one("It was announced earlier this month.").value == "2023-09"
    assert _one("Sales fell last year.").value == "2022"
    assert _one("Talks resume next month.").value == "2023-10"


def test_timex_ago() -> None:
    t = _one("The mine closed two years ago.")
    assert (t.text, t.value, t.type) == ("two years ago", "2021", "DATE")
    assert _one("It opened three days ago.").value == "2023-08-30"


def test_timex_week_value() -> None:
    assert _one("Shares fell this week.").value == "2023-W35"


def test_timex_season() -> None:
    t = _one("Prisoners have taken hostages this summer.")
    assert (t.text, t.value, t.granularity) == ("this summer", "2023-SU", "season")


def test_timex_quarter() -> None:
    t = _one("Profit rose in the third quarter of 2023.")
    assert (t.value, t.granularity) == ("2023-Q3", "quarter")
    assert _one("Revenue for Q2 2022 was flat.").value == "2022-Q2"


def test_timex_year_with_context() -> None:
    t = _one("The party was founded in 2019.")
    assert (t.text, t.value, t.granularity) == ("2019", "2019", "year")
    assert _one("2019's floods were worse.").value == "2019"


def test_timex_decade_and_century() -> None:
    t = _one("Crime soared in the 1990s.")
    assert (t.value, t.granularity) == ("199", "decade")
    t = _one("It was built in the 20th century.")
    assert (t.value, t.granularity) == ("19", "century")


def test_timex_times() -> None:
    t = _one("The blast came at 3:30 p.m. on Thursday.")
    assert (t.value, t.type, t.granularity) == ("2023-08-31T15:30", "TIME", "time")
    assert _one("It starts at 3pm.").value == "T15"


def test_timex_durations() -> None:
    t = _one("He served three years in prison.")
    assert (t.text, t.value, t.type, t.granularity) == (
        "three years",
        "P3Y",
        "DURATION",
        "duration",
    )
    assert _one("The siege lasted 2.5 hours.").value == "PT2.5H"
    assert _one("It ended hours after the raid.").value == "PTXH"
    assert _one("They have campaigned for years.").value == "PXY"


def test_timex_sets() -> None:
    t = _one("The market opens every Monday.")
    assert (t.value, t.type, t.granularity) == ("XXXX-WXX-1", "SET", "set")
    assert _one("Data are published daily.").value == "P1D"


def test_timex_present_ref() -> None:
    t = _one("The prison was now running normally.")
    assert (t.text, t.value, t.granularity) == ("now", "PRESENT_REF", "day")
    assert _one("He is currently in custody.").value == "PRESENT_REF"


def test_timex_ranges_are_one_interval() -> None:
    t = _one("It ran from 2014 to 2018.")
    assert (t.text, t.value) == ("2014 to 2018", "(2014-01-01,2018-01-01,P4Y)")


def test_timex_span_excludes_preposition_keeps_modifier() -> None:
    assert _one("It happened on Thursday.").text == "Thursday"
    assert _one("It happened in July.").text == "July"
    assert _one("It rained early last year.").text.startswith("early")


@pytest.mark.parametrize(
    "text",
    [
        "The measures we have taken have generated violent reactions.",
        "The most prominent victim to date has been a candidate.",
        "My dentist uses the most up to date equipment.",
        "It may happen again, and they may not agree.",
        "Thousands march through the capital.",
        "He paid $27 for the ticket.",
        "More than 2,200 personnel and 1500 people took part.",
        "A second round of talks; wait a minute.",
        "He sat down in the sun on a wed floor.",
        "There are 25 inmates and 31 guards.",
    ],
)
def test_timex_negatives(text: str) -> None:
    assert find_timexes(text, PUBLISHED) == []


def test_timex_seed_article() -> None:
    text = SEED.read_text(encoding="utf-8")
    got = {(t.text, t.value, t.granularity) for t in find_timexes(text, PUBLISHED)}
    assert ("Thursday", "2023-08-31", "day") in got
    assert ("Saturday", "2023-09-02", "day") in got
    assert ("July", "2023-07", "month") in got
    assert ("August 9", "2023-08-09", "day") in got
    found = find_timexes(text, PUBLISHED)
    assert sum(t.value == "2023-08-31" for t in found) == 2
    assert not any(t.text.lower() in ("we", "to date") for t in found)
    allowed = {
        "2023-08-31",
        "2023-09-02",
        "2023-07",
        "2023-08-09",
        "PTXH",
        "PRESENT_REF",
        "2023-SU",
    }
    assert {t.value for t in found} <= allowed


def test_timex_sorted_and_non_overlapping() -> None:
    text = "On Monday, Feb 18 at 3pm and last week, then in 2019 and next year."
    found = find_timexes(text, PUBLISHED)
    assert found == sorted(found, key=lambda t: t.start)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_timex_narrative_anchor() -> None:
    text = "He was arrested on March 3, 2019, and released the next day."
    assert _values(text) == ["2019-03-03", "2019-03-04"]
    assert _values("It lost money in 2020; a year earlier it made a profit.") == [
        "2020",
        "2019",
    ]


def test_timex_clock_range_and_date() -> None:
    t = _one("Polls are open from 7am to 8pm on Tuesday.")
    assert t.value == "(2023-08-29T07,2023-08-29T20,PT13H)"


def test_timex_weak_abbreviations_need_support() -> None:
    assert find_timexes("The Sun reported that Mon Ami will reopen.", PUBLISHED) == []
    assert _one("Meet Sat at 5pm.").value == "2023-09-02T17:00"
