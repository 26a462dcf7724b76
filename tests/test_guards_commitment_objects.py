""""Chile reaffirmed its commitment to the Treaty of Lima": a commitment noun owed to a Treaty makes its owner a
party; owed to a country or any other name, it makes no treaty party (``commitments._treaty_after`` takes only a
Treaty mention that starts right there). Issue 9 (branch mut16, seed 191). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "party", "treaty"), [
    ("Chile reaffirmed its commitment to the Treaty of Lima.", "en", "Chile", "Treaty of Lima"),
    ("Chile menegaskan kembali komitmennya terhadap Perjanjian Lima.", "id", "Chili", "Perjanjian Lima"),
])
def test_a_commitment_to_a_treaty_makes_its_owner_a_party(text: str, lang: str, party: str, treaty: str) -> None:
    assert read(text, lang).relations(RelationKind.TREATY_PARTY) == {(party, treaty)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile reaffirmed its commitment to Peru.", "en"),
    ("Chile menegaskan kembali komitmennya terhadap Peru.", "id"),
])
def test_a_commitment_to_a_country_makes_no_treaty_party(text: str, lang: str) -> None:
    found = read(text, lang)
    assert len(found.entity_names()) == 2  # both countries are found
    assert found.relations(RelationKind.TREATY_PARTY) == set()


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    ("Chile reaffirmed its commitment to the Treaty of Lima with Peru.", "en", "Treaty of Lima"),
    ("Chile menegaskan kembali komitmennya terhadap Perjanjian Lima dengan Peru.", "id", "Perjanjian Lima"),
    ("Chile reaffirmed its commitment to the Treaty of Lima together with Peru.", "en", "Treaty of Lima"),
    ("Chile menegaskan kembali komitmennya terhadap Perjanjian Lima bersama dengan Peru.", "id", "Perjanjian Lima"),
])
def test_a_partner_after_the_treaty_and_its_preposition_is_a_party_too(text: str, lang: str, treaty: str) -> None:
    parties = read(text, lang).relations(RelationKind.TREATY_PARTY)
    assert parties == {("Chile" if lang == "en" else "Chili", treaty), ("Peru", treaty)}


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    ("Chile reaffirmed its commitment to the Treaty of Lima and to Peru.", "en", "Treaty of Lima"),
    ("Chile menegaskan kembali komitmennya terhadap Perjanjian Lima dan Peru.", "id", "Perjanjian Lima"),
])
def test_a_name_after_the_treaty_without_a_partner_preposition_is_no_party(text: str, lang: str, treaty: str) -> None:
    """Only a partner preposition ("with", "dengan") makes the name after the treaty a party; a second object of
    the commitment is none (mut18, seed 193: ``_committed_parties`` 49, the partner read as a direct object)."""
    parties = read(text, lang).relations(RelationKind.TREATY_PARTY)
    assert parties == {("Chile" if lang == "en" else "Chili", treaty)}
