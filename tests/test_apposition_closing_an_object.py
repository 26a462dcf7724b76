"""An apposition that closes a verb's object, then ", and" and a name: the name opens a clause of its own, the
apposed name is no co-agent ("imposed sanctions on Chile's central bank, the Banco Andino, and Peru accused …").
Where the apposed noun phrase opens the sentence, the apposition and the name are one subject; a list of names
("Chile, Peru, and Bolivia accused …") stays a list."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Canada imposed sanctions on Chile's central bank, the Banco Andino, and Peru accused Bolivia of spying.",
    "Canada sanctioned Chile's central bank, the Banco Andino, and Peru accused Bolivia of spying.",
])
def test_the_apposition_closes_the_object(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.ACCUSATION) == {(("Peru",), ("Bolivia",))}
    assert found.events(EventKind.SANCTION) == {(("Canada",), ("Banco Andino",))}


@pytest.mark.parametrize(("text", "accusers"), [
    ("Chile's central bank, the Banco Andino, and Peru accused Bolivia of spying.", ("Banco Andino", "Peru")),
    ("Chile, Peru, and Bolivia accused Ecuador of spying.", ("Bolivia", "Chile", "Peru")),
])
def test_a_subject_list_stays_a_list(text: str, accusers: tuple[str, ...]) -> None:
    accusations = read(text, "en").events(EventKind.ACCUSATION)
    assert {agents for agents, _ in accusations} == {accusers}
