"""A country's title with the holder's name after its comma is that person as an object or conjunct (branch en13a,
issue 9): "met Peru's defence minister, Jorge Soto" meets Jorge Soto (``DocView._titled_after``), and so does the
second conjunct of "met Marta Vidal and Peru's defence minister, Jorge Soto" (``DocView.chain_head``), not Peru.
Without a name after the comma the owned title is no party. English. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


def test_the_person_after_an_owned_title_is_met() -> None:
    found = read("Ana Ruiz met Peru's defence minister, Jorge Soto.", "en")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Jorge Soto"), ())}
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Jorge Soto", "Peru")}


def test_the_second_conjunct_is_the_person_not_the_country() -> None:
    found = read("Ana Ruiz met Marta Vidal and Peru's defence minister, Jorge Soto.", "en")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ()), (("Ana Ruiz", "Jorge Soto"), ())}


@pytest.mark.parametrize("text", [
    "Ana Ruiz met Peru's defence minister.",
    "Ana Ruiz met Peru's defence minister, and Jorge Soto flew home.",
])
def test_an_owned_title_without_a_name_after_it_is_no_party(text: str) -> None:
    found = read(text, "en")
    assert "Peru" in found.entity_names()
    assert found.events(EventKind.MEETING) == set()
