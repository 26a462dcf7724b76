"""A place, a comma, then a name: a person there is the subject of the clause ("Di Tokyo, Maria Costa menuduh …"),
while a country there only places the city before it ("tiba di Beijing, China, …": China is where Beijing is, not
who acts). Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "accusation"), [
    ("Di Tokyo, Maria Costa menuduh Brasil melanggar perjanjian.", "id", (("Maria Costa",), ("Brasil",))),
    ("In Tokyo, Maria Costa accused Brazil of breaking the deal.", "en", (("Maria Costa",), ("Brazil",))),
    ("Setibanya di Beijing, China, Maria Costa menuduh Brasil melanggar perjanjian.", "id",
     (("Maria Costa",), ("Brasil",))),
])
def test_a_person_after_a_place_and_a_comma_is_the_subject(text: str, lang: str, accusation: tuple) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {accusation}


def test_a_country_after_a_city_and_a_comma_places_the_city_and_is_no_subject() -> None:
    found = read("After arriving in Tokyo, Japan accused Brazil of breaking the deal.", "en")
    assert {"Tokyo", "Japan", "Brazil"} <= found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()
