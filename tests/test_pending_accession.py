"""A joining or signing word that is the object of a verb of pursuing names no party yet: "Chile applied to join the
Treaty of Lima", "Indonesia tengah memproses aksesi ke Perjanjian X" (``treaty_pending_verbs``); done, the same
words do. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "party", "treaty"), [
    ("Chile joined the Treaty of Lima in 2021.", "en", "Chile", "Treaty of Lima"),
    ("Indonesia menyelesaikan aksesi ke Perjanjian Kemitraan Trans-Pasifik pada 2024.", "id", "Indonesia",
     "Perjanjian Kemitraan Trans-Pasifik"),
])
def test_a_completed_joining_names_a_party(text: str, lang: str, party: str, treaty: str) -> None:
    assert read(text, lang).relations(RelationKind.TREATY_PARTY) == {(party, treaty)}


@pytest.mark.parametrize(("text", "lang", "party", "treaty"), [
    ("Chile applied to join the Treaty of Lima in 2021.", "en", "Chile", "Treaty of Lima"),
    ("Indonesia kini tengah memproses aksesi ke Perjanjian Kemitraan Trans-Pasifik.", "id", "Indonesia",
     "Perjanjian Kemitraan Trans-Pasifik"),
])
def test_a_joining_pursued_names_no_party(text: str, lang: str, party: str, treaty: str) -> None:
    found = read(text, lang)
    assert found.types().get(treaty) == "Treaty"
    assert party in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
