"""A one-word city the gazetteer knows that opens a titled person's name is the person's given name ("Vice President
Rosario Murillo", "Milan Radoicic, a vice president of …"): one person, no place and no link to the city. Without a
title before or in apposition after, the city stays a city. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType, RelationKind

ROSARIO_CITY = "Q52535"
MILAN_CITY = "Q490"


@pytest.mark.parametrize(("text", "lang", "person", "country"), [
    ("Nicaragua's Vice President Rosario Murillo met the Russian envoy in Managua on Monday.", "en",
     "Rosario Murillo", "Nicaragua"),
    ("Wakil Presiden Nikaragua Rosario Murillo bertemu utusan Rusia di Managua pada Senin.", "id",
     "Rosario Murillo", "Nikaragua"),
])
def test_a_city_after_a_title_is_the_holders_given_name(text: str, lang: str, person: str, country: str) -> None:
    r = read(text, lang)
    assert r.types()[person] == EntityType.PERSON.value
    assert r.relations(RelationKind.OFFICIAL_OF) == {(person, country)}
    assert all(e.qid != ROSARIO_CITY for e in r.extraction.entities)


def test_a_title_in_apposition_after_makes_the_city_a_given_name() -> None:
    r = read("Milan Radoicic, a vice president of the Serb List party, met the EU envoy in Pristina on Monday.", "en")
    assert r.types()["Milan Radoicic"] == EntityType.PERSON.value
    assert r.relations(RelationKind.OFFICIAL_OF) == {("Milan Radoicic", "Serb List")}
    assert all(e.qid != MILAN_CITY for e in r.extraction.entities)


@pytest.mark.parametrize(("text", "lang"), [
    ("The delegation toured Milan Malpensa on Monday.", "en"),
    ("Delegasi itu mengunjungi Milan Malpensa pada Senin.", "id"),
])
def test_without_a_title_the_city_stays(text: str, lang: str) -> None:
    r = read(text, lang)
    assert r.types() == {"Milan": EntityType.PLACE.value}
    assert r.qid("Milan") == MILAN_CITY
