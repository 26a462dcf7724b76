"""A gazetteer person's surname opening a sentence is that person's name when a trigger verb follows it, an adverb
("also", "juga") between them; followed by a verb of no event it is an ordinary capitalised word ("Rice also rose
…": the grain). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "name", "country"), [
    ("Rice also criticised Japan.", "en", "Rice", "Japan"),
    ("Albanese also criticised Japan.", "en", "Albanese", "Japan"),
    ("Kerry juga mengkritik Jepang.", "id", "Kerry", "Jepang"),
])
def test_a_surname_opening_a_sentence_before_an_adverb_and_a_trigger_verb_is_a_person(
        text: str, lang: str, name: str, country: str) -> None:
    found = read(text, lang)
    assert found.types() == {name: "Person", country: "Country"}
    assert found.events(EventKind.ACCUSATION) == {((name,), (country,))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Rice also rose sharply in Lima last year.", "en"),
    ("Kerry juga dijual murah di Jakarta.", "id"),
])
def test_a_surname_opening_a_sentence_before_an_adverb_and_no_trigger_is_no_name(text: str, lang: str) -> None:
    assert set(read(text, lang).types().values()) == {"Place"}
