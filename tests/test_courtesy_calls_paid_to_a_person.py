"""A call paid or made to someone: "A courtesy call was paid to X by Y" is the passive of "Y paid a courtesy call to
X" — a meeting of Y with X ("paid" carries the noun at its fourth word; "to X" is no infinitive); an unknown name
after "to" that a noun of meeting governs is a person, not a destination ("A letter was sent to X", "The meeting
moved to X" keep the place reading)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "A courtesy call was paid to Marta Vidal by Ana Ruiz.",
    "A phone call was made to Marta Vidal by Ana Ruiz.",
    "Ana Ruiz paid a courtesy call to Marta Vidal.",
    "Ana Ruiz made a phone call to Marta Vidal.",
])
def test_a_call_to_a_person_is_a_meeting(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}
    assert found.types()["Marta Vidal"] == "Person"


def test_no_agent_no_meeting() -> None:
    found = read("A courtesy call was paid to Marta Vidal.", "en")
    assert found.events(EventKind.MEETING) == set()
    assert found.types()["Marta Vidal"] == "Person"


@pytest.mark.parametrize("text", [
    "A letter was sent to Marta Vidal by Ana Ruiz.",
    "The meeting moved to Villa Rosa.",
    "The meeting was moved to Villa Rosa.",
])
def test_no_meeting_noun_governs_the_name(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.MEETING) == set()
    assert "Place" in found.types().values()


def test_an_infinitive_after_the_passive_names_no_agent() -> None:
    assert read("Sanctions were imposed to punish Peru by Chile.", "en").events(EventKind.SANCTION) == set()
