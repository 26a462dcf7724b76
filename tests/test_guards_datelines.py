"""A dateline is a full date at the top of a text followed by the end of its line within a few short or
capitalised words ("Published 19 June 2024 10:30 GMT"); a date opening a sentence that goes on ("On 19 June 2024
the president …", "Pada 19 Juni 2024 presiden …") is no dateline. The mention found says which of the language's
templates read it. Texts written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.dates import find_dateline


@pytest.mark.parametrize(("text", "lang", "date_text"), [
    ("Published 19 June 2024 10:30 GMT\n\nThe president of Brazil flew to Tokyo.", "en", "19 June 2024"),
    ("Diterbitkan 19 Juni 2024 10:30 WIB\n\nPresiden Brasil terbang ke Tokyo.", "id", "19 Juni 2024"),
    # three words after the date, a lowercase one of four characters (mut20: the bounds of dates._date_line_tail)
    ("Published 19 June 2024 at 10:30 a.m. ET\n\nThe president of Brazil flew to Tokyo.", "en", "19 June 2024"),
    ("Diterbitkan 19 Juni 2024 jam 10:30 WIB\n\nPresiden Brasil terbang ke Tokyo.", "id", "19 Juni 2024"),
])
def test_a_date_line_ending_in_a_time_is_the_dateline(text: str, lang: str, date_text: str) -> None:
    mention = find_dateline(text, lang)
    assert mention is not None
    assert (mention.text, mention.day, mention.year) == (date_text, 19, 2024)
    assert "{day}" in mention.template and "{year}" in mention.template


@pytest.mark.parametrize(("text", "lang"), [
    ("On 19 June 2024 the president of Brazil flew to Tokyo.\n\nHe met the prime minister.", "en"),
    ("Pada 19 Juni 2024 presiden Brasil terbang ke Tokyo.\n\nIa bertemu perdana menteri.", "id"),
    # a comma after the date goes on with the sentence, however few, short or capitalised the words after it (mut20,
    # seed 199: dates._date_line_tail 7)
    ("On 19 June 2024, Chile met Peru.\n\nThe talks went well.", "en"),
    ("Pada 19 Juni 2024, Ruiz ke Lima.\n\nIa bertemu perdana menteri.", "id"),
    # four short or capitalised words go on with a sentence (mut20: the word count of dates._date_line_tail)
    ("On 19 June 2024 Ana Ruiz met Peru.\n\nThe talks went well.", "en"),
    ("Pada 19 Juni 2024 Ana Ruiz ke Peru.\n\nIa bertemu perdana menteri.", "id"),
    # a lowercase word of five characters (its full stop counted) is a sentence's
    ("On 19 June 2024 Ruiz left.\n\nThe talks went well.", "en"),
    ("Pada 19 Juni 2024 Ruiz tiba.\n\nIa bertemu perdana menteri.", "id"),
])
def test_a_date_opening_a_sentence_that_goes_on_is_no_dateline(text: str, lang: str) -> None:
    assert find_dateline(text, lang) is None
