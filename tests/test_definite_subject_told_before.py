"""A sanction whose subject is a definite common noun referring to an act told before (branch en11, issue 9): "The
EU adopted a package of sanctions … The package … slaps asset freezes on X" — the agent of the nearest sanction
told before imposes these. With no sanction told before, or a name opening the sentence, nothing is borrowed.
Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

EU = "European Union"
TOLD = "The European Union adopted a new package of sanctions against Russia on Monday. "


def test_the_definite_subject_refers_to_the_sanctions_told_before() -> None:
    x = read(TOLD + "The package bans imports of gas and slaps asset freezes on Ahmad Yusuf.", "en")
    assert x.events(EventKind.SANCTION) == {((EU,), ("Russia",)), ((EU,), ("Ahmad Yusuf",))}


def test_nothing_to_borrow_without_sanctions_told_before() -> None:
    x = read("The European Union met on Monday. The package bans imports of gas and slaps asset freezes on "
             "Ahmad Yusuf.", "en")
    assert x.events(EventKind.SANCTION) == {((), ("Ahmad Yusuf",))}


def test_a_named_subject_keeps_its_own_sanction() -> None:
    x = read(TOLD + "Canada's package slaps asset freezes on Ahmad Yusuf.", "en")
    assert ((EU,), ("Ahmad Yusuf",)) not in x.events(EventKind.SANCTION)
    assert "Canada" in x.entity_names()
