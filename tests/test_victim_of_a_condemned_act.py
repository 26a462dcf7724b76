"""Who suffered the act condemned is not accused (session 18, en18r): in "Peru mengecam serangan terhadap pasukan
Chili" the preposition "terhadap" is the act noun's — Chile's troops were attacked — but the accusation verb also
takes its target after "terhadap" ("mengecam keras terhadap Chili"), so Chile was accused, and a later "Bolivia juga
mengecam serangan itu" accused Chile again (``CondemnedActs._victim_of_act``, read by the target search and by
``_target_ahead``). A plain bug found by the en18r blind batch (a UN peacekeeping post attacked), fixed after that
batch was scored; English "the attack against X" was already no accusation of X. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Peru mengecam serangan terhadap pasukan Chili di perbatasan.", "id"),
    ("Peru mengecam keras serangan atas kapal Chili.", "id"),
    ("Peru condemned the attack against Chilean troops.", "en"),
])
def test_the_victim_after_the_act_noun_is_not_accused(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.ACCUSATION) == set()
    assert (("Peru",), ()) in found.events(EventKind.STATEMENT)  # the condemner still spoke


@pytest.mark.parametrize(("text", "facts"), [
    # the doer named with the act noun, or the verb's own "terhadap" before any act noun: accused as before
    ("Peru mengecam serangan Chili terhadap pasukan Bolivia.", {(("Peru",), ("Chili",))}),
    ("Peru mengecam keras terhadap Chili atas serangan di perbatasan.", {(("Peru",), ("Chili",))}),
    ("Peru mengecam serangan oleh Chili terhadap pasukan Bolivia.", {(("Peru",), ("Chili",))}),
])
def test_the_doer_of_the_act_is_still_accused(text: str, facts: set) -> None:
    assert read(text, "id").events(EventKind.ACCUSATION) == facts


def test_a_later_condemnation_of_the_act_accuses_no_victim() -> None:
    found = read("Peru mengecam serangan terhadap pasukan Chili di perbatasan. Bolivia juga mengecam serangan itu.",
                 "id")
    assert found.events(EventKind.ACCUSATION) == set()
