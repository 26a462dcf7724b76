"""An adverb between a verb and the preposition of its trigger phrase ("spoke separately with A and B", "spoke briefly
to X", "met privately with X") keeps the trigger, as an adverb after an auxiliary did ("was warmly welcomed by"):
"spoke separately with A and B" is a call of the subject with each, not one meeting of A and B. Issue 9 (branch
en15a). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("adverb", ["separately", "briefly", "privately", "directly"])
def test_an_adverb_before_the_preposition_keeps_the_call(adverb: str) -> None:
    found = read(f"Xi Jinping spoke {adverb} with Emomali Rahmon and Sadyr Japarov on Tuesday.", "en")
    assert found.events(EventKind.MEETING) == {(("Emomali Rahmon", "Xi Jinping"), ()),
                                               (("Sadyr Japarov", "Xi Jinping"), ())}


def test_an_adverb_and_a_preposition_of_no_trigger_give_no_call() -> None:
    found = read("Xi Jinping spoke separately about Emomali Rahmon and Sadyr Japarov on Tuesday.", "en")
    assert "Emomali Rahmon" in found.entity_names()
    assert found.events(EventKind.MEETING) == set()

