"""A leader's title with a country and no name after it refers to that country's leader named before
(``kg.extract.events`` ``_resolve``): "Perdana menteri Australia, pada hari Senin, mengatakan …" is said by the prime
minister named earlier, also when a comma and an adverbial follow the title; with no leader named before, the
country speaks. Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

ALBANESE = "Anthony Albanese"
NAMED = {"en": "Prime Minister Anthony Albanese arrived in Tokyo. ",
         "id": "Perdana Menteri Anthony Albanese tiba di Tokyo. "}
TITLED = {"en": "The Australian prime minister, speaking on Monday, said the talks were useful.",
          "id": "Perdana menteri Australia, pada hari Senin, mengatakan pembicaraan itu berguna."}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_titled_country_before_a_comma_speaks_as_its_leader_named_before(lang: str) -> None:
    found = read(NAMED[lang] + TITLED[lang], lang)
    assert found.events(EventKind.STATEMENT) == {((ALBANESE,), ())}
    assert (ALBANESE, "Australia") in found.relations(RelationKind.LEADER_OF)


def test_without_a_leader_named_before_the_country_speaks() -> None:
    assert read(TITLED["id"], "id").events(EventKind.STATEMENT) == {(("Australia",), ())}


@pytest.mark.parametrize("titled", [
    "The Australian prime minister said the talks were useful.",
    "Australia's prime minister said the talks were useful.",
])
def test_a_leader_s_title_with_a_nationality_or_a_genitive_speaks_as_the_leader_named_before(titled: str) -> None:
    assert read(NAMED["en"] + titled, "en").events(EventKind.STATEMENT) == {((ALBANESE,), ())}


def test_a_leader_s_title_of_a_country_speaks_as_the_leader_named_before() -> None:
    text = NAMED["en"] + "The prime minister of Australia said the talks were useful."
    assert read(text, "en").events(EventKind.STATEMENT) == {((ALBANESE,), ())}


@pytest.mark.parametrize("text", [
    "The ambassador of Australia said the talks were useful.",  # an unnamed official, not the head
    "Officials of Australia said the talks were useful.",  # unnamed members
])
def test_an_official_s_title_of_a_country_speaks_for_nobody(text: str) -> None:
    found = read(NAMED["en"] + text, "en")
    assert found.events(EventKind.STATEMENT) == set()
    assert "Australia" in found.entity_names()
