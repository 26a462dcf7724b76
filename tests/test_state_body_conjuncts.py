"""A state's body before "of" and a country, coordinated with another subject: "The government of Chile and the M23
rebel group signed …" — the country acts as "the Chilean government" does, and is a conjunct of the subject like
any name; a place after another preposition stays none ("met in the capital of Chile and Peru signed …"). English
only: Indonesian puts the country after the body without a preposition ("pemerintah Chile"). Sentences written for
these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind


def test_the_country_of_a_state_body_is_a_conjunct_of_the_subject() -> None:
    found = read("The government of Chile and the M23 rebel group signed a declaration of principles in Doha.", "en")
    assert found.events(EventKind.AGREEMENT) == {(("Chile", "M23"), ())}
    assert found.relations(RelationKind.TREATY_PARTY) == {("Chile", "declaration of principles"),
                                                          ("M23", "declaration of principles")}


def test_a_country_after_another_preposition_is_no_conjunct() -> None:
    found = read("The rebels met in the capital of Chile and the M23 rebel group signed a declaration of principles.",
                 "en")
    assert {p for p, _ in found.relations(RelationKind.TREATY_PARTY)} == {"M23"}
