"""A family name of five letters that ends like an abstract noun ("Vance": "-ance", like "finance") is still a
person's name: the abstract-noun endings rule out longer words only. Names made up for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Maria Vance arrived in Tokyo.", "en"),
    ("Maria Vance tiba di Tokyo.", "id"),
])
def test_a_five_letter_family_name_with_an_abstract_ending_is_a_person(text: str, lang: str) -> None:
    found = read(text, lang)
    assert {(e.name, e.type.value) for e in found.extraction.entities} == {("Maria Vance", "Person"),
                                                                          ("Tokyo", "Place")}
    assert found.events(EventKind.VISIT) == {(("Maria Vance",), ("Tokyo",))}
