"""A relative clause whose antecedent is the treaty: "the NPT, which Iran ratified in 1970", "Perjanjian Paris, yang
diratifikasi Indonesia pada 2016" — the relative clause's subject (or the agent after an Indonesian passive) is a
party. A negated or refused signing in the clause, or an antecedent that is no treaty, names none. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "parties", "treaty"), [
    ("Iran threatened to leave the Treaty on the Non-Proliferation of Nuclear Weapons, which Iran ratified in 1970.",
     "en", {"Iran"}, "Treaty on the Non-Proliferation of Nuclear Weapons"),
    ("The Treaty of Asuncion, which Chile has also ratified, was discussed in Lima.", "en", {"Chile"},
     "Treaty of Asuncion"),
    ("Perjanjian Paris, yang diratifikasi Indonesia pada 2016, dibahas di Brasil.", "id", {"Indonesia"},
     "Perjanjian Paris"),
    ("Perjanjian Paris yang diratifikasi Kenya tahun lalu dibahas di Nairobi.", "id", {"Kenya"}, "Perjanjian Paris"),
])
def test_the_subject_of_a_relative_clause_on_the_treaty_is_its_party(
        text: str, lang: str, parties: set[str], treaty: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(p, treaty) for p in parties}
    assert found.events(EventKind.AGREEMENT) == set()  # ratifying alone agrees with no one


def test_two_signers_in_a_relative_clause_on_the_treaty_agreed() -> None:
    found = read("The Treaty of Asuncion, which Chile and Peru signed in 1991, was discussed in Lima.", "en")
    assert found.relations(RelationKind.TREATY_PARTY) == {("Chile", "Treaty of Asuncion"),
                                                          ("Peru", "Treaty of Asuncion")}
    assert found.events(EventKind.AGREEMENT) == {(("Chile", "Peru"), ())}


@pytest.mark.parametrize(("text", "lang", "named"), [
    ("The Treaty of Asuncion, which Chile refused to sign, was discussed in Lima.", "en", "Treaty of Asuncion"),
    ("The Treaty of Asuncion, which Chile did not ratify, was discussed in Lima.", "en", "Treaty of Asuncion"),
    ("The summit in Lima, which Chile joined in 1991, was discussed in Quito.", "en", "Chile"),
    ("Perjanjian Paris, yang belum diratifikasi Indonesia, dibahas di Brasil.", "id", "Perjanjian Paris"),
    ("Perjanjian Paris diratifikasi pada 2016.", "id", "Perjanjian Paris"),
])
def test_a_negated_clause_or_an_antecedent_that_is_no_treaty_names_no_party(text: str, lang: str, named: str) -> None:
    found = read(text, lang)
    assert named in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()


# the treaty opening its sentence (a headline's or a list's style, no article) is still the antecedent (mut22:
# treaties._treaty_antecedent's `j >= sent.start`, mutated by hand)
def test_a_treaty_opening_the_sentence_is_the_relative_clauses_antecedent() -> None:
    found = read("NPT, which Chile ratified in 1970, remains in force.", "en")
    assert found.relations(RelationKind.TREATY_PARTY) == {
        ("Chile", "Treaty on the Non-Proliferation of Nuclear Weapons")}


def test_a_treaty_opening_the_sentence_with_no_relative_clause_has_no_party() -> None:
    found = read("NPT remains in force, Chile said in 1970.", "en")
    assert "Chile" in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
