"""A known person, a comma and a title makes an office of the person's country only when the title ends there (at
a comma, a full stop, a semicolon or the sentence's end: "Anthony Albanese, the prime minister, …"). A title that
goes on to a name that holds no office ("the chairman of the Tokyo forum", "menteri pada perundingan Tokyo") says
where the office is, not that it is one of the person's country. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Australia and Japan signed a deal. Anthony Albanese, the prime minister, arrived in Tokyo.", "en",
     "Australia"),
    ("Australia dan Jepang sepakat. Anthony Albanese, perdana menteri, tiba di Tokyo.", "id", "Australia"),
])
def test_a_title_ending_at_the_comma_is_the_persons_office(text: str, lang: str, country: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.LEADER_OF) == {("Anthony Albanese", country)}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("Australia and Japan signed a deal. Anthony Albanese, the chairman of the Tokyo forum, spoke first.", "en"),
    ("Australia and Japan signed a deal. Anthony Albanese, the minister at the Tokyo talks, spoke first.", "en"),
    ("Australia dan Jepang sepakat. Anthony Albanese, menteri pada perundingan Tokyo, berbicara pertama.", "id"),
])
def test_a_title_going_on_to_a_place_is_no_office_of_the_persons_country(text: str, lang: str) -> None:
    found = read(text, lang)
    assert {"Anthony Albanese", "Australia", "Tokyo"} <= found.entity_names()
    assert found.relations(RelationKind.LEADER_OF) == set()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
