"""A host's verb in its base form (session 18, en18a): "X will host Y", "X is to receive Y", "X to receive Y for a
state visit" (a headline) — a scheduled reception is a meeting, as a scheduled meeting is
(the project's convention), and its guest visits the place told, as "X hosted Y in Z" already did; the hosting
triggers had only the inflected forms ("hosted", "receives", "welcomes"). Not negated ("will not host"), and a
thing welcomed or received is no guest ("would welcome Peru's participation", "would receive Peru's support").
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Cyril Ramaphosa will host Chilean President Ana Ruiz in Pretoria on Thursday.",
    "Cyril Ramaphosa is to receive Chilean President Ana Ruiz in Pretoria for a state visit next week.",
    "Cyril Ramaphosa will welcome Chilean President Ana Ruiz in Pretoria on Thursday.",
    "President Cyril Ramaphosa to receive Chilean President Ana Ruiz in Pretoria",
])
def test_a_scheduled_host_meets_the_guest_who_visits(text: str) -> None:
    r = read(text, "en")
    assert r.events(EventKind.MEETING) == {(("Ana Ruiz", "Matamela Cyril Ramaphosa"), ())}
    assert r.events(EventKind.VISIT) == {(("Ana Ruiz",), ("Pretoria",))}


@pytest.mark.parametrize("text", [
    "Cyril Ramaphosa will not host Ana Ruiz this year.",
    "Chile would welcome Peru's participation in the talks.",
    "Ana Ruiz said Chile would receive Peru's support.",
])
def test_no_guest_no_meeting(text: str) -> None:
    assert read(text, "en").events(EventKind.MEETING) == set()
