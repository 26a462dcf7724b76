"""Commitments owed under several treaties, and who owes a bare commitment: "reaffirmed its commitment to the ASEAN
Charter and the Vienna Convention" makes the owner a party of both; a coordinated name that is no treaty is no
party ("… to the Treaty of Lima and Peru"); the partner is the one after a comitative preposition ("with Peru").
In Indonesian the bare noun as a verb's object is the subject's: "Thailand menegaskan komitmen terhadap Piagam
ASEAN". Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("Chile reaffirmed its commitment to the Treaty of Lima and the Vienna Convention.", "en",
     {("Chile", "Treaty of Lima"), ("Chile", "Vienna Convention")}),
    ("Thailand dan Kamboja bertemu. Kedua negara menegaskan komitmen terhadap Piagam ASEAN dan Konvensi Wina.", "id",
     {("Thailand", "Piagam ASEAN"), ("Kamboja", "Piagam ASEAN"), ("Thailand", "Konvensi Wina"),
      ("Kamboja", "Konvensi Wina")}),
    ("Thailand menegaskan komitmen terhadap Piagam ASEAN.", "id", {("Thailand", "Piagam ASEAN")}),
    ("Chile reaffirmed its commitment to the Treaty of Lima with Peru.", "en",
     {("Chile", "Treaty of Lima"), ("Peru", "Treaty of Lima")}),
])
def test_the_owner_of_a_commitment_is_a_party_of_every_treaty_owed(
        text: str, lang: str, parties: set[tuple[str, str]]) -> None:
    assert read(text, lang).relations(RelationKind.TREATY_PARTY) == parties


@pytest.mark.parametrize(("text", "lang", "parties", "named"), [
    ("Chile reaffirmed its commitment to the Treaty of Lima and Peru.", "en", {("Chile", "Treaty of Lima")}, "Peru"),
    ("Chile menegaskan komitmennya terhadap Traktat Lima dan Peru.", "id", {("Chili", "Traktat Lima")}, "Peru"),
    ("Komitmen terhadap Piagam ASEAN penting bagi Thailand.", "id", set(), "Thailand"),
    ("Thailand berbicara dalam komitmen terhadap Piagam ASEAN.", "id", set(), "Thailand"),
])
def test_a_name_coordinated_with_the_treaty_or_a_commitment_of_no_subject_is_no_party(
        text: str, lang: str, parties: set[tuple[str, str]], named: str) -> None:
    found = read(text, lang)
    assert named in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == parties
