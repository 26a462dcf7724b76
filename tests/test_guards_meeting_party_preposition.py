"""Only a preposition of direction makes the name after a noun of meeting the party met ("a phone call to X",
"panggilan telepon kepada X": ``names.cues._meeting_party_after``, method ``names-meeting-party``); after one of
origin ("a phone call from X", "dari X") the name is read by the other rules (here the plain ``names``), both
persons. The provenance each mention keeps says which rule read it. Sentences written for these tests (mut20, seed
199: ``_meeting_party_after`` 6 let any word stand for the preposition)."""

from __future__ import annotations

import pytest
from facts import read


def methods(text: str, lang: str) -> dict[str, tuple[str, list[str]]]:
    """Entity name → (type, the method of each of its mentions in the order of the text)."""
    return {e.name: (e.type.value, [m.method for m in e.mentions]) for e in read(text, lang).extraction.entities}


@pytest.mark.parametrize(("text", "lang"), [
    ("A phone call to Marta Vidal was recorded.", "en"),
    ("Panggilan telepon kepada Marta Vidal dicatat.", "id"),
], ids=["en", "id"])
def test_a_call_to_a_name_makes_it_the_party_met(text: str, lang: str) -> None:
    assert methods(text, lang) == {"Marta Vidal": ("Person", ["names-meeting-party"])}


@pytest.mark.parametrize(("text", "lang"), [
    ("A phone call from Marta Vidal was recorded.", "en"),
    ("Panggilan telepon dari Marta Vidal dicatat.", "id"),
], ids=["en", "id"])
def test_a_call_from_a_name_is_read_by_the_other_rules(text: str, lang: str) -> None:
    assert methods(text, lang) == {"Marta Vidal": ("Person", ["names"])}
