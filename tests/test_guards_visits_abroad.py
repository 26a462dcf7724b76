""""Chile's President Ana Ruiz met Marta Vidal in Lima, Peru, during her state visit": a visit noun with no
destination of its own happens where the sentence places it, when that place lies outside every visitor's home
country (``journeys._abroad``); a visitor whose country the text does not give, or one at home, makes no visit.
Both languages. Issue 9 (branch mut16, seed 191). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Chile's President Ana Ruiz met Marta Vidal in Lima, Peru, during her state visit.", "en", "Lima"),
    ("Presiden Chile Ana Ruiz bertemu Marta Vidal di Jakarta, Indonesia, dalam kunjungan kenegaraannya.", "id",
     "Jakarta"),
    # no place in the sentence: its dateline's
    ("LIMA, Peru — Chile's President Ana Ruiz met Marta Vidal during her state visit.", "en", "Lima"),
    ("JAKARTA, Indonesia — Presiden Chile Ana Ruiz bertemu Marta Vidal dalam kunjungan kenegaraannya.", "id",
     "Jakarta"),
])
def test_a_visit_placed_outside_the_visitor_s_country_goes_there(text: str, lang: str, place: str) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {(("Ana Ruiz",), (place,))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Ana Ruiz met Marta Vidal in Lima, Peru, during her state visit.", "en"),
    ("Ana Ruiz bertemu Marta Vidal di Jakarta, Indonesia, dalam kunjungan kenegaraannya.", "id"),
    ("Peru's President Ana Ruiz met Marta Vidal in Lima, Peru, during her state visit.", "en"),
])
def test_a_visitor_of_no_known_country_or_at_home_makes_no_visit(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}
    assert found.events(EventKind.VISIT) == set()
