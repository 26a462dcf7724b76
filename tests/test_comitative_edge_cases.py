"""Comitative co-agents at the edges of the phrase: a fronted source or place set off by a comma is no co-agent
("Menurut Peru, A bersama B …": Peru only says so), a comma may stand before the comitative ("A, B, bersama C"),
and the four-token comitative "bersama-sama dengan" (one reduplicated token in the text) joins as "bersama" does."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

ALL_THREE = {(("Amerika Serikat", "Britania Raya", "Kanada"), ("Iran",))}
TWO = {(("Amerika Serikat", "Kanada"), ("Iran",))}


@pytest.mark.parametrize(("text", "facts"), [
    ("Menurut Peru, Amerika Serikat bersama Kanada menjatuhkan sanksi terhadap Iran.", TWO),
    ("Di Lima, Amerika Serikat bersama Kanada menjatuhkan sanksi terhadap Iran.", TWO),
    ("Amerika Serikat, Inggris, bersama Kanada menjatuhkan sanksi terhadap Iran.", ALL_THREE),
    ("Amerika Serikat, Inggris bersama Kanada menjatuhkan sanksi terhadap Iran.", ALL_THREE),
    ("Amerika Serikat bersama-sama dengan Kanada menjatuhkan sanksi terhadap Iran.", TWO),
    ("Amerika Serikat, Inggris, bersama-sama dengan Kanada menjatuhkan sanksi terhadap Iran.", ALL_THREE),
    ("Amerika Serikat bersama dengan Kanada menjatuhkan sanksi terhadap Iran.", TWO),
])
def test_comitative_co_agents(text: str, facts: set) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == facts


def test_a_fronted_source_speaks_and_imposes_nothing() -> None:
    found = read("Menurut Peru, Amerika Serikat bersama Kanada menjatuhkan sanksi terhadap Iran.", "id")
    assert found.events(EventKind.STATEMENT) == {(("Peru",), ())}


@pytest.mark.parametrize("text", [
    "Menurut Peru, Amerika Serikat menjatuhkan sanksi terhadap Iran.",
    "Amerika Serikat dan Kanada menjatuhkan sanksi terhadap Iran, bersama-sama dengan sekutunya.",
])
def test_no_comitative_joining_names_no_co_agent(text: str) -> None:
    sanctions = read(text, "id").events(EventKind.SANCTION)
    assert all("Peru" not in agents for agents, _ in sanctions)
    assert sanctions and all("Iran" in targets for _, targets in sanctions)
