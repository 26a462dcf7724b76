"""A sentence of wire copy opening with another place ("In Tehran, …", "In Canberra, …") moves the scene to that
place's country: a bare title there ("foreign ministry spokesman X", "Foreign Minister X") is that country's
office, not the dateline's — wire copy titles the officials of the capital it reports from bare. Issue 9 (branch
en15a). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

LEDE = "PARIS, Jan 9 (AFP) - France on Friday protested the detention of two citizens by Iran."
WIRE = "LONDON, Feb 11 - Britain's Prime Minister Keir Starmer spoke to Anthony Albanese of Australia on Tuesday."


@pytest.mark.parametrize(("text", "person", "country"), [
    (f"{LEDE} In Tehran, foreign ministry spokesman Esmaeil Baqaei called the protest baseless.",
     "Esmaeil Baqaei", "Iran"),
    (f"{WIRE} In Canberra, Foreign Minister Penny Wong said the call went well.", "Penny Wong", "Australia"),
])
def test_an_opening_place_gives_its_country_s_office(text: str, person: str, country: str) -> None:
    found = read(text, "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {(person, country)}


@pytest.mark.parametrize(("text", "person", "country"), [
    (f"{LEDE} Foreign ministry spokesman Esmaeil Baqaei called the protest baseless.", "Esmaeil Baqaei", "France"),
    (f"{WIRE} In a statement, Foreign Minister Penny Wong said the call went well.", "Penny Wong", "United Kingdom"),
])
def test_without_an_opening_place_the_dateline_s_country_holds(text: str, person: str, country: str) -> None:
    found = read(text, "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {(person, country)}


def test_the_official_of_the_scene_travels_abroad_from_home() -> None:
    found = read(f"{WIRE} In Canberra, Foreign Minister Penny Wong said she would travel to London next week.", "en")
    assert (("Penny Wong",), ("London",)) in found.events(EventKind.VISIT)
