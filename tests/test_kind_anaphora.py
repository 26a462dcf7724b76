"""A definite noun of an organisation's kind with no name of its own — "the group", "the armed group", "the
company", "kelompok itu", "kelompok bersenjata tersebut" — as a clause's subject refers to the organisation named
last in its sentence or the two before: "(Chile accused Hamas of the attack.) The group denied any role" is Hamas's
denial. Not an indefinite noun ("a group", "sebuah kelompok"), not a group "of" something, not a country, not an
organisation named further back."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

ACCUSED = "Chile accused Hamas of the attack on the embassy. "
DITUDUH = "Chile menuduh Hamas mendalangi serangan terhadap kedutaan itu. "


@pytest.mark.parametrize(("text", "lang"), [
    (ACCUSED + "The group denied any role.", "en"),
    (ACCUSED + "The militant group denied any role in a statement.", "en"),
    (ACCUSED + "The armed group rejected the charge.", "en"),
    (DITUDUH + "Kelompok itu membantah tuduhan tersebut.", "id"),
    (DITUDUH + "Kelompok bersenjata tersebut membantah tuduhan itu.", "id"),
])
def test_a_definite_kind_noun_is_the_organisation_named_before(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.DENIAL) == {(("Hamas",), ())}


@pytest.mark.parametrize(("text", "lang"), [
    (ACCUSED + "The group said it had not been near the embassy.", "en"),
    (DITUDUH + "Kelompok itu mengatakan tidak berada di dekat kedutaan.", "id"),
])
def test_the_kind_noun_speaks_for_the_organisation(text: str, lang: str) -> None:
    assert (("Hamas",), ()) in read(text, lang).events(EventKind.STATEMENT)


@pytest.mark.parametrize(("text", "lang"), [
    (ACCUSED + "A group of students denied the charge.", "en"),  # indefinite
    (ACCUSED + "The group of students denied the charge.", "en"),  # the subject is the students
    (DITUDUH + "Sebuah kelompok membantah tuduhan itu.", "id"),  # indefinite
    (DITUDUH + "Kelompok mahasiswa membantah tuduhan itu.", "id"),  # no demonstrative: not a reference
    ("Chile accused Peru of the attack on the embassy. The group denied the charge.", "en"),  # no organisation
    ("Hamas held a rally in Gaza. Chile met Peru in Lima. Peru met Bolivia in La Paz. Bolivia met Chile in Quito. "
     "The group denied the charge.", "en"),  # named three sentences back
])
def test_no_organisation_to_refer_to_gives_no_denial_by_it(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.DENIAL) == set()


def test_the_organisation_named_last_is_the_one_referred_to() -> None:
    text = ("Chile accused Hamas of the attack, and Peru blamed Hezbollah for the fire at its consulate. "
            "The group denied any role.")
    assert read(text, "en").events(EventKind.DENIAL) == {(("Hezbollah",), ())}


def test_the_bloc_is_the_organisation_named_before() -> None:
    text = "The European Union imposed sanctions on Belarus. The bloc also imposed sanctions on Iran."
    assert (("European Union",), ("Iran",)) in read(text, "en").events(EventKind.SANCTION)


def test_the_alliance_is_the_organisation_named_before() -> None:
    text = "The European Union met in Madrid. The alliance accused Russia of sabotage."
    assert read(text, "en").events(EventKind.ACCUSATION) == {(("European Union",), ("Russia",))}


def test_the_bloc_with_no_organisation_named_before_is_no_one() -> None:
    found = read("Chile and Peru met in Lima. The bloc accused Russia of sabotage.", "en")
    assert found.events(EventKind.ACCUSATION) == set()
