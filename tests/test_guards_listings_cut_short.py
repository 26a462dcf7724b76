"""A listing opened by "those sanctioned" (``listings._list_opening``), with time words between the participle and
the listing verb ("those sanctioned yesterday include …"), read to a text's very end, issue 9 (branch mut15, seed
181): a text cut short after the time word is read without error (the mutant looked one token past the end).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

FIRST = {"en": "The EU imposed sanctions on Russia.", "id": "Uni Eropa menjatuhkan sanksi terhadap Rusia."}
OPENING = {"en": "Those sanctioned yesterday", "id": "Mereka yang dijatuhi sanksi kemarin"}
LISTED = {"en": "include Belarus and Iran.", "id": "termasuk Belarus dan Iran."}
EU = {"en": "European Union", "id": "Uni Eropa"}
RUSSIA = {"en": "Russia", "id": "Rusia"}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_names_listed_after_time_words_are_targets_of_the_act_told_before(lang: str) -> None:
    found = read(f"{FIRST[lang]} {OPENING[lang]} {LISTED[lang]}", lang)
    assert found.events(EventKind.SANCTION) == {((EU[lang],), (RUSSIA[lang],)), ((EU[lang],), ("Belarus", "Iran"))}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_text_cut_short_after_the_time_word_lists_nobody(lang: str) -> None:
    found = read(f"{FIRST[lang]} {OPENING[lang]}", lang)
    assert found.events(EventKind.SANCTION) == {((EU[lang],), (RUSSIA[lang],))}
