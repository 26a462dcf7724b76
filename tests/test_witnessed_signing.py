"""Who witnesses, attends or hosts a signing is no party to what is signed (issue 9, session 17, branch fix17): a
signing noun as the object of a verb of witnessing ("Chile witnessed the signing of T", "Chile menyaksikan
penandatanganan T": ``treaty_witness_verbs``) gives its subject no party; the signers after "by" / "oleh" still
are; a light verb ("held the signing", "melakukan penandatanganan") or the signing verb itself keeps the subject a
party. English and Indonesian, by the exact fact.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    ("Chile witnessed the signing of the Treaty of Lima in Peru and Bolivia.", "en", "Treaty of Lima"),
    ("Chile and Ecuador attended the signing of the Treaty of Lima.", "en", "Treaty of Lima"),
    ("Chile hosted the signing of the Treaty of Lima on Monday.", "en", "Treaty of Lima"),
    ("Chile menyaksikan penandatanganan Perjanjian Lima di Peru dan Bolivia.", "id", "Perjanjian Lima"),
    ("Chile dan Ekuador menghadiri penandatanganan Perjanjian Lima.", "id", "Perjanjian Lima"),
], ids=["en-witnessed", "en-attended", "en-hosted", "id-menyaksikan", "id-menghadiri"])
def test_a_witness_of_the_signing_is_no_party(text: str, lang: str, treaty: str) -> None:
    found = read(text, lang)
    assert treaty in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
    assert found.events(EventKind.AGREEMENT) == set()


@pytest.mark.parametrize(("text", "lang", "treaty", "parties"), [
    ("Chile witnessed the signing of the Treaty of Lima by Peru and Bolivia.", "en", "Treaty of Lima",
     ("Bolivia", "Peru")),
    ("Chile menyaksikan penandatanganan Perjanjian Lima oleh Peru dan Bolivia.", "id", "Perjanjian Lima",
     ("Bolivia", "Peru")),
    ("Peru and Bolivia held the signing of the Treaty of Lima on Monday.", "en", "Treaty of Lima",
     ("Bolivia", "Peru")),
    ("Peru dan Bolivia melakukan penandatanganan Perjanjian Lima di Quito.", "id", "Perjanjian Lima",
     ("Bolivia", "Peru")),
    ("Peru and Bolivia signed the Treaty of Lima in Quito.", "en", "Treaty of Lima", ("Bolivia", "Peru")),
], ids=["en-by", "id-oleh", "en-held", "id-melakukan", "en-signed"])
def test_the_signers_are_the_parties(text: str, lang: str, treaty: str, parties: tuple[str, str]) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(p, treaty) for p in parties}
    assert found.events(EventKind.AGREEMENT) == {(parties, ())}
