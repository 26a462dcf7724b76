"""Arguments named in apposition (branch en10, issue 9): the person after a title of a body in a prepositional object
("spoke with the head of the Commission, X"), a preposition repeated before a second conjunct ("… and with Y"), the
person apposed to a subject before a verb of telling, whose object is who is told ("The director, X, told the
Board that …"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Ana Ruiz spoke by phone with the head of the African Union Commission, Marta Vidal, on Monday.",
    "Ana Ruiz met with the chairperson of the African Union Commission, Marta Vidal, on Monday.",
    "Ana Ruiz held talks with the head of the African Union Commission, Marta Vidal.",
])
def test_the_person_apposed_to_a_titled_body_is_met(text: str) -> None:
    assert read(text, "en").events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


def test_a_titled_body_with_nobody_apposed_is_met_as_itself() -> None:
    x = read("Ana Ruiz held talks with staff of the African Union Commission in Lima.", "en")
    assert "African Union Commission" in x.entity_names()
    assert x.events(EventKind.MEETING) == set()  # "staff of" is no title: no one named was met


@pytest.mark.parametrize("text", [
    "Ana Ruiz spoke by phone with Marta Vidal and with Juan Soto.",
    "Ana Ruiz spoke by phone with Marta Vidal, and with Juan Soto on Tuesday.",
])
def test_a_repeated_preposition_opens_a_second_conjunct(text: str) -> None:
    assert read(text, "en").events(EventKind.MEETING) == {
        (("Ana Ruiz", "Marta Vidal"), ()), (("Ana Ruiz", "Juan Soto"), ())}


def test_a_clause_after_the_comma_adds_no_party() -> None:
    x = read("Ana Ruiz spoke by phone with Marta Vidal, and Juan Soto said the call went well.", "en")
    assert x.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


@pytest.mark.parametrize("text", [
    "The agency's director, Ana Ruiz, told the Board of Governors that inspectors had found new centrifuges.",
    "Ana Ruiz told the Board of Governors that inspectors had found new centrifuges.",
])
def test_who_is_told_does_not_speak(text: str) -> None:
    x = read(text, "en")
    assert "Board of Governors" in x.entity_names()
    assert x.events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}


def test_a_speaker_after_said_still_speaks() -> None:
    x = read('"Inspectors found new centrifuges," said Ana Ruiz.', "en")
    assert x.events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}


@pytest.mark.parametrize("text", [
    "Ana Ruiz called on General Juan Soto, the commander of the army, and General Marta Vidal, the head of the "
    "police, to end the fighting.",
    "Ana Ruiz called on President Marta Vidal, the head of state, to stop the drills.",
])
def test_an_appeal_past_appositions_is_no_courtesy_call(text: str) -> None:
    x = read(text, "en")
    assert {"Ana Ruiz", "Marta Vidal"} <= x.entity_names()
    assert x.events(EventKind.MEETING) == set()


def test_a_courtesy_call_on_an_apposed_person_is_a_meeting() -> None:
    x = read("Ana Ruiz called on President Marta Vidal, the head of state, on Monday.", "en")
    assert x.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Ruiz and her Peruvian counterpart, Marta Vidal, met in Lima for their annual talks.",
    "Foreign Minister Ana Ruiz and his counterpart, Marta Vidal, held talks in Lima.",
])
def test_a_counterpart_in_apposition_is_the_second_subject(text: str) -> None:
    assert read(text, "en").events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


def test_an_apposition_of_no_counterpart_joins_no_subject() -> None:
    x = read("Foreign Minister Ana Ruiz, and the aide of the minister, Marta Vidal, met reporters in Lima.", "en")
    assert {"Ana Ruiz", "Marta Vidal"} <= x.entity_names()
    assert x.events(EventKind.MEETING) == set()
