"""Unnamed members tied to a country or body by a participle phrase (branch en12s, issue 9): "sanctioned 11 groups
linked to North Korea's weapons programmes" is a sanction on North Korea, "five firms owned by Hezbollah" on
Hezbollah, "five firms tied to Iran's Revolutionary Guard" on the Guard (the body its possessive names), "lima
perusahaan yang terkait dengan Korea Utara" on North Korea. Members of no one named, or only dealing with someone
("firms that traded with Iran", "yang membantu Korea Utara"), are no target. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

US = "United States of America"


@pytest.mark.parametrize(("text", "fact"), [
    ("The United States sanctioned 11 groups linked to North Korea's weapons programmes.", ((US,), ("North Korea",))),
    ("Canada sanctioned five firms owned by Hezbollah.", (("Canada",), ("Hezbollah",))),
    ("Canada imposed sanctions on three businessmen tied to Hamas.", (("Canada",), ("Hamas",))),
    # the Guard, named with its owner (tests/test_owned_state_bodies.py)
    ("Canada sanctioned five firms tied to Iran's Revolutionary Guard.",
     (("Canada",), ("Iran's Revolutionary Guard",))),
])
def test_members_tied_to_a_named_owner(text: str, fact: tuple) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {fact}


@pytest.mark.parametrize("text", [
    "Canada sanctioned five firms that traded with Iran.",
    "Canada sanctioned five firms on Monday, Iran said.",
])
def test_members_only_dealing_with_someone(text: str) -> None:
    x = read(text, "en")
    assert "Iran" in x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


def test_members_tied_to_a_country_in_indonesian() -> None:
    x = read("Amerika Serikat menjatuhkan sanksi terhadap lima perusahaan yang terkait dengan Korea Utara.", "id")
    assert x.events(EventKind.SANCTION) == {(("Amerika Serikat",), ("Korea Utara",))}


def test_members_helping_a_country_in_indonesian() -> None:
    x = read("Amerika Serikat menjatuhkan sanksi terhadap lima perusahaan yang membantu Korea Utara.", "id")
    assert "Korea Utara" in x.entity_names()
    assert x.events(EventKind.SANCTION) == set()
