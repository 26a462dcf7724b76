"""A leader's body after a person's name ("Ana Ruiz's government", "the Ana Ruiz administration") acts for the
country that person leads where the text names it; where it does not, the person stands for the body — the act is
not lost (``ArgumentSearch._resolve``, mut18, seed 193: 84). English (an Indonesian "pemerintahan X" is read as
one organisation's name). Names and sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("body", ["Ana Ruiz's government", "The Ana Ruiz administration"])
def test_the_body_of_a_leader_of_no_country_named_acts_as_the_person(body: str) -> None:
    assert read(f"{body} accused Peru of fraud.", "en").events(EventKind.ACCUSATION) == {(("Ana Ruiz",), ("Peru",))}


@pytest.mark.parametrize("body", ["Ana Ruiz's government", "The Ana Ruiz administration"])
def test_the_body_of_a_leader_named_with_her_country_acts_as_the_country(body: str) -> None:
    text = f"President Ana Ruiz of Chile arrived on Monday. {body} accused Peru of fraud."
    assert read(text, "en").events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}
