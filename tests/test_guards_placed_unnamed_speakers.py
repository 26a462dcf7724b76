""""An official in Lima said …": a place after a locative preposition says where an unnamed speaker is; it does not
speak, so the verb after it has no subject. The rule reads only a place that ends right before the verb: in "An
official in Lima said Chile accused Peru" the clause of "accused" also opens with the unnamed official, but Chile
stands between the place and the verb and is its subject. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "accuser"), [
    ("An official in Lima said Chile accused Peru of spying.", "en", "Chile"),
    ("Seorang pejabat di Jakarta mengatakan Chile menuduh Peru melakukan spionase.", "id", "Chili"),
])
def test_a_name_between_the_placed_speaker_and_the_verb_is_its_subject(text: str, lang: str, accuser: str) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {((accuser,), ("Peru",))}


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("An official in Lima accused Peru of spying.", "en", "Lima"),
    ("Seorang diplomat di Jakarta menuduh Peru melakukan spionase.", "id", "Jakarta"),
])
def test_the_place_of_an_unnamed_speaker_accuses_no_one(text: str, lang: str, place: str) -> None:
    x = read(text, lang)
    assert {place, "Peru"} <= x.entity_names()
    assert x.events(EventKind.ACCUSATION) == set()
