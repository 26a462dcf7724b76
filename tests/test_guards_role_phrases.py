"""Offices named around a person in Indonesian word order: a title with a modifier after it before its country,
in apposition ("Menteri Energi Brasil, Maria Costa, …"), and "pemimpin Rusia itu" taking up the person named
before who leads that country — not merely the person named last. Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize("title", ["Menteri", "Menteri Energi"])
def test_a_title_and_its_country_in_apposition_before_a_name_is_its_office(title: str) -> None:
    found = read(f"{title} Brasil, Maria Costa, tiba di Tokyo.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Maria Costa", "Brasil")}
    assert found.events(EventKind.VISIT) == {(("Maria Costa",), ("Tokyo",))}


def test_a_country_in_apposition_without_a_title_gives_no_office() -> None:
    found = read("Pendukung Brasil, Maria Costa, tiba di Tokyo.", "id")
    assert {"Brasil", "Maria Costa", "Tokyo"} <= found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert found.relations(RelationKind.LEADER_OF) == set()


def test_the_leader_of_a_country_taken_up_is_its_known_leader_not_the_last_person_named() -> None:
    """Maria Costa is named last before "Pemimpin Rusia itu", but Putin is the one the gazetteer knows as Russia's
    leader: he leads Russia and makes the statement."""
    found = read("Vladimir Putin bertemu Maria Costa di Moskwa. "
                 "Pemimpin Rusia itu mengatakan pembicaraan berjalan baik.", "id")
    assert found.relations(RelationKind.LEADER_OF) == {("Vladimir Putin", "Rusia")}
    assert found.events(EventKind.STATEMENT) == {(("Vladimir Putin",), ())}


def test_the_leader_of_a_country_with_no_leader_of_it_named_before_is_nobody_named() -> None:
    found = read("Maria Costa tiba di Moskwa. Pemimpin Rusia itu mengatakan pembicaraan berjalan baik.", "id")
    assert found.relations(RelationKind.LEADER_OF) == set()
    assert (("Maria Costa",), ()) not in found.events(EventKind.STATEMENT)
