""""Penasihat Ana Ruiz, Carlos Soto": an office held for a leader is an office of the country that leader leads, as
the text says it — of that leader, not of another leader the text names, and of no country when the person it is
held for leads none. Sentences written for these tests (Indonesian; English "An adviser to X, Y" does not reach
the rule today: X is read as a place)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

LEADERS = "Presiden Chile Marta Vidal bertemu Presiden Peru Ana Ruiz di Lima. "


@pytest.mark.parametrize(("leader", "country"), [("Ana Ruiz", "Peru"), ("Marta Vidal", "Chili")])
def test_an_adviser_to_a_leader_is_an_official_of_that_leaders_country(leader: str, country: str) -> None:
    x = read(LEADERS + f"Penasihat {leader}, Carlos Soto, ikut hadir.", "id")
    assert x.relations(RelationKind.OFFICIAL_OF) == {("Carlos Soto", country)}


def test_an_adviser_to_someone_who_leads_no_country_is_no_official() -> None:
    x = read(LEADERS + "Penasihat Lucia Gomez, Carlos Soto, ikut hadir.", "id")
    assert {"Lucia Gomez", "Carlos Soto"} <= x.entity_names()
    assert x.relations(RelationKind.OFFICIAL_OF) == set()
