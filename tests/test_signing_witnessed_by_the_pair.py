"""Two who met and then witnessed a signing saw their own governments sign (issue 9, session 18, branch en18t): "X met
Y … The two leaders witnessed the signing of T", "Usai pertemuan, kedua kepala negara menyaksikan penandatanganan T"
— with no "by" phrase naming the signers, the pair that met are T's parties and agreed. A witness who met nobody of
the pair, or two witnesses the document never has meet ("Chile and Ecuador attended the signing of T", session 17's
reading), still sign nothing; signers after "by" / "oleh" stay the parties. English and Indonesian; sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

MET_EN = "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. "
MET_ID = "Presiden Chili Gabriel Boric bertemu Presiden Peru Dina Boluarte di Lima, Senin. "
PAIR = ("Dina Boluarte", "Gabriel Boric")


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    (MET_EN + "The two leaders then witnessed the signing of the Treaty of Lima.", "en", "Treaty of Lima"),
    (MET_EN + "Boric and Boluarte later witnessed the signing of the Treaty of Lima.", "en", "Treaty of Lima"),
    (MET_ID + "Usai pertemuan, kedua kepala negara menyaksikan penandatanganan Perjanjian Lima.", "id",
     "Perjanjian Lima"),
    (MET_ID + "Boric dan Boluarte kemudian menyaksikan penandatanganan Perjanjian Lima.", "id", "Perjanjian Lima"),
], ids=["en-the-two-leaders", "en-names", "id-kedua-kepala-negara", "id-names"])
def test_the_pair_that_met_are_the_parties(text: str, lang: str, treaty: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(p, treaty) for p in PAIR}
    assert found.events(EventKind.AGREEMENT) == {(PAIR, ())}


@pytest.mark.parametrize(("text", "lang"), [
    (MET_EN + "The two leaders later witnessed the signing of 12 cooperation agreements.", "en"),
    (MET_ID + "Kedua pemimpin kemudian menyaksikan pertukaran 12 nota kesepahaman.", "id"),
], ids=["en-counted", "id-counted"])
def test_the_pair_that_met_agreed_on_counted_instruments(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.AGREEMENT) == {(PAIR, ())}


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    # the two witnesses never met: session 17's reading stands
    ("Gabriel Boric and Dina Boluarte witnessed the signing of the Treaty of Lima.", "en", "Treaty of Lima"),
    ("Gabriel Boric dan Dina Boluarte menyaksikan penandatanganan Perjanjian Lima.", "id", "Perjanjian Lima"),
    # one witness, who met one of the two: a host watching signs nothing
    (MET_EN + "Brazilian President Luiz Inacio Lula da Silva witnessed the signing of the Treaty of Lima.", "en",
     "Treaty of Lima"),
    (MET_ID + "Presiden Brasil Luiz Inacio Lula da Silva menyaksikan penandatanganan Perjanjian Lima.", "id",
     "Perjanjian Lima"),
], ids=["en-never-met", "id-never-met", "en-one-witness", "id-one-witness"])
def test_witnesses_who_did_not_meet_sign_nothing(text: str, lang: str, treaty: str) -> None:
    found = read(text, lang)
    assert treaty in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
    assert found.events(EventKind.AGREEMENT) == set()


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    (MET_EN + "The two leaders witnessed the signing of the Treaty of Lima by Ana Ruiz and Marta Vidal.", "en",
     "Treaty of Lima"),
    (MET_ID + "Kedua pemimpin menyaksikan penandatanganan Perjanjian Lima oleh Ana Ruiz dan Marta Vidal.", "id",
     "Perjanjian Lima"),
], ids=["en-by", "id-oleh"])
def test_signers_named_after_by_stay_the_parties(text: str, lang: str, treaty: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {("Ana Ruiz", treaty), ("Marta Vidal", treaty)}
