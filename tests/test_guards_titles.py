"""A title before a name, in the word orders that put something between the two: "President of Brazil Maria
Costa" (the title, "of", the country it is of) and "Brazilian Ambassador to Japan Maria Costa" (a nationality,
the post, "to" and the country the post is in). Each positive sentence gives the person, the office and the
visit; its negative twin keeps the names and loses the title. Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


def entities(text: str, lang: str) -> set[tuple[str, str]]:
    return {(e.name, e.type.value) for e in read(text, lang).extraction.entities}


@pytest.mark.parametrize(("text", "country"), [
    ("President of Brazil Maria Costa arrived in Tokyo.", "Brazil"),
    ("Yesterday the President of the Philippines Maria Costa arrived in Tokyo.", "Philippines"),
])
def test_a_title_of_a_country_before_a_name_is_the_name_s_office(text: str, country: str) -> None:
    found = read(text, "en")
    assert entities(text, "en") == {(country, "Country"), ("Maria Costa", "Person"), ("Tokyo", "Place")}
    assert found.relations(RelationKind.LEADER_OF) == {("Maria Costa", country)}
    assert found.events(EventKind.VISIT) == {(("Maria Costa",), ("Tokyo",))}


def test_a_title_of_a_body_before_a_name_is_the_name_s_office() -> None:
    found = read("Governor of the Bank of Japan Kenji Tanaka arrived in Seoul.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Kenji Tanaka", "Bank of Japan")}
    assert found.events(EventKind.VISIT) == {(("Kenji Tanaka",), ("Seoul",))}


def test_the_indonesian_title_takes_its_country_without_a_preposition() -> None:
    found = read("Presiden Brasil Maria Costa tiba di Tokyo.", "id")
    assert found.relations(RelationKind.LEADER_OF) == {("Maria Costa", "Brasil")}
    assert found.events(EventKind.VISIT) == {(("Maria Costa",), ("Tokyo",))}


@pytest.mark.parametrize("text", [
    "Supporters of Brazil cheered as Maria Costa arrived in Tokyo.",
    "The President of Brazil said Maria Costa arrived in Tokyo.",
])
def test_of_a_country_without_a_title_right_before_the_name_gives_no_office(text: str) -> None:
    found = read(text, "en")
    assert entities(text, "en") == {("Brazil", "Country"), ("Maria Costa", "Person"), ("Tokyo", "Place")}
    assert found.relations(RelationKind.LEADER_OF) == set()
    assert found.events(EventKind.VISIT) == {(("Maria Costa",), ("Tokyo",))}


def test_the_country_of_a_title_alone_is_not_the_traveller() -> None:
    """ "The President of Brazil arrived": no name after the title, so the country does not become its subject."""
    found = read("The President of Brazil arrived in Tokyo.", "en")
    assert found.events(EventKind.VISIT) == set()


@pytest.mark.parametrize(("text", "lang", "sender", "host", "city"), [
    ("Brazilian Ambassador to Japan Maria Costa arrived in Tokyo.", "en", "Brazil", "Japan", "Tokyo"),
    ("Japanese Ambassador to South Korea Kenji Tanaka arrived in Seoul.", "en", "Japan", "South Korea", "Seoul"),
    ("Duta Besar Brasil untuk Jepang Maria Costa tiba di Tokyo.", "id", "Brasil", "Jepang", "Tokyo"),
])
def test_an_ambassador_to_a_country_serves_the_sending_country(text: str, lang: str, sender: str, host: str,
                                                               city: str) -> None:
    """The nationality before the post names the country the ambassador serves (a mention of it, linked); the
    country after "to" is where the post is."""
    found = read(text, lang)
    person = next(name for name, etype in entities(text, lang) if etype == "Person")
    assert entities(text, lang) == {(sender, "Country"), (host, "Country"), (person, "Person"), (city, "Place")}
    assert found.relations(RelationKind.OFFICIAL_OF) == {(person, sender)}
    assert found.events(EventKind.VISIT) == {((person,), (city,))}


def test_an_ambassador_to_a_country_with_no_sender_serves_no_country_named() -> None:
    """ "Ambassador to Japan": the country after "to" is not the one the ambassador serves."""
    found = read("Ambassador to Japan Maria Costa arrived in Tokyo.", "en")
    assert entities("Ambassador to Japan Maria Costa arrived in Tokyo.", "en") == {
        ("Japan", "Country"), ("Maria Costa", "Person"), ("Tokyo", "Place")}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
