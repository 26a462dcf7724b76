"""Group actors named by a nationality: a country's government ("the Egyptian government", "Peruvian government
officials") or its people acting as one ("the Kenyans", "Ethiopians and Egyptians") stand for the country.

Sentences written for these tests; each construction has a sentence that must give the exact fact and one of
the same shape where the nationality only counts people or modifies a thing, and must give none.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "accuser"), [
    ("The Egyptian government accused Ethiopia of breaking the deal.", "Egypt"),
    ("The Kenyans blamed Uganda for the attack on the border post.", "Kenya"),
    ("Kenyans blamed Uganda for the attack on the border post.", "Kenya"),
])
def test_a_government_or_people_named_by_nationality_is_the_accuser(text: str, accuser: str) -> None:
    got = read(text, "en")
    target = "Ethiopia" if "Ethiopia" in text else "Uganda"
    assert got.events(EventKind.ACCUSATION) == {((accuser,), (target,))}


def test_government_officials_named_by_nationality_accuse_in_the_passive() -> None:
    got = read("Chile has been accused of hiding the funds by Peruvian government officials.", "en")
    assert got.events(EventKind.ACCUSATION) == {(("Peru",), ("Chile",))}


@pytest.mark.parametrize("text", [
    "Egypt and the Ethiopians reached an agreement on the dam on Monday.",
    "The Ethiopians agreed with Egypt on the dam.",
])
def test_a_people_named_by_nationality_is_a_party_to_an_agreement(text: str) -> None:
    assert read(text, "en").events(EventKind.AGREEMENT) == {(("Egypt", "Ethiopia"), ())}


@pytest.mark.parametrize("text", [
    "About 300 Kenyans blamed Uganda for the attack on the border post.",  # a count of people
    "Many Kenyans blamed Uganda for the attack on the border post.",  # some people, not the nation
    "Kenyan farmers blamed Uganda for the attack on the border post.",  # a nationality modifying a noun
])
def test_a_nationality_that_counts_or_modifies_people_is_no_actor(text: str) -> None:
    got = read(text, "en")
    assert "Uganda" in got.entity_names()
    assert got.events(EventKind.ACCUSATION) == set()
    assert "Kenya" not in got.entity_names()
