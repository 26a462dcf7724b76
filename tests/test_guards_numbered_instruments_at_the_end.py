""""Chile and Peru signed Protocol 12": a treaty word and a number name an instrument — also as the last two words of
a text with no full stop after them (a headline, a text cut short). A number before the treaty word names none.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "parties", "treaty"), [
    ("Chile and Peru signed Protocol 12", "en", ("Chile", "Peru"), "Protocol 12"),
    ("Chile dan Peru menandatangani Protokol 12", "id", ("Chili", "Peru"), "Protokol 12"),
])
def test_a_numbered_instrument_ending_the_text_is_a_treaty(text: str, lang: str, parties: tuple[str, str],
                                                           treaty: str) -> None:
    x = read(text, lang)
    assert x.types()[treaty] == "Treaty"
    assert x.relations(RelationKind.TREATY_PARTY) == {(party, treaty) for party in parties}
    assert x.events(EventKind.AGREEMENT) == {(parties, ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile and Peru signed 12 protocols", "en"),
    ("Chile dan Peru menandatangani 12 protokol", "id"),
])
def test_a_number_before_the_treaty_word_names_no_instrument(text: str, lang: str) -> None:
    """A number before the word counts instruments (a list of instruments signed is one Treaty entity under the
    guidelines, "dua protokol" as "12 protokol"): the number is no part of a name."""
    x = read(text, lang)
    assert "Peru" in x.entity_names()
    treaties = [name for name, kind in x.types().items() if kind == "Treaty"]
    assert not any(ch.isdigit() for name in treaties for ch in name)
    assert {treaty for _, treaty in x.relations(RelationKind.TREATY_PARTY)} <= set(treaties)
