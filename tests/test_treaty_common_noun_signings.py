"""An instrument named by a common noun after a signing verb is a Treaty with the signers as parties, in English as
in Indonesian: "signed a peace agreement", "menandatangani perjanjian damai"; initialling a text is signing it
("initialled a peace treaty", "memaraf Traktat …"). Talking about peace, or not initialling, names no treaty party.
Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "parties", "treaty"), [
    ("Serbia and Kosovo signed a peace agreement in Brussels on Friday.", "en", ("Kosovo", "Serbia"),
     "peace agreement"),
    ("Serbia dan Kosovo menandatangani perjanjian damai di Brussel.", "id", ("Kosovo", "Serbia"), "perjanjian damai"),
    ("Armenia and Azerbaijan initialled a peace treaty at the White House.", "en", ("Armenia", "Azerbaijan"),
     "peace treaty"),
    ("Armenia dan Azerbaijan memaraf Traktat Perdamaian Kaukasus di Gedung Putih.", "id", ("Armenia", "Azerbaijan"),
     "Traktat Perdamaian Kaukasus"),
])
def test_the_signers_of_an_instrument_are_its_parties(text: str, lang: str, parties: tuple[str, str],
                                                      treaty: str) -> None:
    found = read(text, lang)
    assert found.types()[treaty] == "Treaty"
    assert found.relations(RelationKind.TREATY_PARTY) == {(p, treaty) for p in parties}
    assert found.events(EventKind.AGREEMENT) == {(parties, ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Serbia and Kosovo discussed peace in Brussels on Friday.", "en"),
    ("Armenia and Azerbaijan have not initialled the Treaty of Amity.", "en"),
    ("Armenia dan Azerbaijan menolak memaraf Traktat Perdamaian Kaukasus.", "id"),
])
def test_talking_peace_or_not_initialling_makes_no_party(text: str, lang: str) -> None:
    found = read(text, lang)
    assert {"Armenia", "Azerbaijan"} <= found.entity_names() or {"Serbia", "Kosovo"} <= found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
    assert found.events(EventKind.AGREEMENT) == set()


@pytest.mark.parametrize("subject", ["kedua pemerintah", "Malaysia"])
def test_a_speaker_is_not_the_party_of_the_ratification_he_announces(subject: str) -> None:
    """ "kedua pemerintah" (both governments) refers to the two signers told before, not to who speaks."""
    found = read("Indonesia dan Malaysia menandatangani Perjanjian Sebatik, Senin. Anwar Ibrahim mengatakan "
                 f"{subject} akan segera meratifikasi perjanjian tersebut.", "id")
    assert found.relations(RelationKind.TREATY_PARTY) == {("Indonesia", "Perjanjian Sebatik"),
                                                          ("Malaysia", "Perjanjian Sebatik")}
