"""A call is a meeting, but "called" also names and appeals (branch en12a, issue 9): "called X 'the main
culprit'" and "called X a liar" say what X is (a predicative complement after the object), and "called for talks"
asks for them (a preposition that is not the call's own right after the verb) — no phone call then. English
only: the Indonesian call verbs ("menelepon") do not name. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

CALL = {(("Ana Ruiz", "Marta Vidal"), ())}


@pytest.mark.parametrize("text", [
    "Ana Ruiz called Marta Vidal on Monday.",
    "Ana Ruiz called Marta Vidal to discuss the border.",
    "Ana Ruiz called Marta Vidal, who had just landed in Lima.",
    "Ana Ruiz called Marta Vidal.",
])
def test_a_call_to_a_named_person_is_a_meeting(text: str) -> None:
    assert read(text, "en").events(EventKind.MEETING) == CALL


@pytest.mark.parametrize("text", [
    'Ana Ruiz called Marta Vidal "the main culprit" for the violence.',
    "Ana Ruiz called Marta Vidal a liar.",
    "Ana Ruiz called Marta Vidal the architect of the crisis.",
])
def test_a_predicative_complement_names_the_object_no_call(text: str) -> None:
    x = read(text, "en")
    assert {"Ana Ruiz", "Marta Vidal"} <= x.entity_names()
    assert x.events(EventKind.MEETING) == set()


def test_calling_several_people_is_a_call_with_each() -> None:
    x = read("Ana Ruiz called Marta Vidal and Carlos Soto after the vote.", "en")
    assert x.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ()),
                                           (("Ana Ruiz", "Carlos Soto"), ())}


def test_calling_for_a_meeting_is_an_appeal_not_a_meeting_of_the_callers() -> None:
    x = read("Chile and Peru called for an emergency meeting of the Security Council.", "en")
    assert x.events(EventKind.MEETING) == set()
    assert x.events(EventKind.STATEMENT) == {(("Chile", "Peru"), ())}  # the appeal is what they said


def test_a_call_with_a_partner_preposition_is_still_a_call() -> None:
    x = read("Chile's foreign minister Ana Ruiz called with Marta Vidal on Monday.", "en")
    assert x.events(EventKind.MEETING) == CALL
