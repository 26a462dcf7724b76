"""An instrument named as made together ("a joint declaration", "deklarasi bersama": ``joint_modifiers``) that two
parties adopt was agreed between them, as one they sign is; adopting one not so named only makes each a party. Its
topic may join two words ("on security and defence", "tentang keamanan dan pertahanan"), not a verb of the clause
("… and agreed to …") nor a second instrument ("… dan perjanjian ekstradisi"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "sides", "name"), [
    ("Chile and Peru adopted a joint declaration on security and defence in Lima.", "en", ("Chile", "Peru"),
     "joint declaration on security and defence"),
    ("Indonesia dan Vietnam mengadopsi deklarasi bersama tentang keamanan dan pertahanan di Hanoi.", "id",
     ("Indonesia", "Vietnam"), "deklarasi bersama tentang keamanan dan pertahanan"),
])
def test_adopting_a_joint_instrument_is_an_agreement(text: str, lang: str, sides: tuple[str, str],
                                                      name: str) -> None:
    found = read(text, lang)
    assert found.types().get(name) == "Treaty"
    assert found.relations(RelationKind.TREATY_PARTY) == {(side, name) for side in sides}
    assert found.events(EventKind.AGREEMENT) == {(sides, ())}


@pytest.mark.parametrize(("text", "lang", "sides", "name"), [
    ("Chile and Peru adopted a declaration on security in Lima.", "en", ("Chile", "Peru"),
     "declaration on security"),
    ("Indonesia dan Vietnam mengadopsi deklarasi tentang keamanan di Hanoi.", "id", ("Indonesia", "Vietnam"),
     "deklarasi tentang keamanan"),
])
def test_adopting_an_instrument_not_named_joint_makes_parties_only(text: str, lang: str, sides: tuple[str, str],
                                                                   name: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(side, name) for side in sides}
    assert found.events(EventKind.AGREEMENT) == set()


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Chile and Peru signed a memorandum on energy cooperation and agreed to hold talks.", "en",
     "memorandum on energy cooperation"),
    ("Indonesia dan Vietnam menandatangani nota kesepahaman tentang perdagangan dan perjanjian ekstradisi.", "id",
     "nota kesepahaman tentang perdagangan"),
])
def test_a_topic_does_not_take_in_a_verb_or_a_second_instrument(text: str, lang: str, name: str) -> None:
    found = read(text, lang)
    assert name in {t for _, t in found.relations(RelationKind.TREATY_PARTY)}
