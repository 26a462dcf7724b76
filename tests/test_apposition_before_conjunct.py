"""A name set off by commas right before a coordinated verb closes the first verb's object; the verb after "and"
shares the first clause's subject: in "Canada imposed sanctions on Peru's state airline, Aero Andino, and
designated two Peruvian generals" Canada designates, not the airline. Both languages ("dan" in Indonesian); a name
that opens its own clause after "and" still speaks for itself. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "canada"), [
    ("Canada on Monday imposed sanctions on Peru's central bank, the Banco Andino, and designated two officials "
     "of the Peruvian government.", "en", "Canada"),
    ("Kanada pada Senin membekukan aset bank sentral Peru, Banco Andino, dan menjatuhkan sanksi terhadap dua "
     "pejabat pemerintah Peru.", "id", "Kanada"),
])
def test_the_coordinated_verb_keeps_the_first_subject(text: str, lang: str, canada: str) -> None:
    sanctions = read(text, lang).events(EventKind.SANCTION)
    assert ((canada,), ("Banco Andino",)) in sanctions
    assert ((canada,), ("Peru",)) in sanctions
    assert not any(agent == ("Banco Andino",) for agent, _ in sanctions)


@pytest.mark.parametrize(("text", "lang", "chile"), [
    ("Canada imposed sanctions on Peru's central bank, and Chile designated two officials of the Peruvian "
     "government.", "en", "Chile"),
    ("Kanada membekukan aset bank sentral Peru, dan Chile menjatuhkan sanksi terhadap dua pejabat pemerintah "
     "Peru.", "id", "Chili"),
])
def test_a_name_opening_the_second_clause_is_its_subject(text: str, lang: str, chile: str) -> None:
    sanctions = read(text, lang).events(EventKind.SANCTION)
    assert ((chile,), ("Peru",)) in sanctions
