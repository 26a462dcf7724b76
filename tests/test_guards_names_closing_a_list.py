"""Guards of the coordinator that closes a comma list of names (``kg.nlp.names.runs._closes_list``), pinned by
minimal pairs (branch mut21): a list that opens the sentence ("Skydio, Shield AI and Anduril Industries were added
…") ends its second name at the coordinator; "Kish Oil and Gas Services Company" opening a sentence with no comma
list stays one name; a text cut short after a coordinator ("… Sea Lantern, Kish Oil and Gas and") is read without error.
English. Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_a_list_opening_the_sentence_is_three_names() -> None:
    types = read("Skydio, Shield AI and Anduril Industries were added to the list.", "en").types()
    assert {name for name, kind in types.items() if kind == "Organization"} == {
        "Skydio", "Shield AI", "Anduril Industries"}


def test_a_name_with_and_opening_the_sentence_is_one_name() -> None:
    types = read("Kish Oil and Gas Services Company was added to the list.", "en").types()
    assert types == {"Kish Oil and Gas Services Company": "Organization"}


def test_a_text_cut_short_after_a_coordinator_is_read() -> None:
    found = read("Chile sanctioned Sea Lantern, Kish Oil and Gas and", "en")
    assert "Chile" in found.entity_names()
    assert {agents for agents, _ in found.events(EventKind.SANCTION)} == {("Chile",)}
