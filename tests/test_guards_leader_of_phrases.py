""""the prime minister of Chile" as a subject stands for Chile only where the phrase opens the clause; inside
an object or an apposition ("met the prime minister of Chile and visited Peru", "X, an aide to the prime
minister of Chile, visited Peru") the verb's subject is further left. Sentences written for these tests
(English: the title is joined to the country by "of")."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Ana Ruiz met the prime minister of Chile and visited Peru.",
    "Ana Ruiz, an aide to the prime minister of Chile, visited Peru.",
])
def test_a_leaders_title_of_a_country_inside_the_clause_is_not_the_subject(text: str) -> None:
    found = read(text, "en")
    assert "Chile" in found.entity_names()
    assert found.events(EventKind.VISIT) == {(("Ana Ruiz",), ("Peru",))}
