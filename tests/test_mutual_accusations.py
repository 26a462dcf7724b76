"""A verb phrase whose meaning is reciprocal ("traded accusations", "exchanged accusations", "traded blame"; trigger
flag ``mutual``) is two accusations, each side accusing the other, as "accused each other" — with the sides
coordinated before it or the second after "with"; one side alone accuses no one. Issue 9 (branch en15a). English:
Indonesian writes the reciprocal as a word before the verb ("saling menuduh", tested with ``reciprocal_before``).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

BOTH_WAYS = {(("Chile",), ("Peru",)), (("Peru",), ("Chile",))}


@pytest.mark.parametrize("text", [
    "Chile and Peru traded accusations on Monday after a clash at sea.",
    "Chile and Peru exchanged accusations over the fishing boats.",
    "Peru and Chile traded blame for the clash, while Bolivia urged calm.",
    "Chile traded accusations with Peru on Monday.",
])
def test_a_mutual_verb_phrase_is_an_accusation_each_way(text: str) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == BOTH_WAYS


@pytest.mark.parametrize("text", [
    "Chile traded accusations on Monday after a clash at sea.",  # one side: whom it accused is not said
    "Chile and Peru traded goods worth $2 billion last year.",  # no accusation traded
])
def test_one_side_or_no_accusation_gives_none(text: str) -> None:
    found = read(text, "en")
    assert "Chile" in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()


def test_a_plain_accusation_by_two_sides_is_one_of_both_against_the_object() -> None:
    found = read("Chile and Peru accused Bolivia of the attack.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Chile", "Peru"), ("Bolivia",))}
