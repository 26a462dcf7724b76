"""A one-word name coordinated with a body's name (branch fix16), English: "Skydio and Anduril Industries" are two
bodies, not one — a coordinator between a one-word name and a complete body's name (two words or more, the first no
common word, a body's head word last) ends the first name, and the one-word name, listed beside a body no gazetteer
knows, is a body too. A name's inner coordination of common words stays one name ("Department of Trade and
Industry", "Kish Oil and Gas Services Company"). Sector words head companies' names like "Industries" does ("Zarnik
Aerospace", "Velmar Petroleum": ``org_heads``). Indonesian writes the head first ("PT Zarnik"). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

CHINA = "People's Republic of China"


@pytest.mark.parametrize(("text", "targets"), [
    ("China added Skydio and Anduril Industries to its unreliable entity list.", ("Skydio", "Anduril Industries")),
    ("China added Anduril Industries and Skydio to its unreliable entity list.", ("Anduril Industries", "Skydio")),
    ("China sanctioned Skydio and Anduril Industries.", ("Skydio", "Anduril Industries")),
])
def test_a_one_word_name_and_a_body_are_two_bodies(text: str, targets: tuple[str, ...]) -> None:
    found = read(text, "en")
    assert {found.types()[t] for t in targets} == {"Organization"}
    assert found.events(EventKind.SANCTION) == {((CHINA,), targets)}


@pytest.mark.parametrize(("text", "name"), [
    ("Kish Oil and Gas Services Company was added to the sanctions list.", "Kish Oil and Gas Services Company"),
    ("Chile met the Department of Trade and Industry.", "Department of Trade and Industry"),
])
def test_an_inner_coordination_of_common_words_is_one_name(text: str, name: str) -> None:
    assert read(text, "en").types()[name] == "Organization"


def test_a_one_word_name_beside_a_known_body_is_no_body() -> None:
    assert "Kovac" not in read("Ana Ruiz met the EU and Kovac.", "en").types()


@pytest.mark.parametrize(("text", "name"), [
    ("China added Anduril Industries, Skydio, and Zarnik Aerospace to its unreliable entity list.", "Zarnik Aerospace"),
    ("Chile sanctioned Velmar Petroleum.", "Velmar Petroleum"),
    ("Chile sanctioned Zarnik Motors.", "Zarnik Motors"),
])
def test_a_sector_word_heads_a_company_name(text: str, name: str) -> None:
    assert read(text, "en").types()[name] == "Organization"


def test_a_person_is_no_company() -> None:
    assert read("Chile sanctioned Velmar Ruiz.", "en").types()["Velmar Ruiz"] == "Person"
