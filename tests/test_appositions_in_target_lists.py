"""A body's name apposed to a noun phrase of a body, and the lists around it (branch fix16), English:

- a name apposed after a comma to a noun of organisations, an article opening it ("Chile's central bank, the Banco
  Andino") is an organisation, as one right after the comma is ("two firms, Zarnik and Volkor");
- "the central bank of Chile, the Banco Andino" sanctions the body apposed, not the country whose bank it is; "two
  banks of Chile, the Treasury said" keeps the speaker out of the targets;
- a conjunct closing the list with a possessive and a member noun ("…, and Peru's central bank.") is a target,
  the owner standing for its members; one a verb goes on after ("…, and Peru's central bank said …") is a clause;
- a name before the comma inside an of-phrase after a verb ("sanctioned the central bank of Chile, the Banco
  Andino, and Peru accused …") opens no list: the apposition closes the object and Peru accuses alone; in a
  subject's of-phrase ("The central bank of Chile, the Banco Andino, and Peru accused …") both accuse.

Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Chile imposed sanctions on Peru's central bank, the Banco Andino, and designated Bolivia.",
    "Canada sanctioned Chile's central bank, the Banco Andino.",
])
def test_a_name_apposed_to_a_body_noun_with_an_article_is_a_body(text: str) -> None:
    assert read(text, "en").types()["Banco Andino"] == "Organization"


@pytest.mark.parametrize(("text", "targets"), [
    ("Canada sanctioned the central bank of Chile, the Banco Andino.", ("Banco Andino",)),
    ("Canada sanctioned two banks of Chile, the Banco Andino and the Banco Sur.", ("Banco Andino", "Banco Sur")),
    ("Canada sanctioned two banks of Chile, the Treasury said.", ("Chile",)),
])
def test_the_body_apposed_after_an_of_phrase_is_the_target(text: str, targets: tuple[str, ...]) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {(("Canada",), targets)}


@pytest.mark.parametrize(("text", "targets"), [
    ("Canada sanctioned Chile's central bank, the Banco Andino, and Peru's central bank.", ("Banco Andino", "Peru")),
    ("Canada sanctioned Zarnik, and Peru's central bank.", ("Zarnik", "Peru")),
    ("Canada sanctioned Chile's central bank, the Banco Andino, and Peru's central bank said it was unfair.",
     ("Banco Andino",)),
])
def test_an_owned_member_phrase_closing_the_list_is_a_target(text: str, targets: tuple[str, ...]) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {(("Canada",), targets)}


@pytest.mark.parametrize(("text", "accusers"), [
    ("Canada sanctioned the central bank of Chile, the Banco Andino, and Peru accused Bolivia of spying.",
     ("Peru",)),
    ("The central bank of Chile, the Banco Andino, and Peru accused Bolivia of spying.", ("Banco Andino", "Peru")),
])
def test_a_name_in_an_of_phrase_before_the_comma_opens_no_list(text: str, accusers: tuple[str, ...]) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == {(accusers, ("Bolivia",))}
