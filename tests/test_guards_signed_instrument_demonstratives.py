"""Guards of the Indonesian passive signing after its instrument (``kg/extract/treaties.py``
``_instrument_relative_before``, session 12) that no test of the construction noticed when mutated by hand (branch
mut17): a demonstrative between the instrument and the verb makes the verb passive as a relative does ("Perjanjian
Paris itu diteken kedua negara", "Kesepakatan itu diteken kedua negara") — the pair told before signed it (the
negatives are in test_passive_signing_id.py). Indonesian: its passive takes the agent without a preposition.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

TOLD = "Chile dan Peru bertemu di Lima. "
PAIR = ("Chili", "Peru")


@pytest.mark.parametrize("text", [
    "Perjanjian Paris itu diteken kedua negara pada Senin.",
    "Perjanjian Paris yang diteken kedua negara mulai berlaku.",
])
def test_a_named_treaty_with_a_demonstrative_or_relative_before_the_passive_verb_has_the_pair_as_parties(
        text: str) -> None:
    x = read(TOLD + text, "id")
    assert x.events(EventKind.AGREEMENT) == {(PAIR, ())}
    assert x.relations(RelationKind.TREATY_PARTY) == {("Chili", "Perjanjian Paris"), ("Peru", "Perjanjian Paris")}


def test_an_instrument_noun_with_a_demonstrative_before_the_passive_verb_is_the_pairs_agreement() -> None:
    x = read(TOLD + "Kesepakatan itu diteken kedua negara pada Senin.", "id")
    assert x.events(EventKind.AGREEMENT) == {(PAIR, ())}

