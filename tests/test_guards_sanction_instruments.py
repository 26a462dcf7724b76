"""Guards of the sanction noun as an instrument ("targeted X with sanctions": X is the target), issue 9 (branch
mut12): any number of modifiers up to two may stand between "with" and the noun; only the partner preposition
makes the noun the verb's instrument ("for sanctions evasion" does not); with no name before "with" the noun
has no target. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "The European Union targeted Russia with sanctions on Monday.",
    "The European Union targeted Russia with new sanctions on Monday.",
    "The European Union targeted Russia with sweeping new sanctions on Monday.",
])
def test_the_object_of_a_verb_with_sanctions_is_their_target(text: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {(("European Union",), ("Russia",))}


@pytest.mark.parametrize("text", [
    "The European Union targeted Russia for sanctions evasion on Monday.",  # "for": no instrument
    "The European Union responded with sanctions on Monday.",  # no object before "with"
])
def test_without_a_partner_preposition_after_an_object_there_is_no_target(text: str) -> None:
    x = read(text, "en")
    assert "European Union" in x.entity_names()
    assert x.events(EventKind.SANCTION) == set()
