""""The prime minister of Australia said …": a leader's title and "of" before a country (``view.leader_title_of``)
name the country's head, who is not named — so the country itself says nothing, unlike "Australia said …". Issue
9 (branch mut15, seed 181). English: Indonesian writes the title without "of" ("Perdana Menteri Australia").
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

REPORT = "said Chile accused Peru of spying."


@pytest.mark.parametrize("speaker", ["The prime minister of Australia", "The President of Australia"])
def test_an_unnamed_head_of_a_country_makes_no_statement_of_the_country(speaker: str) -> None:
    found = read(f"{speaker} {REPORT}", "en")
    assert "Australia" in found.entity_names()
    assert found.events(EventKind.STATEMENT) == {(("Chile",), ())}
    assert found.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


def test_the_country_itself_as_the_speaker_makes_its_statement() -> None:
    found = read(f"Australia {REPORT}", "en")
    assert found.events(EventKind.STATEMENT) == {(("Australia",), ()), (("Chile",), ())}
