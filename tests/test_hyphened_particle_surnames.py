"""A group's name joined to a name particle by a hyphen is a surname (branch en13s, issue 9): "Abdulkhaliq
al-Houthi", "Abdul-Malik al-Houthi" are people, not "Abdulkhaliq al" beside the Houthis — the hyphened particle
binds the gazetteer's group name into the person's name, as "bin" binds a place's ("Faisal bin Farhan"); the group
named alone stays the group. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Britain sanctioned Abdulkhaliq al-Houthi on Monday.", "en", (("United Kingdom",), ("Abdulkhaliq al-Houthi",))),
    ("Abdul-Malik al-Houthi was sanctioned by Britain.", "en", (("United Kingdom",), ("Abdul-Malik al-Houthi",))),
    ("Inggris menjatuhkan sanksi terhadap Abdulkhaliq al-Houthi pada Senin.", "id",
     (("Britania Raya",), ("Abdulkhaliq al-Houthi",))),
])
def test_the_person_with_a_group_s_name(text: str, lang: str, fact: tuple) -> None:
    found = read(text, lang)
    assert found.events(EventKind.SANCTION) == {fact}
    assert found.types()[fact[1][0]] == "Person"
    assert "Houthis" not in found.entity_names()


@pytest.mark.parametrize(("text", "lang", "group"), [
    ("Britain sanctioned the Houthis on Monday.", "en", "Houthis"),
    ("Inggris menjatuhkan sanksi terhadap Houthi pada Senin.", "id", "Houthis"),
])
def test_the_group_named_alone(text: str, lang: str, group: str) -> None:
    found = read(text, lang)
    assert found.types().get(group) == "Organization"
    assert {t for _, t in found.events(EventKind.SANCTION)} == {(group,)}
