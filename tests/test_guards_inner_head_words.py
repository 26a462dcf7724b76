""""The Varnas Kelto Movement Dorin accused …": a capitalised head word inside a run of unknown names (not its first
or last word) makes the run an organisation, wherever inside it stands — also second to last. A run with no head
word stays a person's name. Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_a_head_word_second_to_last_makes_the_run_an_organisation() -> None:
    x = read("The Varnas Kelto Movement Dorin accused Ghana of spying.", "en")
    assert x.types()["Varnas Kelto Movement Dorin"] == "Organization"
    assert x.events(EventKind.ACCUSATION) == {(("Varnas Kelto Movement Dorin",), ("Ghana",))}


def test_a_run_with_no_head_word_is_no_organisation() -> None:
    x = read("The Varnas Kelto Dorin Brel accused Ghana of spying.", "en")
    assert x.types()["Varnas Kelto Dorin Brel"] == "Person"
