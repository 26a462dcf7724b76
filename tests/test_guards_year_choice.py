"""Which year a date without one takes (``kg.extract.dates``), at the edges: 29 February when the years around the
reference hold one leap day or none, a month read on its own first day, and a dateline written after a month of
issue on the same line. Each asserts the exact day or month (or that none is given: an event is better undated
than dated a year off). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import Tense, document_date, find_dates, resolve

PAST, FUTURE = Tense.PAST, Tense.FUTURE


def value(expression: str, lang: str, reference: date, tense: Tense | None) -> str | None:
    [mention] = find_dates(expression, lang)
    resolved = resolve(mention, reference, tense)
    return resolved.iso() if resolved is not None else None


LEAP_DAY = [("29 Februari", "id"), ("February 29", "en")]


@pytest.mark.parametrize(("expression", "lang"), LEAP_DAY)
def test_29_february_takes_the_one_leap_year_the_tense_allows(expression: str, lang: str) -> None:
    """Read on 10 March 2024 the years around are 2023–2025, and only 2024 has a 29 February: a past or untensed
    clause means that day, a future one has no such day ahead within a year and gets no date."""
    march_2024 = date(2024, 3, 10)
    assert value(expression, lang, march_2024, PAST) == "2024-02-29"
    assert value(expression, lang, march_2024, None) == "2024-02-29"
    assert value(expression, lang, march_2024, FUTURE) is None


@pytest.mark.parametrize(("expression", "lang"), LEAP_DAY)
def test_29_february_ahead_is_a_future_date_only(expression: str, lang: str) -> None:
    """Read on 1 March 2023 the one leap day around is in 2024: a future clause means it, a past one has none."""
    march_2023 = date(2023, 3, 1)
    assert value(expression, lang, march_2023, FUTURE) == "2024-02-29"
    assert value(expression, lang, march_2023, None) == "2024-02-29"
    assert value(expression, lang, march_2023, PAST) is None


@pytest.mark.parametrize(("expression", "lang"), LEAP_DAY)
@pytest.mark.parametrize("tense", [PAST, None, FUTURE])
def test_no_29_february_in_the_years_around_gives_no_date(expression: str, lang: str, tense: Tense | None) -> None:
    assert value(expression, lang, date(2026, 3, 10), tense) is None  # 2025, 2026, 2027: none is a leap year


@pytest.mark.parametrize(("expression", "lang"), [("pada Juni", "id"), ("in June", "en")])
def test_a_month_read_on_its_first_day_is_that_month(expression: str, lang: str) -> None:
    first_of_june = date(2025, 6, 1)
    for tense in (PAST, None, FUTURE):
        assert value(expression, lang, first_of_june, tense) == "2025-06"


@pytest.mark.parametrize(("text", "lang"), [
    ("Majalah Kalmar\nEdisi Juni 2024 | Rabu, 19 Juni 2024 10:30 WIB\nPresiden tiba kemarin.", "id"),
    ("Kalmar Weekly\nJune 2024 Edition | Wednesday, June 19, 2024 10:30 ET\nThe president arrived yesterday.", "en"),
])
def test_a_dateline_after_a_month_of_issue_on_the_same_line(text: str, lang: str) -> None:
    """The month of the issue names no day, so it is no dateline; the full date after it on that line is."""
    assert document_date(text, lang) == date(2024, 6, 19)
    yesterday = [m for m in find_dates(text, lang) if m.explicit is False]
    assert [resolve(m, document_date(text, lang), PAST).iso() for m in yesterday] == ["2024-06-18"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Majalah Kalmar\nEdisi Juni 2024\nPresiden tiba kemarin.", "id"),
    ("Kalmar Weekly\nJune 2024 Edition\nThe president arrived yesterday.", "en"),
])
def test_a_month_of_issue_alone_dates_nothing(text: str, lang: str) -> None:
    assert document_date(text, lang) is None
