"""A name in brackets right after a body's name qualifies the body (branch fix15, mut19 bug 3): what it concerns, its
parent, its seat — "The Security Council Committee established pursuant to resolution 2140 (Yemen) sanctioned X" is
the committee's act, not Yemen's, and "(UNSC)" does not make the Security Council act. After a country the bracketed
body stays the subject ("Kenya (IGAD) accused …": the bloc). English and Indonesian. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

COMMITTEE = "Security Council Committee established pursuant to resolution 2140"


@pytest.mark.parametrize(("text", "lang", "body", "bracketed"), [
    (f"The {COMMITTEE} (Yemen) sanctioned Ana Ruiz.", "en", COMMITTEE, "Yemen"),
    (f"The {COMMITTEE} (UNSC) sanctioned Ana Ruiz.", "en", COMMITTEE, "United Nations Security Council"),
    ("The Andean Trade Council (Peru) sanctioned Ana Ruiz.", "en", "Andean Trade Council", "Peru"),
    ("Dewan Perdagangan Andes (Peru) menjatuhkan sanksi terhadap Ana Ruiz.", "id", "Dewan Perdagangan Andes", "Peru"),
    ("Dewan Perdagangan Andes (UNSC) menjatuhkan sanksi terhadap Ana Ruiz.", "id", "Dewan Perdagangan Andes",
     "United Nations Security Council"),
])
def test_the_body_before_the_bracket_acts(text: str, lang: str, body: str, bracketed: str) -> None:
    found = read(text, lang)
    assert bracketed in found.entity_names()
    assert found.events(EventKind.SANCTION) == {((body,), ("Ana Ruiz",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Kenya (IGAD) accused Peru of spying.", "en"),
    ("Kenya (IGAD) menuduh Peru melakukan spionase.", "id"),
])
def test_after_a_country_the_bracketed_body_acts(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Kenya" in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == {(("Intergovernmental Authority on Development",), ("Peru",))}
