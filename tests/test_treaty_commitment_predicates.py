"""A predicate of commitment binds its subject to the treaty after it: "Chile remains committed to the Treaty of
Lima", "Indonesia tetap berkomitmen pada Perjanjian Paris" (``treaty_commitment_predicates``) — a party, as the
owner of "its commitment to T" is. Not when negated, nor a commitment to something that is no treaty. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "party", "treaty"), [
    ("Peru said Chile remains committed to the Treaty of Lima.", "en", "Chile", "Treaty of Lima"),
    ("Menteri itu menegaskan Indonesia tetap berkomitmen pada Perjanjian Paris.", "id", "Indonesia",
     "Perjanjian Paris"),
])
def test_the_subject_of_a_commitment_predicate_is_a_party(text: str, lang: str, party: str, treaty: str) -> None:
    assert read(text, lang).relations(RelationKind.TREATY_PARTY) == {(party, treaty)}


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Peru said Chile was not committed to the Treaty of Lima.", "en", "Chile"),
    ("Peru said Chile remains committed to peace.", "en", "Chile"),
    ("Menteri itu menegaskan Indonesia tidak lagi berkomitmen pada Perjanjian Paris.", "id", "Indonesia"),
])
def test_a_negated_commitment_or_one_to_no_treaty_names_no_party(text: str, lang: str, name: str) -> None:
    found = read(text, lang)
    assert name in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
