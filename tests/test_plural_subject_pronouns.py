"""A plural pronoun whose clause follows an unnamed plural subject ("ASEAN foreign ministers will discuss it when
they meet", "Officials said they met") refers to those unnamed people, not to the two people named last: no
meeting of a pair. "The two leaders", "both leaders" and a named subject keep the pair. Issue 9 (branch en15a).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

BEFORE = "Antonio Guterres praised Zaw Min Tun on Monday."
PAIR = {(("Antonio Guterres", "Zaw Min Tun"), ())}


@pytest.mark.parametrize("sentence", [
    "ASEAN foreign ministers discussed the conflict after they met in Kuala Lumpur.",
    "Officials said they met in Kuala Lumpur.",
])
def test_an_unnamed_plural_subject_takes_the_pronoun(sentence: str) -> None:
    found = read(f"{BEFORE} {sentence}", "en")
    assert {"Antonio Guterres", "Zaw Min Tun", "Kuala Lumpur"} <= found.entity_names()
    assert found.events(EventKind.MEETING) == set()


@pytest.mark.parametrize("sentence", [
    "Both leaders said they met in Kuala Lumpur.",
    "He said they met in Kuala Lumpur.",
])
def test_a_pair_or_a_named_speaker_leaves_the_pronoun_to_the_pair(sentence: str) -> None:
    assert read(f"{BEFORE} {sentence}", "en").events(EventKind.MEETING) == PAIR
