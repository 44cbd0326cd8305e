"""The English rules, one module per family, in the order the engine runs them.

The order matters only for ties: of two candidates of the same span and
priority, the one from the earlier rule wins (engine.select sorts stably).
"""

from __future__ import annotations

from ..candidates import Rule
from . import (
    clock,
    durations,
    holidays,
    intervals,
    months,
    numeric,
    recurrences,
    relative,
    weeks,
    years,
)

FAMILIES = (
    numeric, months, years, weeks, relative, durations, recurrences, holidays,
    clock, intervals,
)  # fmt: skip
_BY_NAME: dict[str, Rule] = {r.name: r for f in FAMILIES for r in f.RULES}
ORDER = (
    "iso_date", "compact_date", "year_month_numeric", "month_year_numeric",
    "year_month_day_spaced", "numeric_date", "month_day_slash", "month_day_after_on",
    "month_day_hyphen_alone", "month_day_year", "day_month_year",
    "year_month_name_day", "month_year_day_hyphen", "month_and_year", "month_name",
    "year_figure", "year_with_edge", "year_in_words", "year_range", "decade",
    "century", "quarter", "half_year", "nth_month_of_year", "season", "weekday",
    "weekday_of_relative_week", "weekdays_plural", "weekday_and_day_number",
    "today_tomorrow_yesterday", "part_of_day", "noon_midnight", "this_next_last_unit",
    "edge_of_unit", "unit_after_next", "the_next_unit", "unit_to_date", "weekend",
    "ago_later", "in_duration", "last_n_units", "duration", "bare_plural_unit",
    "all_unit_long", "hours_with_h", "recurrence", "day_of_every_month", "present_ref",
    "past_ref", "future_ref", "holiday", "the_day_number", "day_of_relative_month",
    "nth_weekday_of_month", "nth_week_of", "first_last_day_of_month", "week_number",
    "week_of_date", "fiscal_year", "clock_colon", "clock_dot", "clock_hhmm_meridiem",
    "hour_ish", "month_day_to_day", "day_to_day_month", "numeric_date_range",
    "clock_range", "hour_meridiem", "hour_word_meridiem", "oclock", "clock_with_h",
    "clock_hhmm_after_at", "minutes_past_to", "half_hour", "at_hour",
    "bare_hour_before_day", "at_hour_a_p",
)
RULES: tuple[Rule, ...] = tuple(_BY_NAME[name] for name in ORDER)
assert len(RULES) == len(_BY_NAME), "every rule must appear in ORDER once"

# Texts that must give no date at all (Duckling's negative corpus): words and
# numbers that look temporal. Rules also carry their own negative examples.
NEGATIVE_EXAMPLES = (
    "I may go to the party.",
    "She was 30 years old.",
    "Add 1/2 teaspoon of salt.",
    "The score was 3-1.",
    "The final score was 21-14.",
    "He wore number 24.",
    "Turn to page 1999 of the book.",
    "The 747 landed safely.",
    "The screen ratio is 16:9.",
    "It costs $2,019.",
    "She won 2,000 votes.",
    "A second opinion helps.",
    "Soldiers march to the sea.",
    "They fall behind.",
    "The sun was hot.",
    "Route 66 is long.",
    "Read verse 3:16 again.",
)
