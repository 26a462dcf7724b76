"""A ceasefire agreed is an instrument its agreers are parties of: "X and Y agreed to a ceasefire", "agreed to a
permanent cessation of hostilities", "X dan Y menyepakati gencatan senjata" (``standalone_instruments``, agreeing
verbs in ``treaty_signing``); the accord named later by its head refers back to it. Not a truce told before ("the
truce", "gencatan senjata itu"), one violated, or an agreement to do something else. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "truce"), [
    ("Chile and Peru agreed to a ceasefire on Monday.", "en", "ceasefire"),
    ("Chile and Peru agreed to an immediate truce on Monday.", "en", "immediate truce"),
    ("Chile and Peru agreed to a permanent cessation of hostilities in Lima.", "en",
     "permanent cessation of hostilities"),
    ("Indonesia dan Vietnam menyepakati gencatan senjata pada Senin.", "id", "gencatan senjata"),
])
def test_a_ceasefire_agreed_has_its_agreers_as_parties(text: str, lang: str, truce: str) -> None:
    found = read(text, lang)
    sides = {"Chile", "Peru"} if lang == "en" else {"Indonesia", "Vietnam"}
    assert found.types().get(truce) == "Treaty"
    assert found.relations(RelationKind.TREATY_PARTY) == {(side, truce) for side in sides}
    assert found.events(EventKind.AGREEMENT) == {(tuple(sorted(sides)), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile and Peru violated the ceasefire on Monday.", "en"),
    ("Chile and Peru agreed to hold talks on Monday.", "en"),
    ("Chile and Peru did not agree to a ceasefire on Monday.", "en"),
    ("Indonesia dan Vietnam menyepakati gencatan senjata itu pada Senin.", "id"),
    ("Indonesia dan Vietnam tidak menyepakati gencatan senjata pada Senin.", "id"),
])
def test_a_truce_told_before_broken_or_refused_names_no_party(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.entity_names() & {"Chile", "Indonesia"}
    assert found.relations(RelationKind.TREATY_PARTY) == set()
