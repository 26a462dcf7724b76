"""Guards of the definite noun of an organisation's kind that refers back (``kg.extract.anaphora._kind_anaphor``,
``_group_opening``), pinned by minimal pairs (branch mut21): the organisation may open the earliest of the two
sentences before ("Hamas held a rally … . Chile met Peru … . The group denied …"), not one further back; the kind
noun opening a sentence is also the subject of a verb coordinated later ("The militant group denied it and accused
Peru …", "Lembaga think tank itu membantah … dan menuduh Peru …": four words before the verb), an indefinite one is
not. English and Indonesian. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Hamas held a rally in Gaza. Chile met Peru in Lima. The group denied the charge.", "en"),
    ("Hamas menggelar unjuk rasa di Gaza. Chile bertemu Peru di Lima. Kelompok itu membantah tuduhan tersebut.", "id"),
])
def test_an_organisation_opening_the_earliest_sentence_is_referred_to(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.DENIAL) == {(("Hamas",), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Hamas held a rally in Gaza. Chile met Peru in Lima. Peru met Bolivia in La Paz. The group denied the charge.",
     "en"),
    ("Hamas menggelar unjuk rasa di Gaza. Chile bertemu Peru di Lima. Peru bertemu Bolivia di La Paz. Kelompok itu "
     "membantah tuduhan tersebut.", "id"),
])
def test_an_organisation_three_sentences_back_is_not(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Hamas" in found.entity_names()
    assert found.events(EventKind.DENIAL) == set()


@pytest.mark.parametrize(("text", "lang", "accuser"), [
    ("Chile accused Hamas of the attack. The militant group denied it and accused Peru of lying.", "en", "Chile"),
    ("Chile menuduh Hamas mendalangi serangan itu. Lembaga think tank itu membantah tuduhan itu dan menuduh Peru "
     "berbohong.", "id", "Chili"),
])
def test_the_kind_noun_is_the_subject_of_a_coordinated_verb(text: str, lang: str, accuser: str) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {((accuser,), ("Hamas",)), (("Hamas",), ("Peru",))}


@pytest.mark.parametrize(("text", "lang", "accuser"), [
    ("Chile accused Hamas of the attack. A militant group denied it and accused Peru of lying.", "en", "Chile"),
    ("Chile menuduh Hamas mendalangi serangan itu. Sebuah lembaga think tank membantah tuduhan itu dan menuduh Peru "
     "berbohong.", "id", "Chili"),
])
def test_an_indefinite_kind_noun_refers_to_no_one(text: str, lang: str, accuser: str) -> None:
    found = read(text, lang)
    assert "Peru" in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == {((accuser,), ("Hamas",))}
