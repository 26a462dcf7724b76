"""The signers of a treaty are its parties; another treaty standing among the signers' names ("Under the Osaka
Accord, Japan and Brazil signed …", "… oleh Jepang, Brasil dan Perjanjian Osaka") is never a party of it.
Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "treaty", "other", "parties"), [
    ("Under the Osaka Accord, Japan and Brazil signed the Kalmar Treaty in Tokyo.", "en", "Kalmar Treaty",
     "Osaka Accord", ("Japan", "Brazil")),
    ("The Kalmar Treaty was signed by Japan, Brazil and the Osaka Accord.", "en", "Kalmar Treaty", "Osaka Accord",
     ("Japan", "Brazil")),
    ("Perjanjian Kalmar ditandatangani oleh Jepang, Brasil dan Perjanjian Osaka.", "id", "Perjanjian Kalmar",
     "Perjanjian Osaka", ("Jepang", "Brasil")),
])
def test_a_treaty_among_the_signers_is_no_party(text: str, lang: str, treaty: str, other: str,
                                                parties: tuple[str, str]) -> None:
    found = read(text, lang)
    assert found.types()[other] == "Treaty"
    assert found.relations(RelationKind.TREATY_PARTY) == {(parties[0], treaty), (parties[1], treaty)}
    assert found.events(EventKind.AGREEMENT) == {(tuple(sorted(parties)), ())}


# the treaty closed by a quotation mark or a demonstrative, then "by" / "oleh" and the signers (mut22, seed 211:
# treaties._treaty_object 29 — the closing word skipped one token too far, past "by")
@pytest.mark.parametrize(("text", "lang", "treaty", "parties"), [
    ('Chile witnessed the signing of the "Treaty of Lima" by Peru and Bolivia.', "en", "Treaty of Lima",
     ("Peru", "Bolivia")),
    ("Chile menyaksikan penandatanganan Perjanjian Lima itu oleh Peru dan Bolivia.", "id", "Perjanjian Lima",
     ("Peru", "Bolivia")),
], ids=["en", "id"])
def test_the_signers_after_a_closed_treaty_name_are_its_parties(text: str, lang: str, treaty: str,
                                                                  parties: tuple[str, str]) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(parties[0], treaty), (parties[1], treaty)}
    assert found.events(EventKind.AGREEMENT) == {(tuple(sorted(parties)), ())}


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    ('Chile witnessed the signing of the "Treaty of Lima" in Peru and Bolivia.', "en", "Treaty of Lima"),
    ("Chile menyaksikan penandatanganan Perjanjian Lima itu di Peru dan Bolivia.", "id", "Perjanjian Lima"),
], ids=["en", "id"])
def test_places_after_a_closed_treaty_name_sign_nothing(text: str, lang: str, treaty: str) -> None:
    found = read(text, lang)
    assert {"Peru", "Bolivia", treaty} <= found.entity_names()
    assert not {party for party, _ in found.relations(RelationKind.TREATY_PARTY)} & {"Peru", "Bolivia"}
    assert found.events(EventKind.AGREEMENT) == set()
