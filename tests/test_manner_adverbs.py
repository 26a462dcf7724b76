"""Adverbs of manner and frequency between a subject and its verb (branch en12a, issue 9): "a charge that Peru has
repeatedly denied", "a charge Peru flatly rejected", "Peru was repeatedly accused by Chile" — the adverb does not
cut the verb off its subject (lexicon ``adverbs_before_verb``, English). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Chile accused Peru of spying, a charge that Peru has repeatedly denied.",
    "Chile accused Peru of spying, a charge Peru flatly rejected.",
    "Chile accused Peru of spying, a charge Peru has categorically rejected.",
])
def test_a_fronted_denial_past_an_adverb(text: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.DENIAL) == {(("Peru",), ())}
    assert x.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


def test_no_denial_when_the_adverb_precedes_no_denial_verb() -> None:
    x = read("Chile accused Peru of spying, a charge that analysts have repeatedly questioned.", "en")
    assert x.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}
    assert x.events(EventKind.DENIAL) == set()


def test_a_passive_past_an_adverb() -> None:
    x = read("Peru was repeatedly accused by Chile of spying.", "en")
    assert x.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


def test_the_passive_reading_needs_the_auxiliary() -> None:
    x = read("Peru repeatedly accused Chile of spying.", "en")
    assert x.events(EventKind.ACCUSATION) == {(("Peru",), ("Chile",))}
