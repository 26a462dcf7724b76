"""A nationality before a state body names the state (branch en13a, issue 9): "accused the Chinese coast guard",
"Belarusian authorities dismissed the accusation", "accused Polish border guards" — the lexicon's ``state_bodies``
after a demonym make a mention of the country, as "the Chilean government" did. Capitalised, the phrase is a
body's own name ("the China Coast Guard"); people of a nationality ("Chinese fishermen") are no state. English;
Indonesian puts the nationality after the body ("otoritas Belarus"), where the country is named. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("body", ["the Chilean coast guard", "Chilean border guards", "the Chilean navy",
                                  "Chilean troops", "the Chilean authorities"])
def test_a_state_body_accused_is_its_country(body: str) -> None:
    found = read(f"Peru accused {body} of firing on a fishing boat.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Peru",), ("Chile",))}


def test_authorities_deny_and_accuse_for_their_country() -> None:
    found = read("Chilean authorities dismissed the accusation and accused Peruvian border guards of beating "
                 "migrants.", "en")
    assert found.events(EventKind.DENIAL) == {(("Chile",), ())}
    assert found.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


def test_a_capitalised_body_is_its_own_name() -> None:
    found = read("Peru accused the Chile Coast Guard of firing on a fishing boat.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Peru",), ("Chile Coast Guard",))}


def test_people_of_a_nationality_are_no_state() -> None:
    found = read("Peru accused Chilean fishermen of poaching.", "en")
    assert "Peru" in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()
