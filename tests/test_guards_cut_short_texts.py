"""A text cut short (a truncated snippet or headline, no full stop) after a signing verb and the modifiers of a
treaty noun names no treaty and still gives what it does say; with the head noun it is a treaty of both. Sentences
written for these tests (English: the modifiers stand before the head)."""

from __future__ import annotations

from facts import read

from kg.model import EntityType, EventKind, RelationKind


def test_a_signing_with_the_treaty_noun_names_the_treaty() -> None:
    found = read("Brazil and Peru signed a free trade agreement", "en")
    assert found.relations(RelationKind.TREATY_PARTY) == {("Brazil", "free trade agreement"),
                                                          ("Peru", "free trade agreement")}


def test_a_signing_cut_short_before_the_treaty_noun_names_no_treaty() -> None:
    found = read("Brazil and Peru signed a free trade", "en")
    assert found.entity_names() == {"Brazil", "Peru"}
    assert EntityType.TREATY.value not in found.types().values()
    assert found.events(EventKind.AGREEMENT) == set()
