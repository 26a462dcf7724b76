""""Chile called on Ana Ruiz, President of Peru, to meet …": "called on" urges when an infinitive follows its object
past the object's appositions — each a comma, an article or a title, and the words up to the next comma
(``arguments._past_appositions``) — and is a visit, a meeting of both, when none follows. Issue 9 (branch mut15,
seed 181). English: "called on" has no visiting reading in Indonesian. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

CALLED = (("Ana Ruiz", "Chile"), ())


@pytest.mark.parametrize("apposition", ["President of Peru", "Minister of Trade", "the president of Peru"])
def test_an_infinitive_after_a_titled_apposition_makes_calling_on_an_urging(apposition: str) -> None:
    found = read(f"Chile called on Ana Ruiz, {apposition}, to meet Marta Vidal.", "en")
    assert {"Chile", "Ana Ruiz", "Marta Vidal"} <= found.entity_names()
    assert CALLED not in found.events(EventKind.MEETING)


@pytest.mark.parametrize("text", [
    "Chile called on Ana Ruiz, President of Peru, in Lima.",
    "Chile called on Ana Ruiz,",  # a text cut short after the comma: read to its end
])
def test_calling_on_with_no_infinitive_after_is_a_meeting(text: str) -> None:
    assert CALLED in read(text, "en").events(EventKind.MEETING)
