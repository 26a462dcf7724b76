"""An Indonesian instrument followed by the pair it belongs to (issue 9, session 18, branch en18t): in "menyaksikan
penandatanganan deklarasi perdamaian kedua negara", "perjanjian kerja sama pertahanan kedua negara yang diteken
bersamaan" the plural phrase after the instrument is its possessor (Indonesian puts the possessor after the head), so
it ends the instrument's name and the pair it refers to are its parties when the sentence tells a signing. Without a
signing in the sentence the pair is no party. Sentences written for these tests (the construction is Indonesian's:
English puts the possessor before the head)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

MET = "Presiden Chili Gabriel Boric bertemu Presiden Peru Dina Boluarte di Lima, Senin. "
SIGNED = "Chili dan Peru menandatangani Perjanjian Lima pada Senin. "


@pytest.mark.parametrize(("text", "treaty"), [
    (MET + "Presiden Brasil Lula da Silva menyaksikan penandatanganan deklarasi perdamaian kedua negara.",
     "deklarasi perdamaian"),
    (SIGNED + "Sementara itu, perjanjian kerja sama pertahanan kedua negara yang diteken bersamaan belum diratifikasi.",
     "perjanjian kerja sama pertahanan"),
], ids=["witnessed-signing", "signed-relative"])
def test_the_pair_after_the_instrument_are_its_parties(text: str, treaty: str) -> None:
    parties = read(text, "id").relations(RelationKind.TREATY_PARTY)
    assert {("Chili", treaty), ("Peru", treaty)} <= parties
    assert not any(party == "Brasil" for party, _ in parties)


def test_without_a_signing_the_pair_is_no_party() -> None:
    found = read(MET + "Perjanjian Lima kedua negara akan dibahas lagi pekan depan.", "id")
    assert "Perjanjian Lima" in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
