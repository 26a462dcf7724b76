""""Kalvaro, Chile's president, visited Peru": an unknown name followed by a title set off by commas — owned by a
name ("Chile's president"), opened by an article ("the president of Chile") or followed by its country ("presiden
Chile") — is the title's holder, a person (``names.cues._titled_in_apposition_after``), and the subject of the
verb after the apposition; a noun that is no title there ("Chile's capital", "ibu kota Chile") makes no person.
Issue 9 (branch fix13; found by mut16). Sentences written for these tests; the names are made up."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Kalvaro, Chile's president, visited Peru.", "en", "Chile"),
    ("Kalvaro, the president of Chile, visited Peru.", "en", "Chile"),
    ("Kalvaro, presiden Chile, mengunjungi Peru.", "id", "Chili"),
    # an article inside the country's name, between "of" and the closing comma (mut20, seed 199:
    # names.cues._titled_in_apposition_after 66 stopped at it)
    ("Kalvaro, the president of the Philippines, visited Peru.", "en", "Philippines"),
])
def test_an_unknown_name_before_an_apposed_title_is_a_person(text: str, lang: str, country: str) -> None:
    found = read(text, lang)
    assert found.types()["Kalvaro"] == "Person"
    assert found.events(EventKind.VISIT) == {(("Kalvaro",), ("Peru",))}
    assert found.relations(RelationKind.LEADER_OF) == {("Kalvaro", country)}


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Kalvaro, Chile's capital, hosted the talks.", "en", "Chile"),
    ("Kalvaro, the capital of Chile, hosted the talks.", "en", "Chile"),
    ("Kalvaro, ibu kota Chile, menjadi tuan rumah perundingan.", "id", "Chili"),
])
def test_an_apposed_noun_that_is_no_title_makes_no_person(text: str, lang: str, country: str) -> None:
    found = read(text, lang)
    assert country in found.entity_names()
    assert "Person" not in found.types().values()
