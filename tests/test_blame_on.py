""""Blamed X on Y" (branch en13a, issue 9): the one blamed follows "on" — "Chile blamed the fire on Peru", "the
collision, which Chile blamed on Peru" — as the object of "blamed Peru for …"; "on" is no target preposition of the
other accusation verbs ("condemned the attack on Lima" blames nobody in Lima), and a cause that is no one ("on bad
weather") is no accusation. English. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

CHILE_BLAMED_PERU = {(("Chile",), ("Peru",))}


@pytest.mark.parametrize("text", [
    "Chile blamed the fire on Peru.",
    "The fire followed a collision last month, which Chile blamed on Peru.",
    "Chile blamed Peru for the fire.",
])
def test_the_one_blamed_is_the_object_or_after_on(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.ACCUSATION) == CHILE_BLAMED_PERU
    assert found.events(EventKind.STATEMENT) == {(("Chile",), ())}


def test_a_cause_that_is_no_one_is_no_accusation() -> None:
    found = read("Chile blamed the fire on bad weather.", "en")
    assert "Chile" in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()


def test_on_after_another_accusation_verb_names_no_one_accused() -> None:
    found = read("Chile condemned the attack on Lima.", "en")
    assert "Lima" in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()
