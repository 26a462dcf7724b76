"""A reciprocal verb of purpose (issue 9, session 15, branch id15), by the exact fact: "Sugiono mengunjungi Amman
dan Riyadh untuk membahas X" — the subject of "untuk membahas" is the clause's subject, one party, so no meeting;
the places visited are no parties. Two subjects that met "untuk membahas" are still the meeting's parties."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Sugiono dijadwalkan mengunjungi Kairo, Amman, dan Riyadh untuk membahas rencana rekonstruksi Gaza.", "id"),
    ("Sugiono mengunjungi Amman dan Riyadh untuk membahas rekonstruksi Gaza.", "id"),
    ("Sugiono visited Amman and Riyadh to discuss the reconstruction of Gaza.", "en"),
])
def test_places_visited_to_discuss_something_are_no_meeting(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.MEETING) == set()
    assert found.events(EventKind.VISIT)  # the trip itself is read


def test_two_subjects_who_met_to_discuss_something_still_met() -> None:
    found = read("Sugiono dan Wang Yi bertemu di Beijing untuk membahas Gaza.", "id")
    assert found.events(EventKind.MEETING) == {(("Sugiono", "Wang Yi"), ())}
