"""A possessive inside a relative clause is the clause's antecedent: "A met B, who was on his first visit to X" —
the visit is B's, not A's (`ArgumentSearch._possessor`, `Anaphora._clause_antecedent`). Outside a relative clause
the possessive is read as before (the sentence's subject)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("clause", ["who was on his first visit to Chile",
                                    "who is making her first trip to Chile",
                                    "who was in Chile on his second visit to the country"])
def test_the_visit_in_a_relative_clause_is_the_antecedents(clause: str) -> None:
    found = read(f"Ana Ruiz met Marta Vidal, {clause}.", "en")
    assert {agents for agents, _ in found.events(EventKind.VISIT)} == {("Marta Vidal",)}


def test_a_relative_clause_closed_by_a_comma_names_no_owner() -> None:
    found = read("Ana Ruiz met Marta Vidal, who praised Peru, during his visit to Chile.", "en")
    assert ("Marta Vidal",) not in {agents for agents, _ in found.events(EventKind.VISIT)}


def test_without_a_relative_clause_the_subject_visits() -> None:
    found = read("Ana Ruiz, on her first visit to Chile, met Marta Vidal.", "en")
    assert found.events(EventKind.VISIT) == {(("Ana Ruiz",), ("Chile",))}
