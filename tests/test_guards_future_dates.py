"""A day and month without a year in a future clause (``kg.extract.dates``): the report's own day and the day
before it are still this year's (a day's grace for a report filed late or an event told as it starts); only a
day two or more days past is next year's. Dates written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import Tense, find_dates, resolve


def future(expression: str, lang: str, reference: date) -> str | None:
    [mention] = find_dates(expression, lang)
    resolved = resolve(mention, reference, Tense.FUTURE)
    return resolved.iso() if resolved is not None else None


DAY = [("19 Juni", "id"), ("June 19", "en")]


@pytest.mark.parametrize(("expression", "lang"), DAY)
@pytest.mark.parametrize("reference", [date(2024, 6, 18), date(2024, 6, 19), date(2024, 6, 20)])
def test_a_future_day_on_or_just_before_the_report_is_this_years(expression: str, lang: str,
                                                                 reference: date) -> None:
    assert future(expression, lang, reference) == "2024-06-19"


@pytest.mark.parametrize(("expression", "lang"), DAY)
def test_a_future_day_two_days_past_is_next_years(expression: str, lang: str) -> None:
    assert future(expression, lang, date(2024, 6, 21)) == "2025-06-19"
