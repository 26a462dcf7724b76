"""A one-word name nobody knows is a person when a kinship noun with its possessor stands in apposition before it:
"His daughter, Kalinda, …" (a determiner before the noun), "Putrinya, Kalinda, …" (a possessive suffix on it), also
when that noun opens the sentence; the mention's method says so. Not after a noun of things ("His plane, …",
"Pesawatnya, …") nor after a kinship noun with no possessor ("Daughter, …"). Name made up."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def typed(text: str, lang: str) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(e.name, e.type.value, tuple(m.method for m in e.mentions)) for e in read(text, lang).extraction.entities}


@pytest.mark.parametrize(("text", "lang"), [
    ("Putrinya, Kalinda, tiba di Tokyo.", "id"),
    ("Kemudian putrinya, Kalinda, tiba di Tokyo.", "id"),
    ("His daughter, Kalinda, arrived in Tokyo.", "en"),
])
def test_a_name_in_apposition_to_a_possessed_kinship_noun_is_a_person(text: str, lang: str) -> None:
    assert typed(text, lang) == {("Kalinda", "Person", ("names-kin-apposition",)), ("Tokyo", "Place", ("gazetteer",))}
    assert read(text, lang).events(EventKind.VISIT) == {(("Kalinda",), ("Tokyo",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Pesawatnya, Kalinda, tiba di Tokyo.", "id"),
    ("His plane, Kalinda, arrived in Tokyo.", "en"),
    ("Daughter, Kalinda, arrived in Tokyo.", "en"),
])
def test_a_name_after_a_noun_of_things_or_an_unpossessed_kinship_noun_is_no_person(text: str, lang: str) -> None:
    assert typed(text, lang) == {("Tokyo", "Place", ("gazetteer",))}
    assert read(text, lang).events(EventKind.VISIT) == set()
