"""Guards of the targets a group noun or a comma list names after a sanction (``kg.extract.listings``), pinned by
minimal pairs (branch mut21): a copula after a group noun lists the names right after it past their articles ("The
organizations are the Myanmar Economic Corporation and the Myanma Timber Enterprise"), and lists nothing when no
name follows it ("The companies were the targets of Canada"); a comma list of targets cut short at the text's end
("… Blue Harbor Shipping, Red Sea Trading") is read without error. English. Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

TOLD = "Australia imposed sanctions on five members of Myanmar's military regime. "
TREASURY = "United States Department of the Treasury"


def test_a_copula_lists_names_after_their_articles() -> None:
    found = read(TOLD + "The organizations are the Myanmar Economic Corporation and the Myanma Timber Enterprise.",
                 "en")
    assert found.events(EventKind.SANCTION) == {
        (("Australia",), ("Myanmar",)),
        (("Australia",), ("Myanmar Economic Corporation", "Myanma Timber Enterprise"))}


def test_a_copula_before_no_name_lists_nothing() -> None:
    found = read(TOLD + "The companies were the targets of Canada.", "en")
    assert "Canada" in found.entity_names()
    assert found.events(EventKind.SANCTION) == {(("Australia",), ("Myanmar",))}


def test_a_comma_list_cut_short_is_read() -> None:
    found = read("The Treasury sanctioned Blue Harbor Shipping, Red Sea Trading", "en")
    assert "Red Sea Trading" in found.entity_names()
    assert found.events(EventKind.SANCTION) == {((TREASURY,), ("Blue Harbor Shipping",))}
