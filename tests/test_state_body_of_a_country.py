"""A government word or a lowercase state body before "of" and a country — "the government of Chile", "the
foreign ministry of Peru", "the authorities of Bolivia" — is that state acting as the subject, as "the Chilean
government" and "Chile's government" are (`DocView.state_body_of`). Not people of the country ("the people of
Chile", "a spokesman for the government of Chile": unnamed, they act for nobody named), and not a capitalised
body's name ("the Government of Chile" is an organisation of its own)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "kind", "agent", "target"), [
    ("The government of Chile imposed sanctions on Peru.", EventKind.SANCTION, "Chile", "Peru"),
    ("The government of Chile has imposed sanctions on Peru.", EventKind.SANCTION, "Chile", "Peru"),
    ("The foreign ministry of Bolivia accused Peru of fraud.", EventKind.ACCUSATION, "Bolivia", "Peru"),
    ("The administration of Chile accused Peru of spying.", EventKind.ACCUSATION, "Chile", "Peru"),
])
def test_the_body_of_a_country_is_its_state(text: str, kind: EventKind, agent: str, target: str) -> None:
    assert read(text, "en").events(kind) == {((agent,), (target,))}


def test_a_denial_by_the_authorities_of_a_country() -> None:
    assert read("The authorities of Bolivia denied the report.", "en").events(EventKind.DENIAL) == {(("Bolivia",), ())}


@pytest.mark.parametrize("text", [
    "The people of Chile accused Peru of fraud.",
    "A spokesman for the government of Chile accused Peru of fraud.",
])
def test_people_of_a_country_act_for_no_one_named(text: str) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == set()


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Chile accused the government of Peru of fraud.", EventKind.ACCUSATION, (("Chile",), ("Peru",))),
    ("Chile sanctioned the authorities of Peru on Monday.", EventKind.SANCTION, (("Chile",), ("Peru",))),
    ("Chile and the government of Peru met in Lima.", EventKind.MEETING, (("Chile", "Peru"), ())),
])
def test_the_state_body_of_a_country_as_object_or_conjunct_is_the_country(
        text: str, kind: EventKind, expected: tuple) -> None:
    assert read(text, "en").events(kind) == {expected}


def test_a_body_of_a_country_that_is_no_state_body_is_not_the_country() -> None:
    found = read("Chile accused the football team of Peru of fraud.", "en")
    assert found.events(EventKind.ACCUSATION) == set()
