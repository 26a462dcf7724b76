""""…, a charge Peru rejected": a claim noun before its subject and a denial verb is a denial. The claim nouns and
verbs are read off the denial triggers only: "the sanctions Peru imposed on Monday" has the same shape with a
sanction's noun and verb, and is no denial. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def test_a_charge_its_subject_rejected_is_a_denial() -> None:
    found = read("Chile accused Peru of spying, a charge Peru rejected on Monday.", "en")
    assert found.events(EventKind.DENIAL) == {(("Peru",), ())}


@pytest.mark.parametrize("text", [
    "Chile criticised the sanctions Peru imposed on Monday.",
    "Chile praised the visit Peru made on Monday.",
])
def test_the_noun_and_verb_of_another_event_are_no_denial(text: str) -> None:
    found = read(text, "en")
    assert {"Chile", "Peru"} <= found.entity_names()
    assert found.events(EventKind.DENIAL) == set()
