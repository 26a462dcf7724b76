"""Unnamed sanction targets and the bodies a press release names (branch en10, issue 9): coordinated member nouns
each with its count ("four companies and two individuals in X and Y") stand for the countries named after them,
"in" as well as "of" and "from"; a company's head word ("Services", "Trading") types its name; two names of bodies
joined by "and" are two bodies. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "The Treasury today sanctioned four companies and two individuals in Iran and Oman for supplying drone parts.",
    "The Treasury today sanctioned four companies and two individuals from Iran and Oman.",
    "The Treasury sanctioned three banks and five officials of Iran and Oman.",
])
def test_coordinated_members_stand_for_their_countries(text: str) -> None:
    sanctions = read(text, "en").events(EventKind.SANCTION)
    assert sanctions == {(("United States Department of the Treasury",), ("Iran", "Oman"))}


@pytest.mark.parametrize("text", [
    "The Treasury today sanctioned four companies and two individuals for supplying drone parts to Oman.",
    "Iran said the new rules hurt four companies in Oman.",
])
def test_members_of_no_country_named_or_no_sanction(text: str) -> None:
    x = read(text, "en")
    assert {"Oman"} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize(("text", "bodies"), [
    ("The Treasury sanctioned Pars Aviation Services and Delta Star Trading on Monday.",
     ("Pars Aviation Services", "Delta Star Trading")),
    ("The Treasury sanctioned Kaveh Shipping Holdings, a company in Iran.", ("Kaveh Shipping Holdings",)),
])
def test_company_head_words_name_bodies(text: str, bodies: tuple[str, ...]) -> None:
    x = read(text, "en")
    assert all(x.types()[name] == "Organization" for name in bodies)
    assert x.events(EventKind.SANCTION) == {(("United States Department of the Treasury",), bodies)}


@pytest.mark.parametrize(("text", "name"), [
    ("Officials of the Department of Trade and Industry met the press.", "Department of Trade and Industry"),
    ("Officials of the Ministry of Energy and Mines met the press.", "Ministry of Energy and Mines"),
])
def test_a_conjunct_without_a_head_before_and_stays_in_one_name(text: str, name: str) -> None:
    assert name in read(text, "en").entity_names()
