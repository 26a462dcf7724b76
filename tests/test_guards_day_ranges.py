"""A range of days ("29-31 Juli 2025", "July 29-31, 2025") dates an event by its first day, the 31st a valid end;
a "range" that runs backwards or past the 31st is no range, so its first number is no event day. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document, EventKind


def _visit_dates(text: str, lang: str) -> list[str | None]:
    return [ev.date for ev in extract(Document("t", text, lang, "test")).events if ev.kind is EventKind.VISIT]


@pytest.mark.parametrize(("text", "lang", "date"), [
    ("Presiden Lula mengunjungi Jepang pada 29-31 Juli 2025.", "id", "2025-07-29"),
    ("President Lula visited Japan on 29-31 July 2025.", "en", "2025-07-29"),
    ("President Lula visited Japan on July 29-31, 2025.", "en", "2025-07-29"),
    ("Presiden Lula mengunjungi Jepang pada 1-3 Agustus 2025.", "id", "2025-08-01"),
])
def test_a_range_of_days_dates_the_event_by_its_first_day(text: str, lang: str, date: str) -> None:
    assert _visit_dates(text, lang) == [date]


@pytest.mark.parametrize(("text", "lang", "date"), [
    ("Presiden Lula mengunjungi Jepang pada 30-29 Juli 2025.", "id", "2025-07-29"),
    ("Presiden Lula mengunjungi Jepang pada 29-32 Juli 2025.", "id", "2025-07"),
    ("President Lula visited Japan on July 29-32, 2025.", "en", None),
])
def test_a_backward_range_or_one_past_the_31st_is_no_range(text: str, lang: str, date: str | None) -> None:
    assert _visit_dates(text, lang) == [date]
