"""values.covered_days: the days a TIMEX3 value spans, as check will need them."""

import datetime

import pytest

from factcheck.timex.values import covered_days

D = datetime.date


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2023-08-31", D(2023, 8, 31), D(2023, 8, 31)),
        ("2023-08-31T14:30", D(2023, 8, 31), D(2023, 8, 31)),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        ("2023", D(2023, 1, 1), D(2023, 12, 31)),
        ("201", D(2010, 1, 1), D(2019, 12, 31)),
        ("19", D(1900, 1, 1), D(1999, 12, 31)),
        ("2023-W35", D(2023, 8, 28), D(2023, 9, 3)),
        ("2023-W35-WE", D(2023, 9, 2), D(2023, 9, 3)),
        ("2023-WI", D(2023, 12, 1), D(2024, 2, 29)),
        ("2023-SU", D(2023, 6, 1), D(2023, 8, 31)),
        ("2023-Q4", D(2023, 10, 1), D(2023, 12, 31)),
        ("2023-H1", D(2023, 1, 1), D(2023, 6, 30)),
    ],
)
def test_covered_days(value: str, first: datetime.date, last: datetime.date) -> None:
    assert covered_days(value) == (first, last)


@pytest.mark.parametrize("value", ["P3Y", "PRESENT_REF", "XXXX-08", "2023-H3", "T14:00"])
def test_covered_days_of_no_period(value: str) -> None:
    assert covered_days(value) is None


def test_covered_days_rejects_impossible_days() -> None:
    with pytest.raises(ValueError):
        covered_days("2023-02-30")
