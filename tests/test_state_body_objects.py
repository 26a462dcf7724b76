"""A definite state body as the accused ("accused the army of shelling villages"): the country whose body of the same
words was told before — "X's army", "the Malian army", "the army of X". Not with no such body told before, nor for a
person of the body ("the army chief"). Issue 9 (branch en17a). Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_the_army_refers_to_a_possessed_army_told_before() -> None:
    found = read("Israel's army struck targets in Lebanon on Monday. Hezbollah denied any role and accused the army "
                 "of shelling villages.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Hezbollah",), ("Israel",))}


def test_the_army_refers_to_a_national_army_told_before() -> None:
    found = read("The Malian army said on Monday it had repelled an attack. Burkina Faso accused the army of shelling "
                 "villages in Kidal.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Burkina Faso",), ("Mali",))}


def test_the_army_refers_to_the_army_of_a_country_told_before() -> None:
    found = read("The army of Chile crossed the border. Peru accused the army of trespassing.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Peru",), ("Chile",))}


def test_the_army_with_no_army_told_before_is_no_one() -> None:
    found = read("Hezbollah accused the army of shelling villages.", "en")
    assert found.events(EventKind.ACCUSATION) == set()
    assert found.events(EventKind.STATEMENT) == {(("Hezbollah",), ())}


def test_the_army_chief_is_not_the_army() -> None:
    found = read("Israel's army struck targets in Lebanon on Monday. Hezbollah accused the army chief of lying.", "en")
    assert found.events(EventKind.ACCUSATION) == set()
    assert {"Israel", "Hezbollah"} <= found.entity_names()
