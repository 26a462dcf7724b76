"""Objects of an accusation told by reference (branch en11, issue 9). A person pronoun object ("X, a critic of Y,
accused him of …") never refers to its own clause's subject: it is the nearest other person named before. A
relative pronoun ("commanders of Hamas, which Israel accused of …") makes the name it hangs on the object of the
verb after the relative clause's subject. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

ERDOGAN = "Recep Tayyip Erdoğan"
NETANYAHU = "Benjamin Netanyahu"


@pytest.mark.parametrize("text", [
    "Recep Tayyip Erdogan, a fierce critic of Benjamin Netanyahu, accused him of genocide.",
    "Recep Tayyip Erdogan has praised Benjamin Netanyahu and accused him of genocide.",
    "Benjamin Netanyahu addressed parliament on Monday. Recep Tayyip Erdogan accused him of genocide.",
])
def test_an_object_pronoun_is_the_other_person_named_before(text: str) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == {((ERDOGAN,), (NETANYAHU,))}


@pytest.mark.parametrize("text", [
    "Recep Tayyip Erdogan accused him of genocide.",  # no one else named: the pronoun is not the subject
    "Recep Tayyip Erdogan praised Benjamin Netanyahu and accused her government of fraud.",  # a possessive
])
def test_no_pronoun_object_without_another_person_or_as_a_possessive(text: str) -> None:
    x = read(text, "en")
    assert ERDOGAN in x.entity_names()
    assert not any(NETANYAHU in targets for _, targets in x.events(EventKind.ACCUSATION))
    assert not any(ERDOGAN in targets for _, targets in x.events(EventKind.ACCUSATION))


def test_a_relative_pronoun_object() -> None:
    x = read("Britain sanctioned two commanders of Hamas, which Israel accused of orchestrating the attacks.", "en")
    assert x.events(EventKind.ACCUSATION) == {(("Israel",), ("Hamas",))}
    assert x.events(EventKind.SANCTION) == {(("United Kingdom",), ("Hamas",))}


def test_a_relative_pronoun_subject_keeps_its_reading() -> None:
    x = read("Britain sanctioned two commanders of Hamas, which accused Israel of orchestrating the attacks.", "en")
    assert x.events(EventKind.ACCUSATION) == {(("Hamas",), ("Israel",))}


def test_indonesian_object_pronoun() -> None:
    x = read("Prabowo Subianto, pengkritik Joko Widodo, menuduh dia melakukan korupsi.", "id")
    assert x.events(EventKind.ACCUSATION) == {(("Prabowo Subianto",), ("Joko Widodo",))}


@pytest.mark.parametrize("text", [
    "Chile recalled its ambassador from Lima after Peru accused it of spying.",
    "Chile said the talks had failed, and Peru accused it of bad faith.",
])
def test_a_bodys_pronoun_before_its_charge_is_the_country_named_before(text: str) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == {(("Peru",), ("Chile",))}


@pytest.mark.parametrize("text", [
    "Peru accused it of spying.",  # no one named before
    "Chile recalled its ambassador after Peru condemned it.",  # no charge: "it" may be what was done
    "Chile imposed sanctions on Bolivia, and Peru accused it of fraud.",  # Chile or Bolivia
])
def test_a_bodys_pronoun_with_no_one_before_or_no_charge_is_no_one(text: str) -> None:
    found = read(text, "en")
    assert "Peru" in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()
