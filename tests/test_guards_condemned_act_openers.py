""""X struck Y. Z condemned the attack": the doer of the act told before is the name that *opens* that sentence
(only determiners or punctuation before it). A name inside a noun phrase that opens it ("Talks with Chile
collapsed") did nothing, so the condemnation has no target. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "doer"), [
    ("Chile struck a border post on Monday. Peru condemned the attack.", "en", "Chile"),
    ("Chile menyerang pos perbatasan pada Senin. Peru mengecam serangan itu.", "id", "Chili"),
])
def test_the_name_opening_the_sentence_before_did_the_act(text: str, lang: str, doer: str) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {(("Peru",), (doer,))}


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Talks with Chile collapsed on Monday. Peru condemned the attack.", "en", "Chile"),
    ("Perundingan dengan Chile gagal pada Senin. Peru mengecam serangan itu.", "id", "Chili"),
])
def test_a_name_inside_the_opening_noun_phrase_did_nothing(text: str, lang: str, name: str) -> None:
    found = read(text, lang)
    assert {name, "Peru"} <= found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()
