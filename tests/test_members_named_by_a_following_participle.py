"""Targets listed after a definite noun of members that a participle modifies from after (branch en16s, issue 9):
"Among the companies designated today are X and Y", "The entities sanctioned include X" — the names are targets of
the sanction told before, by its imposer (``Listings._definite_members_before``). A participle of no sanction, a
copula before no name, or no sanction told before lists no one. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TREASURY = "United States Department of the Treasury"
FIRMS = ("Capital Tap Holding LLC", "Al Zumoroud Gold Trading")
TOLD = "The Treasury sanctioned seven companies on Friday. "


@pytest.mark.parametrize("listing", [
    "Among the companies designated today are Capital Tap Holding LLC and Al Zumoroud Gold Trading.",
    "The entities sanctioned include Capital Tap Holding LLC and Al Zumoroud Gold Trading.",
    "Among the new firms designated are Capital Tap Holding LLC and Al Zumoroud Gold Trading, which sold trucks.",
])
def test_members_a_participle_modifies_are_listed(listing: str) -> None:
    found = read(TOLD + listing, "en")
    assert found.events(EventKind.SANCTION) == {((TREASURY,), FIRMS)}


@pytest.mark.parametrize("text", [
    TOLD + "Among the companies praised today are Capital Tap Holding LLC and Al Zumoroud Gold Trading.",
    "The Treasury praised seven companies. Among the companies designated today are Capital Tap Holding LLC and "
    "Al Zumoroud Gold Trading.",
])
def test_no_listing_without_a_sanction(text: str) -> None:
    found = read(text, "en")
    assert set(FIRMS) <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


def test_no_listing_before_a_copula_and_no_name() -> None:
    found = read(TOLD + "The companies designated today are based in Kenya, Capital Tap Holding LLC said.", "en")
    assert "Capital Tap Holding LLC" in found.entity_names()
    assert found.events(EventKind.SANCTION) == set()
