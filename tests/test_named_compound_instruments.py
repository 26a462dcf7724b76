"""A name joined by a hyphen to a participle before an instrument ("a U.S.-brokered peace deal", "a Qatar-mediated
ceasefire agreement", "a Russian-backed accord") tells who made or backs it: the instrument is still named and
signed by the verb's subject. English (Indonesian puts such modifiers after the head). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "treaty"), [
    ("Chile and Peru signed a U.S.-brokered peace deal on Monday.", "peace deal"),
    ("Chile and Peru signed a Qatar-mediated ceasefire agreement in Doha.", "ceasefire agreement"),
    ("Chile and Peru signed a Brazilian-brokered border treaty.", "border treaty"),
])
def test_an_instrument_after_a_named_compound_is_signed_by_the_subject(text: str, treaty: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.AGREEMENT) == {(("Chile", "Peru"), ())}
    assert found.relations(RelationKind.TREATY_PARTY) == {("Chile", treaty), ("Peru", treaty)}


@pytest.mark.parametrize("text", [
    "Chile and Peru did not sign a U.S.-brokered peace deal.",  # still negated
    "Chile and Peru discussed a U.S.-brokered peace deal.",  # no signing
])
def test_a_named_compound_makes_no_signing_of_its_own(text: str) -> None:
    found = read(text, "en")
    assert {"Chile", "Peru"} <= found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
