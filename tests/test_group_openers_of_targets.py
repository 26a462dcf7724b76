"""Targets listed by a plural pronoun or a definite noun of members (branch en14s, issue 9): "(Australia sanctioned
five members of Myanmar's military.) They include X and Y", "The organizations targeted include X", "These officials
include X", "Mereka termasuk X" — the names listed are targets of the sanction told just before, by its imposer. A
preposition inside a hyphened title does not end the list ("the deputy commander-in-chief, X, and …"). A copula
lists only names right after it ("The organizations are X and Y"): "The companies were sanctioned by Britain" names
its own imposer. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TOLD_EN = "Australia imposed sanctions on five members of Myanmar's military regime. "
TOLD_ID = "Australia menjatuhkan sanksi terhadap lima pejabat militer Myanmar. "
MEC = "Myanmar Economic Corporation"


@pytest.mark.parametrize(("text", "lang", "targets"), [
    (TOLD_EN + "They include Soe Win and Myanmar Economic Corporation.", "en", ("Soe Win", MEC)),
    (TOLD_EN + "They include the deputy commander-in-chief, Soe Win, and the conglomerate Myanmar Economic "
     "Corporation.", "en", ("Soe Win", MEC)),
    (TOLD_EN + "The organizations targeted include Myanmar Economic Corporation.", "en", (MEC,)),
    (TOLD_EN + "These officials include Soe Win.", "en", ("Soe Win",)),
    (TOLD_ID + "Mereka termasuk Soe Win dan Myanmar Economic Corporation.", "id", ("Soe Win", MEC)),
    # a copula lists the names right after it; a speech verb may report the list
    (TOLD_EN + "The organizations are Myanmar Economic Corporation and Myanma Timber Enterprise.", "en",
     (MEC, "Myanma Timber Enterprise")),
    (TOLD_EN + "The ministry said the companies include Myanmar Economic Corporation.", "en", (MEC,)),
])
def test_group_lists_the_targets_told(text: str, lang: str, targets: tuple[str, ...]) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {(("Australia",), ("Myanmar",)),
                                                           (("Australia",), targets)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Penny Wong met Richard Marles in Canberra. They include Soe Win and Myanmar Economic Corporation.", "en"),
    ("They include Soe Win and Myanmar Economic Corporation.", "en"),  # no act told before
    ("Penny Wong bertemu Richard Marles di Canberra. Mereka termasuk Soe Win dan Myanmar Economic Corporation.", "id"),
])
def test_no_list_without_a_sanction_told(text: str, lang: str) -> None:
    found = read(text, lang)
    assert {"Soe Win", MEC} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


def test_a_copula_after_a_group_opens_no_list() -> None:
    found = read(TOLD_EN + "The companies were sanctioned by Canada last year.", "en")
    assert found.events(EventKind.SANCTION) == {(("Australia",), ("Myanmar",))}
