"""Guards of the host named after a place in a passive reception (``kg.extract.placed_agents``), pinned by minimal
pairs (branch mut21): the place phrase between the verb's preposition and "by" holds up to five words ("at the
presidential palace in Nairobi"); punctuation inside it ends the clause, so a "by" after a semicolon or a comma is
another verb's; a text that ends at the passive verb is read without error. English: Indonesian puts the host right
after the verb. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def test_a_host_after_a_five_word_place_meets_the_guest() -> None:
    found = read("President Ana Ruiz was received at the presidential palace in Nairobi by President Marta Vidal.",
                 "en")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


@pytest.mark.parametrize("separator", ["semicolon", "comma"])
def test_a_by_after_punctuation_is_another_clause_s(separator: str) -> None:
    mark = {"semicolon": ";", "comma": ","}[separator]
    found = read(f"President Ana Ruiz was received in Lima{mark} talks were chaired by Marta Vidal.", "en")
    assert {"Ana Ruiz", "Marta Vidal"} <= found.entity_names()
    assert found.events(EventKind.MEETING) == set()


@pytest.mark.parametrize("text", ["President Ana Ruiz was received", "President Ana Ruiz was received at"])
def test_a_text_ending_at_the_passive_is_read(text: str) -> None:
    found = read(text, "en")
    assert "Ana Ruiz" in found.entity_names()
    assert found.events(EventKind.MEETING) == set()
