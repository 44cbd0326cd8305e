"""Unit tests for factcheck.timex: tagging and TIMEX3 normalization."""

from __future__ import annotations

import datetime
import itertools
import re
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


# Tuesday 9 November 2021: a fixed reference for the rules below.
NOV9 = datetime.date(2021, 11, 9)


@pytest.mark.parametrize(
    "text",
    [
        "Add 3/4 cup of sugar.",
        "Cut a 1/4 inch gap.",
        "She won 3/4 of the vote.",
        "Critics rated it 7/10.",
        "Prices were cut to 1/2.",
        "About three quarters said they would vote.",
        "It took three quarters.",
    ],
)
def test_timex_fractions_are_not_dates(text: str) -> None:
    assert find_timexes(text, PUBLISHED) == []


def test_timex_slash_date_with_context() -> None:
    assert _one("The board met on 3/4 to vote.").value == "2023-03-04"
    assert _one("2/15").value == "2023-02-15"
    assert _one("Tuesday, 11/21 at noon").value == "2023-11-21T12:00"


def test_timex_mixed_fraction_duration() -> None:
    t = _one("The siege took 2 1/2 hours.")
    assert (t.text, t.value) == ("2 1/2 hours", "PT2.5H")


def test_timex_nine_eleven_is_2001() -> None:
    t = _one("Security changed after the 9/11 attacks.")
    assert (t.text, t.value) == ("9/11", "2001-09-11")
    assert _one("Air travel changed since 9/11.").value == "2001-09-11"
    assert _one("The hearing is Monday 9/11 at 10am.").value == "2023-09-11T10:00"


def test_timex_quarters_only_temporal_in_context() -> None:
    assert _one("It lasted three quarters of an hour.").value == "PT45M"
    assert _one("It took three quarters of a year.").value == "P9M"
    assert _one("Profits fell for two quarters.").value == "P6M"
    assert _one("It waited an hour and a quarter.").value == "PT1.25H"


def test_timex_holiday_weekend() -> None:
    # Labor Day 2021 was Monday 6 September: its weekend is the one before
    assert _one("Traffic peaked over Labor Day weekend.", NOV9).value == "2021-W35-WE"
    t = _one("Crowds came for the weekend of Halloween.", NOV9)
    assert (t.text, t.value) == ("the weekend of Halloween", "2021-W43-WE")
    # Thanksgiving 2023 is Thursday 23 November: the weekend after
    assert _one("They left on Thanksgiving weekend 2023.", NOV9).value == "2023-W47-WE"


def test_timex_count_before_next_week_is_not_a_duration() -> None:
    t = _one("Only 3 will be left next week.", NOV9)
    assert (t.text, t.value) == ("next week", "2021-W46")


def test_timex_ago_after_a_span_and_compound_ago() -> None:
    text = "They worked for the last 3 months and 2 days ago they found it."
    assert _values(text, NOV9) == ["P3M", "2021-11-07"]
    assert _one("It opened 2 weeks and 2 days ago.", NOV9).value == "2021-10-24"
    assert _one("It closed two years and three months ago.", NOV9).value == "2019-08"


def test_timex_bare_years() -> None:
    t = _one("The range is 2014 to 2018.")
    assert t.value == "(2014-01-01,2018-01-01,P4Y)"
    assert _one("The custom dates back to 1865, historians say.").value == "1865"
    assert _one("Seas will rise by 2100.").value == "2100"
    assert find_timexes("Tel: +86 2010-2015-86", PUBLISHED) == []


def test_timex_weekday_the_ordinal() -> None:
    t = _one("Let's meet on Thursday the eleventh.", NOV9)
    assert (t.text, t.value) == ("Thursday the eleventh", "2021-11-11")


def test_timex_recurring_weekday_part_of_day() -> None:
    t = _one("The clinic opens Friday mornings.")
    assert (t.value, t.type) == ("XXXX-WXX-5TMO", "SET")
    assert _one("They meet every weekend.").value == "XXXX-WXX-WE"


def test_timex_weekday_part_of_day_next_week() -> None:
    t = _one("Talks resume Wednesday evening next week.", NOV9)
    assert (t.text, t.value) == ("Wednesday evening next week", "2021-11-17TEV")


def test_timex_weekday_range_end_follows_start() -> None:
    t = _one("The office is shut from next Monday to Friday.", NOV9)
    assert t.value == "(2021-11-15,2021-11-19,P4D)"


def test_timex_lowercase_month_with_ordinal() -> None:
    assert _one("The vote is on march eighteenth.", NOV9).value == "2021-03-18"
    assert find_timexes("You may first need a permit.", NOV9) == []


def test_timex_day_of_this_month_without_of() -> None:
    assert _one("Meet around the 21st this month.", NOV9).value == "2021-11-21"


def test_timex_month_day_span() -> None:
    t = _one("The summit is on November 19-20.", NOV9)
    assert (t.text, t.value) == ("November 19-20", "(2021-11-19,2021-11-20,P1D)")


def test_timex_amount_before_date() -> None:
    t = _one("He paid $ 12 December 27.", NOV9)
    assert (t.text, t.value) == ("December 27", "2020-12-27")


def test_timex_numbered_place_is_not_a_clock_time() -> None:
    t = _one("Coffee in building 4 this afternoon.", NOV9)
    assert (t.text, t.value) == ("this afternoon", "2021-11-09TAF")


def test_timex_weekday_with_offset() -> None:
    assert _one("They return Monday two weeks from now.", NOV9).value == "2021-11-22"
    assert _one("We go back in 3 days on Friday.", NOV9).value == "2021-11-12"


def test_timex_new_year_holiday_needs_context() -> None:
    assert _one("We will meet 5 days before New Year.", NOV9).value == "2021-12-27"
    assert find_timexes("Plans for the new year were announced.", NOV9) == []


def test_timex_misc_relative_forms() -> None:
    assert _one("We are not open at this time.").value == "PRESENT_REF"
    assert _one("It starts next workweek.", NOV9).value == "2021-W46"
    assert _one("We met at mid night.").value == "T00"
    assert _one("It rained a couple weeks ago.", NOV9).value == "2021-10-26"
    # the last week of July 2021 is the one holding its last Thursday (the 29th)
    assert _one("It shut the last week of July.", NOV9).value == "2021-W30"


def test_timex_more_holidays() -> None:
    assert _one("Markets shut for King's Day 2018.").value == "2018-04-27"
    # Earth Hour: the last Saturday of March
    assert _one("Lights went off for Earth Hour 2016.").value == "2016-03-26"
    # lunar feasts: the year only
    assert _one("Crowds gathered for Ganesh Chaturthi.").value == "2023"
    assert _one("They celebrated Shavuot 2018.").value == "2018"
    assert find_timexes("Rakhi Sawant said so.", PUBLISHED) == []


def test_timex_nth_month_of_year() -> None:
    ref = datetime.date(2021, 11, 29)
    assert _one("They leave the third month of 2019.", ref).value == "2019-03"
    assert _one("The 9th month of next year is busy.", ref).value == "2022-09"
    assert find_timexes("It was the third month of the strike.", ref) == []


def test_timex_clock_range_meridiem_not_past_end() -> None:
    # 'pm' written once must not push the start past the end
    t = _one("I'll be out from 2:30 to 2:15 pm.", datetime.date(2016, 11, 7))
    assert t.value == "(T02:30,T14:15,PT11H45M)"
    assert _one("Open from 5 to 6pm.").value == "(T17,T18,PT1H)"


def test_timex_coordinated_days_share_month() -> None:
    ref = datetime.date(2018, 8, 29)
    assert _values("Talks are on 18 and 19 June.", ref) == ["2018-06-18", "2018-06-19"]
    assert _values("They met on the 18th and 19th of June 2017.", ref) == [
        "2017-06-18",
        "2017-06-19",
    ]


def test_timex_unit_after_next_and_before_last() -> None:
    ref = datetime.date(2018, 7, 2)
    assert _one("We meet the week after next.", ref).value == "2018-W29"
    assert _one("It was the year before last.", ref).value == "2016"
    assert _one("We meet the week after next.", None).value == "XXXX-WXX"


def test_timex_duration_with_glued_unit() -> None:
    assert _one("I will leave for 3.5years.").value == "P3.5Y"
    assert _one("It was a 30min walk.").value == "PT30M"
    assert find_timexes("He was 3yrs old.", PUBLISHED) == []


def test_timex_year_or_later() -> None:
    t = _one("Shall we leave in 2018 or later?")
    assert (t.text, t.value) == ("2018", "2018")


def test_timex_clock_range_across_days() -> None:
    ref = datetime.date(2016, 11, 7)
    t = _one("I'll be away from 2pm till tomorrow 4:30pm.", ref)
    assert t.value == "(2016-11-07T14,2016-11-08T16:30,PT26H30M)"
    t = _one("Open from 2pm today to 4pm tomorrow.", ref)
    assert t.value == "(2016-11-07T14,2016-11-08T16,PT26H)"
    # a day written after the range still covers both ends
    t = _one("Open from 9am to 5pm tomorrow.", ref)
    assert t.value == "(2016-11-08T09,2016-11-08T17,PT8H)"


def test_timex_duration_and_half_without_article() -> None:
    assert _one("One hour and half is sufficient.").value == "PT1.5H"
    assert _one("It took two years and half the budget.").value == "P2Y"


def test_timex_possessive_have_is_not_past_tense() -> None:
    ref = datetime.date(2018, 3, 14)
    assert _one("The firm has a meeting on April 10.", ref).value == "2018-04-10"
    assert _one("We have to finish by April 10.", ref).value == "2018-04-10"
    assert _one("The firm has announced on April 10 it quits.", ref).value == (
        "2017-04-10"
    )


def test_timex_dotted_clock_before_zone_or_place() -> None:
    assert _one("It starts at 9.30 GMT.").value == "T09:30"
    assert _one("Thursdays at 17.30 Beijing time").value == "XXXX-WXX-4T17:30"
    assert find_timexes("Shares closed at 17.30 euros.", PUBLISHED) == []


def test_timex_next_fortnight_is_two_weeks() -> None:
    ref = datetime.date(2021, 5, 20)
    t = _one("We hope to leave in the next fortnight.", ref)
    assert (t.value, t.type) == ("P2W", "DURATION")


def test_timex_pattern_prefilter_is_sound() -> None:
    """A pattern skipped for lacking a needed string could not have matched."""
    from factcheck import timex

    texts = [*SEED.read_text().split("\n"), "Back at 9h30 on 3/4, 2019-05-01.", "ok"]
    for _gate, needs, lowered, _pattern, rule in timex.SCANNER.plan:
        for text in texts:
            low = text.lower()
            if re.search(lowered, low):
                for need in needs:
                    assert any(g in low for g in need), (rule.name, text, need)


def test_timex_first_and_last_stretch_of_a_period_is_an_interval() -> None:
    # ISO weeks: week 1 of 2021 starts on Monday 4 January
    t = _one("Rooms are booked for the first 2 weeks of 2021.")
    assert (t.text, t.value, t.type) == (
        "the first 2 weeks of 2021",
        "(2021-01-04,2021-01-18,P2W)",
        "DATE",
    )
    assert _values("Sales rose in the first nine months of 2022.") == [
        "(2022-01-01,2022-10-01,P9M)"
    ]
    assert _values("in the last four months of the year") == [
        "(2023-09-01,2024-01-01,P4M)"
    ]
    assert _values("the first ten days of last year") == [
        "(2022-01-01,2022-01-11,P10D)"
    ]
    assert _values("the last five days of March 2020") == [
        "(2020-03-27,2020-04-01,P5D)"
    ]


def test_timex_stretch_longer_than_its_period_stays_a_duration() -> None:
    assert _values("the first 14 months of 2020") == ["P14M", "2020"]
    assert _values("the first two years of his term") == ["P2Y"]


def test_timex_clock_hour_takes_a_later_part_of_day() -> None:
    t = _one("The raid happened on Tuesday at 2 in the afternoon.")
    assert (t.text, t.value) == ("Tuesday at 2 in the afternoon", "2023-08-29T14:00")
    assert _one("last Tuesday by 9 in the evening").value == "2023-08-22T21:00"
    # an hour with its own am/pm keeps it
    assert _one("Tuesday at 2pm in the afternoon").value == "2023-08-29T14:00"


def test_timex_next_and_last_yearless_date() -> None:
    # published Saturday 2 September 2023
    assert _one("The vote is due next April 6.").value == "2024-04-06"
    assert _one("The vote is due next September 30.").value == "2023-09-30"
    assert _one("He resigned last September 30.").value == "2022-09-30"
    assert _one("He resigned last June 1.").value == "2023-06-01"


def test_timex_night_before_a_noun_is_no_duration() -> None:
    assert _values("They work at three night markets.") == []
    assert _values("They spent three nights in jail.") == ["P3D"]
    assert _values("a three-night stay") == ["P3D"]


def test_timex_at_the_minute_is_present() -> None:
    assert _one("At the minute we are fine.").value == "PRESENT_REF"


def test_timex_stretch_from_a_start_day_is_an_interval() -> None:
    t = _one("The ceasefire will hold for two weeks starting Monday.")
    assert (t.text, t.value) == (
        "two weeks starting Monday",
        "(2023-09-04,2023-09-18,P2W)",
    )
    t = _one("The curfew runs for 3 days, from today.")
    assert (t.text, t.value) == ("3 days, from today", "(2023-09-02,2023-09-05,P3D)")
    # without 'for', 'N days from today' is the day it reaches
    assert _one("It reopens 3 days from today.").value == "2023-09-05"
    assert _one("They stay for 3 days from today.").value == (
        "(2023-09-02,2023-09-05,P3D)"
    )


def test_timex_sub_day_shift_without_clock_is_the_reference_day() -> None:
    # the reference is a day: 'three hours ago' must not invent 21:00
    t = _one("The fire broke out three hours ago.")
    assert (t.value, t.type) == ("2023-09-02", "DATE")
    assert _one("The results are due in 30 minutes.").value == "2023-09-02"
    assert _values("It ended 48 hours ago.") == ["PT48H"]


def test_timex_from_a_date_to_date_runs_to_publication() -> None:
    t = _one("Sales from March to date rose 4%.")
    assert (t.text, t.value) == ("March to date", "(2023-03-01,2023-09-02,P185D)")
    # 'to date' alone is no date (see test_timex_negatives)
    assert _values("Sales to date are up.") == []


def test_timex_weekend_in_past_tense_is_the_one_just_gone() -> None:
    monday = datetime.date(2023, 9, 4)
    assert _one("Protests erupted over the weekend.", monday).value == "2023-W35-WE"
    assert _one("Protests will resume this weekend.", monday).value == "2023-W36-WE"
    # published on the Saturday itself: that weekend
    assert _one("Protests erupted over the weekend.").value == "2023-W35-WE"


def test_timex_later_before_a_period_belongs_to_it() -> None:
    assert _values("We will find 30 minutes later this week.") == [
        "PT30M",
        "2023-W35",
    ]


def test_timex_shipped_needs_table_is_current() -> None:
    """timex_needs.json must describe today's patterns: run `make timex-needs`."""
    import json

    from factcheck import timex
    from factcheck.timex import engine

    shipped = json.loads(engine.NEEDS_FILE.read_text("utf-8"))
    assert shipped == timex.needs_table()
    # Every pattern's needs come from the file, as parsing them would give.
    for _gate, _needs, pattern, _original, _rule in timex.SCANNER.plan:
        expected = engine.pattern_needs(pattern)
        assert engine.needs_of(pattern, shipped) == expected
        assert engine.needs_of(pattern, {}) == expected  # the fallback


def test_timex_patterns_compile_on_first_use() -> None:
    from factcheck import timex
    from factcheck.timex import engine

    find_timexes("It rained on 3 March 2021.", datetime.date(2021, 3, 5))
    lowered = {plan[2] for plan in timex.SCANNER.plan}
    assert engine.COMPILED  # the patterns this text needed
    assert len(engine.COMPILED) <= len(lowered)
    assert all(p in lowered for p in engine.COMPILED)
