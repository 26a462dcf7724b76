"""A reporting clause after a comma (", the ministry said on Tuesday", ", kata juru bicara … pada Selasa") is a clause
of its own (``kg.extract.dating``): its date is the day of the report, not of the event reported before the comma.
Sentences written for these tests; the documents are published on Wednesday 19 June 2024.
"""

from __future__ import annotations

import pytest
from test_event_dates import dated

PAIR = ("Anthony Albanese", "Joko Widodo")


@pytest.mark.parametrize(("text", "lang"), [
    ("Anthony Albanese met Joko Widodo in Bogor, the foreign ministry said on Tuesday.", "en"),
    ("Anthony Albanese bertemu Joko Widodo di Bogor, kata juru bicara kementerian pada Selasa.", "id"),
])
def test_the_date_of_a_reporting_clause_does_not_date_the_event_before_it(text: str, lang: str) -> None:
    assert dated(text, lang) == {("Meeting", PAIR, (), None)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Anthony Albanese met Joko Widodo in Bogor on Tuesday, the foreign ministry said.", "en"),
    ("Anthony Albanese bertemu Joko Widodo di Bogor pada Selasa, kata juru bicara kementerian.", "id"),
])
def test_the_date_in_the_events_own_clause_dates_it_before_a_reporting_clause(text: str, lang: str) -> None:
    assert dated(text, lang) == {("Meeting", PAIR, (), "2024-06-18")}
