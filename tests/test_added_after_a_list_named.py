"""An adding verb with no list in its clause adds to the sanctions list named in the sentences before (branch en16s,
issue 9): "(The Committee approved the addition of two entries to its Sanctions List.) The Committee added X, the
leader of Y, and the Z gang" — X and Z join that list (``ListAdditions._added_to_list_named_before``). Not when a
clause is reported after the names ("added Russia would respond"), nor with no sanctions list named before.
Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

LISTED = "The Security Council Committee approved the addition of two entries to its Sanctions List on Monday. "


def test_names_added_join_the_list_named_before() -> None:
    found = read(LISTED + "The Committee added Jimmy Cherizier, the leader of a gang coalition, and the Gran Grif "
                 "gang.", "en")
    assert found.events(EventKind.SANCTION) == {(("Security Council Committee",), ("Jimmy Cherizier", "Gran Grif"))}


def test_a_clause_reported_after_added_is_no_addition() -> None:
    found = read(LISTED + "The Committee added Jimmy Cherizier would be notified by Haiti.", "en")
    assert "Jimmy Cherizier" in found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


def test_no_addition_without_a_list_named_before() -> None:
    found = read("The Security Council Committee met on Monday. The Committee added Jimmy Cherizier, the leader of a "
                 "gang coalition, and the Gran Grif gang.", "en")
    assert {"Jimmy Cherizier", "Gran Grif"} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()
