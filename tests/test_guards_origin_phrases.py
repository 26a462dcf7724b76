""""berangkat dari Jakarta ke Peru": where a verb goes to a place, a "from" phrase before the destination says where
from and is skipped. Only there: after a verb that goes nowhere, "utusan dari Peru" (envoys from Peru) names whom
the envoys stand for, the object. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Chile bertemu utusan dari Peru di Lima.", EventKind.MEETING, (("Chili", "Peru"), ())),
    ("Chile menuduh diplomat dari Peru melakukan spionase.", EventKind.ACCUSATION, (("Chili",), ("Peru",))),
])
def test_after_a_verb_that_goes_nowhere_the_origin_is_the_object(text: str, kind: EventKind,
                                                                  expected: tuple) -> None:
    assert read(text, "id").events(kind) == {expected}


def test_after_a_verb_of_going_the_origin_is_skipped_for_the_destination() -> None:
    x = read("Ana Ruiz berangkat dari Jakarta ke Peru.", "id")
    assert "Jakarta" in x.entity_names()
    assert x.events(EventKind.VISIT) == {(("Ana Ruiz",), ("Peru",))}
