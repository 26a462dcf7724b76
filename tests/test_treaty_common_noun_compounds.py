"""Common-noun instruments of English with more than one modifier or head: "a strategic partnership agreement"
(compound heads: one instrument, named whole), "a trade and investment agreement" (two coordinated modifiers), "its
trade agreement" (the possessive is no part of the name, and the partner after "with" is still found), "a
migration and mobility partnership arrangement"; "concluded" an instrument is signing it. A coordinator with no
head after it joins nothing, and "concluded" with no instrument after it names no party. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "a", "b", "treaty"), [
    ("Japan and Vietnam signed a strategic partnership agreement on Monday.", "Japan", "Vietnam",
     "strategic partnership agreement"),
    ("Japan and Vietnam signed a trade and investment agreement on Monday.", "Japan", "Vietnam",
     "trade and investment agreement"),
    ("Australia and India signed a migration and mobility partnership arrangement in New Delhi.", "Australia",
     "India", "migration and mobility partnership arrangement"),
    ("New Zealand concluded its trade agreement with Chile in 2022.", "New Zealand", "Chile", "trade agreement"),
    ("Japan signed its first defence pact with the Philippines.", "Japan", "Philippines", "defence pact"),
])
def test_the_whole_common_noun_instrument_is_named_and_its_signers_agreed(
        text: str, a: str, b: str, treaty: str) -> None:
    found = read(text, "en")
    assert found.types()[treaty] == "Treaty"
    assert found.relations(RelationKind.TREATY_PARTY) == {(a, treaty), (b, treaty)}
    assert found.events(EventKind.AGREEMENT) == {(tuple(sorted((a, b))), ())}


@pytest.mark.parametrize(("text", "names"), [
    ("Japan signed a deal and Vietnam protested.", {"Japan", "Vietnam"}),
    ("The minister concluded that the Paris Agreement had failed.", {"Paris Agreement"}),
    ("Kishida concluded a three-day visit to Hanoi.", {"Kishida", "Hanoi"}),
])
def test_no_instrument_after_the_verb_names_no_party(text: str, names: set[str]) -> None:
    found = read(text, "en")
    assert found.entity_names() == names
    assert found.relations(RelationKind.TREATY_PARTY) == set()
