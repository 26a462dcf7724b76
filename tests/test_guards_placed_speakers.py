"""An unnamed speaker placed by a locative preposition is not the place: "An official in Lima said …" is no
statement by Lima (nor by Peru, whose capital it is), while "Peru said …" is Peru's. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "place"), [
    ("An official in Lima said the talks would resume.", "Lima"),
    ("Officials in Lima said the talks would resume.", "Lima"),
    ("Meanwhile, a senior diplomat in Tokyo said the talks would resume.", "Tokyo"),
    ("An official in Lima accused Chile of spying.", "Lima"),
])
def test_a_placed_unnamed_speaker_is_not_the_place(text: str, place: str) -> None:
    found = read(text, "en")
    assert place in found.entity_names()
    assert found.events(EventKind.STATEMENT) == set()
    assert found.events(EventKind.ACCUSATION) == set()


@pytest.mark.parametrize(("text", "speaker"), [
    ("Peru said the talks would resume.", "Peru"),
    ("President Lula said in Lima that the talks would resume.", "Lula"),
])
def test_a_named_speaker_still_speaks(text: str, speaker: str) -> None:
    assert read(text, "en").events(EventKind.STATEMENT) == {((speaker,), ())}
