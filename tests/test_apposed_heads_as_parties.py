"""A titled country with the person in apposition is the person as a party in every meeting frame (branch en13a,
issue 9): "spoke by phone on Tuesday with the President of Peru, Marta Vidal" (the reciprocal frame, read when a
time phrase stands between the verb and "with") and "was received by the President of Peru, Marta Vidal" (the
passive) meet Marta Vidal, as "met the President of Peru, Marta Vidal" already did. Without the name, Peru is the
party. English. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize("text", [
    "Ana Ruiz spoke by phone on Tuesday with the President of Peru, Marta Vidal.",
    "Ana Ruiz was received by the President of Peru, Marta Vidal.",
    "Ana Ruiz met the President of Peru, Marta Vidal.",
])
def test_the_person_in_apposition_is_the_party(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}
    assert found.relations(RelationKind.LEADER_OF) == {("Marta Vidal", "Peru")}


@pytest.mark.parametrize("text", [
    "Ana Ruiz spoke by phone on Tuesday with the President of Peru.",
    "Ana Ruiz was received by the President of Peru.",
])
def test_without_a_name_the_country_is_the_party(text: str) -> None:
    assert read(text, "en").events(EventKind.MEETING) == {(("Ana Ruiz", "Peru"), ())}
