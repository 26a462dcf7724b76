"""Two people each qualified by their country and coordinated ("X of Chile and Y of Brazil met", "X dari Chili dan Y
dari Brasil bertemu"): the conjuncts are the people, not the country the first is qualified by. A country after "of"
with no person before it is still no conjunct of the subject ("the presidents of Chile and Peru met" is the two
countries' meeting, read elsewhere). Issue 9. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

BORIC, LULA = "Gabriel Boric", "Luiz Inácio Lula da Silva"
WRITTEN = "Luiz Inacio Lula da Silva"  # as wires write it; the entity takes the gazetteer's name


@pytest.mark.parametrize(("text", "lang"), [
    (f"{BORIC} of Chile and {WRITTEN} of Brazil met in Brasilia on Tuesday.", "en"),
    (f"{BORIC} dari Chili dan {WRITTEN} dari Brasil bertemu di Brasilia, Selasa.", "id"),
])
def test_people_qualified_by_their_countries_meet(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.MEETING) == {((BORIC, LULA), ())}


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    (f"President {BORIC} of Chile and President {WRITTEN} of Brazil signed a trade agreement.", "en",
     "trade agreement"),
    (f"Presiden {BORIC} dari Chili dan Presiden {WRITTEN} dari Brasil menandatangani perjanjian dagang.", "id",
     "perjanjian dagang"),
])
def test_people_qualified_by_their_countries_both_sign(text: str, lang: str, treaty: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(BORIC, treaty), (LULA, treaty)}


def test_a_body_qualified_by_a_country_is_no_persons_conjunct() -> None:
    found = read(f"The football team of Chile and {WRITTEN} of Brazil met in Brasilia.", "en")
    assert LULA in found.entity_names()
    assert found.events(EventKind.MEETING) == set()
