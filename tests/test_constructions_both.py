"""Constructions of news that Indonesian and English share, read by the shared argument search (kg.extract.view,
kg.extract.events): each a class of sentences written for the purpose, positive and negative, by the exact fact."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

# --------------------------------------------------------------------------- where a trip starts, then where it goes


@pytest.mark.parametrize(("text", "lang"), [
    ("Presiden Prabowo Subianto bertolak dari Bandara Soekarno-Hatta menuju Santiago, Minggu.", "id"),
    ("Presiden Prabowo Subianto terbang dari Jakarta ke Santiago, Minggu.", "id"),
    ("President Prabowo Subianto flew from Jakarta to Santiago on Sunday.", "en"),
])
def test_a_trip_from_one_place_to_another_visits_the_second(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {(("Prabowo Subianto",), ("Santiago",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Presiden Prabowo Subianto bertolak dari Jakarta, Minggu.", "id"),
    ("President Prabowo Subianto flew from Jakarta on Sunday.", "en"),
])
def test_where_a_trip_starts_is_no_visit(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.VISIT) == set()
    assert "Jakarta" in found.entity_names()
