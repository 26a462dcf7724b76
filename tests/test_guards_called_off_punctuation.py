"""Which punctuation ends the clause an event noun is called off in (``kg.extract.events`` ``_called_off``): a comma or
a semicolon does — a calling-off word after it belongs to another clause and leaves the event standing —, while
quotation marks around the calling-off word do not ("… was "postponed"" is still postponed). Both languages;
sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

ALBANESE = "Anthony Albanese"
JAPAN = {"en": "Japan", "id": "Jepang"}


@pytest.mark.parametrize(("text", "lang"), [
    ('Anthony Albanese\'s visit to Japan was "postponed" on Monday.', "en"),
    ("Anthony Albanese's visit to Japan was “cancelled” on Monday.", "en"),
    ('Kunjungan Anthony Albanese ke Jepang "ditunda" pada hari Senin.', "id"),
])
def test_a_calling_off_word_in_quotation_marks_still_calls_the_event_off(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.VISIT) == set()
    assert {ALBANESE, JAPAN[lang]} <= found.entity_names()


@pytest.mark.parametrize(("text", "lang"), [
    ("Anthony Albanese's visit to Japan ended on Monday, and the summit was postponed.", "en"),
    ("Anthony Albanese's visit to Japan ended on Monday; the summit was postponed.", "en"),
    ("Kunjungan Anthony Albanese ke Jepang berakhir pada hari Senin, lalu KTT ditunda.", "id"),
    ("Kunjungan Anthony Albanese ke Jepang berakhir pada hari Senin; KTT ditunda.", "id"),
])
def test_a_calling_off_word_after_a_comma_or_semicolon_leaves_the_event(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {((ALBANESE,), (JAPAN[lang],))}
