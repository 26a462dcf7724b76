""""Officials of Chile and Peru sanctioned each other": a reciprocal act reads its subjects as the act's own kind
does (``reciprocals._reciprocal_acts`` passes the trigger's kind) — members stand for their countries in a sanction,
so each country sanctioned the other; in an accusation unnamed officials speak for no one named, so none accuses.
English reciprocal "each other". Issue 9 (branch mut16, seed 191). Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_members_of_two_countries_sanctioning_each_other_are_their_countries() -> None:
    found = read("Officials of Chile and Peru sanctioned each other.", "en")
    assert found.events(EventKind.SANCTION) == {(("Chile",), ("Peru",)), (("Peru",), ("Chile",))}


def test_members_of_two_countries_accusing_each_other_make_no_accusation() -> None:
    found = read("Officials of Chile and Peru accused each other.", "en")
    assert found.entity_names() == {"Chile", "Peru"}
    assert found.events(EventKind.ACCUSATION) == set()
