"""Correlative coordination and a predicate coordinated after an object list (session 18, the lead).

"spoke by telephone with both A and B": "both" opens a coordination of two conjuncts (``correlative_openers``) —
the first name follows it, the conjunction reaches the second. Before, "both" was read as the plural pronoun it
also is, and no one was met. "both" alone ("met both on Monday") still opens no names.

"X spoke with A and B and urged restraint": the conjunction after an object list joins another predicate of the
clause, whose subject is X — before, the list's names were taken as subjects of "urged". A list opening its clause
("A and B and C urged …") is still the subject. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "facts"), [
    ("Ana Ruiz spoke by telephone with both Marta Vidal and Igor Sechin on Monday.", "en",
     {(("Ana Ruiz", "Marta Vidal"), ()), (("Ana Ruiz", "Igor Sechin"), ())}),
    ("Ana Ruiz met both Chilean Foreign Minister Marta Vidal and Igor Sechin.", "en",
     {(("Ana Ruiz", "Marta Vidal"), ()), (("Ana Ruiz", "Igor Sechin"), ())}),
    ("Ana Ruiz bertemu baik dengan Marta Vidal maupun Igor Sechin pada Senin.", "id",
     {(("Ana Ruiz", "Marta Vidal"), ()), (("Ana Ruiz", "Igor Sechin"), ())}),
])
def test_both_opens_two_conjuncts(text: str, lang: str, facts: set) -> None:
    assert read(text, lang).events(EventKind.MEETING) == facts


@pytest.mark.parametrize(("text", "facts"), [
    # "both" with no names after it: the opener reads nothing (what the pronoun refers to is anaphora's)
    ("Marta Vidal and Igor Sechin held talks. Ana Ruiz later met both on Monday.",
     {(("Igor Sechin", "Marta Vidal"), ())}),
    ("Ana Ruiz met both sides on Monday.", set()),
])
def test_both_without_names_after_it_opens_no_list(text: str, facts: set) -> None:
    r = read(text, "en")
    assert "Ana Ruiz" in r.entity_names()
    assert r.events(EventKind.MEETING) == facts


@pytest.mark.parametrize(("text", "speaker", "listed"), [
    ("Ana Ruiz spoke by telephone with Marta Vidal and Igor Sechin and urged restraint.", "Ana Ruiz",
     {"Marta Vidal", "Igor Sechin"}),
    ("Ana Ruiz met Chile and Peru and said the talks had gone well.", "Ana Ruiz", {"Chile", "Peru"}),
    ("Ana Ruiz bertemu dengan Marta Vidal dan Igor Sechin dan mengatakan pembicaraan berjalan baik.", "Ana Ruiz",
     {"Marta Vidal", "Igor Sechin"}),
])
def test_a_predicate_after_an_object_list_is_the_subjects(text: str, speaker: str, listed: set) -> None:
    r = read(text, "id" if " dengan " in text else "en")
    assert r.events(EventKind.STATEMENT) == {((speaker,), ())}
    assert {agents for agents, _ in r.events(EventKind.MEETING)} == {tuple(sorted((speaker, n))) for n in listed}


@pytest.mark.parametrize(("text", "speakers"), [
    ("Chile and Peru and Bolivia urged restraint.", ("Bolivia", "Chile", "Peru")),
    ("On Monday, Chile and Peru said the talks had gone well.", ("Chile", "Peru")),
])
def test_a_list_opening_its_clause_is_still_the_subject(text: str, speakers: tuple) -> None:
    assert read(text, "en").events(EventKind.STATEMENT) == {(speakers, ())}
