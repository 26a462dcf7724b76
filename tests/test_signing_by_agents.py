"""The signers of a signing told as a noun (issue 9, session 14, branch id14), Indonesian and English, by the exact
fact: "A dan B menyaksikan penandatanganan T oleh C dan D", "A and B witnessed the signing of T by C and D" — C and
D sign (parties of T, and they agree), the witnesses do not. Without the "by" phrase the witnesses are still no parties
(session 17, branch fix17: before it the subjects were read as the signers); "menandatangani T" itself is unchanged.
"""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind

WITNESSED_ID = ("Presiden Prabowo Subianto dan Perdana Menteri Australia Anthony Albanese menyaksikan "
                "penandatanganan Perjanjian Keamanan Bersama{by}.")
BY_ID = " oleh Menteri Pertahanan Sjafrie Sjamsoeddin dan Menteri Pertahanan Australia Richard Marles"
WITNESSED_EN = ("President Joko Widodo and Prime Minister Anthony Albanese witnessed the signing of the Lombok "
                "Treaty{by}.")
BY_EN = " by Foreign Minister Retno Marsudi and Foreign Minister Penny Wong"


def test_the_agents_after_oleh_sign_the_treaty_not_the_witnesses() -> None:
    found = read(WITNESSED_ID.format(by=BY_ID), "id")
    assert found.relations(RelationKind.TREATY_PARTY) == {
        ("Sjafrie Sjamsoeddin", "Perjanjian Keamanan Bersama"), ("Richard Marles", "Perjanjian Keamanan Bersama")}
    assert found.events(EventKind.AGREEMENT) == {(("Richard Marles", "Sjafrie Sjamsoeddin"), ())}


def test_without_oleh_the_witnesses_are_no_parties() -> None:
    found = read(WITNESSED_ID.format(by=""), "id")
    assert {"Prabowo Subianto", "Anthony Albanese", "Perjanjian Keamanan Bersama"} <= found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()


def test_the_agents_after_by_sign_the_treaty_not_the_witnesses() -> None:
    found = read(WITNESSED_EN.format(by=BY_EN), "en")
    assert found.relations(RelationKind.TREATY_PARTY) == {("Retno Marsudi", "Lombok Treaty"),
                                                          ("Penny Wong", "Lombok Treaty")}
    assert found.events(EventKind.AGREEMENT) == {(("Penny Wong", "Retno Marsudi"), ())}


def test_without_by_the_english_witnesses_are_no_parties() -> None:
    found = read(WITNESSED_EN.format(by=""), "en")
    assert {"Joko Widodo", "Anthony Albanese", "Lombok Treaty"} <= found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()

