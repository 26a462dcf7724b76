"""Scope verbs other than "target" (branch en14s, issue 9): "The sanctions freeze the assets of X and bar Y from
entering the country" — the sanction nouns told again reach X and Y, by whoever imposed them; each scope verb
coordinated after the first one's object reaches its own object ("bar him and two fellow officers, Y and Z").
English: the Indonesian scope verbs ("menyasar") are read as before. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

UK = "United Kingdom"
TOLD = "Britain imposed sanctions on Russia on Monday. "


@pytest.mark.parametrize(("text", "targets"), [
    (TOLD + "The sanctions freeze the assets of Dmitry Volkov and bar Pavel Sedov from entering the country.",
     ("Dmitry Volkov", "Pavel Sedov")),
    (TOLD + "The measures bar Pavel Sedov from entering the country.", ("Pavel Sedov",)),
    (TOLD + "The new measures impose an asset freeze on Pavel Sedov.", ("Pavel Sedov",)),
    (TOLD + "The sanctions freeze the assets of Dmitry Volkov and bar him and two fellow officers, Pavel Sedov and "
     "Anton Lebed, from entering the UK.", ("Dmitry Volkov", "Pavel Sedov", "Anton Lebed")),
])
def test_scope_verbs_reach_the_targets(text: str, targets: tuple[str, ...]) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((UK,), ("Russia",)), ((UK,), targets)}


@pytest.mark.parametrize("text", [
    # no sanction told before: whose measures they are is unsaid
    "The sanctions freeze the assets of Dmitry Volkov and bar Pavel Sedov from entering the country.",
    # the verb after the conjunction is a clause of its own: Sedov met Lebed, no scope of the sanctions
    TOLD + "The sanctions freeze the assets of Dmitry Volkov and Pavel Sedov met Anton Lebed.",
])
def test_no_scope_beyond_the_told_sanction(text: str) -> None:
    found = read(text, "en")
    assert {"Dmitry Volkov", "Pavel Sedov"} <= found.entity_names()
    assert all(targets in {("Russia",), ("Dmitry Volkov",)} for _, targets in found.events(EventKind.SANCTION))
    assert not any("Pavel Sedov" in targets for _, targets in found.events(EventKind.SANCTION))
