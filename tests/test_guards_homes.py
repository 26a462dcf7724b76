"""A visit is travel away from home, also where the document does not name the home country: the gazetteer's
country of a person and of a place settle it ("Joko Widodo arrived in Jakarta" is no visit; "Fumio Kishida
arrived in Jakarta" is). The guest of a reception visits the place named. Minimal pairs in both languages;
sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Fumio Kishida arrived in Jakarta on Monday.", "en"),
    ("Fumio Kishida tiba di Jakarta pada hari Senin.", "id"),
])
def test_arriving_in_another_countrys_city_is_a_visit(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {(("Fumio Kishida",), ("Jakarta",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Joko Widodo arrived in Jakarta on Monday.", "en"),
    ("Joko Widodo tiba di Jakarta pada hari Senin.", "id"),
    ("Fumio Kishida flew to Osaka on Monday.", "en"),
])
def test_arriving_in_a_city_of_ones_own_country_is_no_visit_even_unnamed(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.VISIT) == set()
    assert len(found.entity_names()) == 2  # the traveller and the city are still found


@pytest.mark.parametrize(("text", "lang", "guest"), [
    ("Luiz Inácio Lula da Silva was welcomed by Fumio Kishida in Tokyo.", "en", "Luiz Inácio Lula da Silva"),
    ("Fumio Kishida hosted Joe Biden in Tokyo on Monday.", "en", "Joe Biden"),
    ("Joko Widodo menerima Fumio Kishida di Jakarta.", "id", "Fumio Kishida"),
])
def test_the_guest_from_abroad_visits_the_place_of_the_reception(text: str, lang: str, guest: str) -> None:
    found = read(text, lang)
    assert {targets for agents, targets in found.events(EventKind.VISIT) if agents == (guest,)} == {
        (next(n for n in ("Tokyo", "Jakarta") if n in text),)}
    assert len(found.events(EventKind.MEETING)) == 1


@pytest.mark.parametrize(("text", "lang"), [
    ("Fumio Kishida hosted Shigeru Ishiba in Tokyo on Monday.", "en"),
    ("Joko Widodo menerima Prabowo Subianto di Jakarta.", "id"),
])
def test_a_guest_at_home_makes_a_meeting_and_no_visit(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.VISIT) == set()
    assert len(found.events(EventKind.MEETING)) == 1


def test_a_guest_welcomed_to_a_city_abroad_visits_it() -> None:
    found = read("Fumio Kishida welcomed Joe Biden to Tokyo on Friday.", "en")
    assert found.events(EventKind.VISIT) == {(("Joe Biden",), ("Tokyo",))}
    assert found.events(EventKind.MEETING) == {(("Fumio Kishida", "Joe Biden"), ())}


@pytest.mark.parametrize("text", [
    "Fumio Kishida welcomed Shigeru Ishiba to Tokyo on Friday.",  # welcomed at home
    "Fumio Kishida welcomed Joe Biden to the talks on Friday.",  # welcomed to an event, not a place
])
def test_welcomed_to_an_event_or_at_home_is_no_visit(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.VISIT) == set()
    assert len(found.events(EventKind.MEETING)) == 1
