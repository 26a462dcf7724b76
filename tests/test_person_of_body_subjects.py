"""A person named with the body they work for after a preposition is the subject, not the body (branch en12a, issue
9): "Ana Varnas of the World Bank accused Peru" — the parse, asked because the verb is far from the name, may take
the bank for the subject; the body in a prepositional phrase after a person only says where she works. An unnamed
person of a body ("The head of the World Bank", "Officials of the World Bank") still names no accuser. Both
languages. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "accuser"), [
    ("Ana Varnas of the World Bank accused Peru of hiding its debt.", "Ana Varnas"),
    ("Ms. Ana Varnas of the World Bank accused Peru of hiding its debt.", "Ana Varnas"),
    ("Mr. Soto of the World Bank accused Peru of hiding its debt.", "Soto"),
])
def test_the_person_accuses_not_the_body(text: str, accuser: str) -> None:
    x = read(text, "en")
    assert "World Bank" in x.entity_names()
    assert x.events(EventKind.ACCUSATION) == {((accuser,), ("Peru",))}
    assert x.events(EventKind.STATEMENT) == {((accuser,), ())}


def test_the_person_speaks_not_the_body() -> None:
    x = read("Ms. Varnas of the World Bank said Peru had hidden its debt.", "en")
    assert x.events(EventKind.STATEMENT) == {(("Varnas",), ())}


@pytest.mark.parametrize("text", [
    "The head of the World Bank accused Peru of hiding its debt.",
    "Officials of the World Bank accused Peru of hiding its debt.",
])
def test_an_unnamed_person_of_a_body_names_no_accuser(text: str) -> None:
    x = read(text, "en")
    assert {"World Bank", "Peru"} <= x.entity_names()
    assert x.events(EventKind.ACCUSATION) == set()


def test_indonesian_person_of_a_body() -> None:
    x = read("Ana Varnas dari Bank Dunia pada hari Senin menuduh Peru menyembunyikan utangnya.", "id")
    assert x.events(EventKind.ACCUSATION) == {(("Ana Varnas",), ("Peru",))}
