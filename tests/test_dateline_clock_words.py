"""The word that introduces the clock time right after a date line's date is the time's own, whatever its length
(branch fix16): "Diterbitkan 19 Juni 2024 pukul 10:30 WIB", "Published 19 June 2024 at 10:30 GMT" are date lines,
as "jam 10:30 WIB" was. Elsewhere such a word counts as the sentence's ("Pada 19 Juni 2024 Ruiz tiba pukul 10:30." goes
on past its date), and a sentence after the clock time is no date line's tail. Both languages; sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.extract.dates import find_dateline


@pytest.mark.parametrize(("text", "lang", "date_text"), [
    ("Diterbitkan 19 Juni 2024 pukul 10:30 WIB\n\nPresiden Brasil terbang ke Tokyo.", "id", "19 Juni 2024"),
    ("Diterbitkan 19 Juni 2024 pukul 10.30 WIB\n\nPresiden Brasil terbang ke Tokyo.", "id", "19 Juni 2024"),
    ("Published 19 June 2024 at 10:30 GMT\n\nThe president of Brazil flew to Tokyo.", "en", "19 June 2024"),
])
def test_a_clock_word_after_the_date_belongs_to_the_time(text: str, lang: str, date_text: str) -> None:
    mention = find_dateline(text, lang)
    assert mention is not None
    assert (mention.text, mention.day, mention.year) == (date_text, 19, 2024)


@pytest.mark.parametrize(("text", "lang"), [
    ("Pada 19 Juni 2024 Ruiz tiba pukul 10:30.\n\nIa bertemu perdana menteri.", "id"),
    ("Diterbitkan 19 Juni 2024 pukul 10:30 WIB Ana Ruiz tiba di Lima.\n\nIa bertemu perdana menteri.", "id"),
    ("On 19 June 2024 at 10:30 Ana Ruiz met Peru.\n\nThe talks went well.", "en"),
])
def test_a_sentence_going_on_around_the_clock_time_is_no_dateline(text: str, lang: str) -> None:
    assert find_dateline(text, lang) is None
