"""Guards of the targets listed after a participle ("Those designated include X and Y"), issue 9 (branch mut12):
a time word may stand between the participle and the listing verb; the participle must follow a demonstrative
pronoun ("the companies designated" is a noun phrase) and be followed by a copula or a listing verb; the list ends
at a relative word or a preposition that says what the targets did. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TREASURY = "United States Department of the Treasury"
BEFORE = "The Treasury today sanctioned four companies in Iran for supplying drone parts. "


def test_a_time_word_before_the_listing_verb() -> None:
    x = read(BEFORE + "Those designated today include Kaveh Aviation Services and Ana Ruiz.", "en")
    assert x.events(EventKind.SANCTION) == {((TREASURY,), ("Iran",)),
                                            ((TREASURY,), ("Kaveh Aviation Services", "Ana Ruiz"))}


@pytest.mark.parametrize("text", [
    # no demonstrative, and no noun of members the participle modifies (en16s: "Among the companies designated are
    # X" lists the companies counted before — tests/test_members_named_by_a_following_participle.py)
    BEFORE + "Among the items designated are Kaveh Aviation Services and Ana Ruiz.",
    BEFORE + "Those designated today said Kaveh Aviation Services and Ana Ruiz.",  # no listing verb
])
def test_no_list_without_a_demonstrative_and_a_listing_verb(text: str) -> None:
    x = read(text, "en")
    assert {"Kaveh Aviation Services", "Ana Ruiz"} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == {((TREASURY,), ("Iran",))}


@pytest.mark.parametrize("text", [
    BEFORE + "Those designated include Ana Ruiz, who shipped engines to Syria.",
    BEFORE + "Those designated include Ana Ruiz for shipping engines to Syria.",
])
def test_the_list_ends_where_what_the_targets_did_begins(text: str) -> None:
    x = read(text, "en")
    assert "Syria" in x.entity_names()
    assert x.events(EventKind.SANCTION) == {((TREASURY,), ("Iran",)), ((TREASURY,), ("Ana Ruiz",))}


def test_a_country_listed_is_a_target() -> None:
    x = read(BEFORE + "Those designated include Ana Ruiz and Syria.", "en")
    assert x.events(EventKind.SANCTION) == {((TREASURY,), ("Iran",)), ((TREASURY,), ("Ana Ruiz", "Syria"))}


LISTED_AFTER_MAY = "Chile sanctioned Peru in May. Among those {} were Bolivia and Ecuador."


def test_those_sanctioned_listed_are_the_earlier_acts_targets() -> None:
    x = read(LISTED_AFTER_MAY.format("sanctioned"), "en")
    assert x.events(EventKind.SANCTION) == {(("Chile",), ("Peru",)), (("Chile",), ("Bolivia", "Ecuador"))}


def test_those_who_sanctioned_are_no_targets_of_the_earlier_act() -> None:
    # a relative pronoun before the verb makes it active in English: those who sanctioned did it; only a head-initial
    # language's relative ("mereka yang dijatuhi sanksi") opens a list of those it was done to (mut20, seed 199:
    # listings._list_opening 5)
    x = read(LISTED_AFTER_MAY.format("who sanctioned"), "en")
    assert {"Bolivia", "Ecuador"} <= x.entity_names()
    assert (("Chile",), ("Bolivia", "Ecuador")) not in x.events(EventKind.SANCTION)
