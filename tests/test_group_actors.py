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


def test_a_government_named_by_nationality_is_one_conjunct_of_a_coordinated_subject() -> None:
    got = read("The Egyptian government and the Ethiopians agreed to share the river's water.", "en")
    assert got.events(EventKind.AGREEMENT) == {(("Egypt", "Ethiopia"), ())}


# -- an acronym with a slash inside names one body: a movement and its armed wing ------------------------------
def test_an_acronym_with_a_slash_inside_is_one_name() -> None:
    got = read("The Egyptian government and FNLC/B have agreed to open the border.", "en")
    assert "FNLC/B" in got.entity_names()
    assert got.events(EventKind.AGREEMENT) == {(("Egypt", "FNLC/B"), ())}


@pytest.mark.parametrize(("text", "names"), [
    ("The US/UK team met in Cairo.", {"United States of America", "United Kingdom", "Cairo"}),  # known apart
    ("The FNLC / B wing met in Cairo.", {"FNLC", "Cairo"}),  # spaced: no single name
])
def test_a_slash_between_names_known_apart_or_spaced_joins_nothing(text: str, names: set[str]) -> None:
    assert read(text, "en").entity_names() == names
