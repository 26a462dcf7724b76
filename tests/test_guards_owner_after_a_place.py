""""Ana Ruiz met Marta Vidal in Lima, Chile's foreign ministry said": a country after a place and a comma only places
the place ("in Lima, Peru, on Monday") — unless a possessive follows it: then it owns what speaks
(``view._locative_apposition``), issue 9 (branch mut15). English: Indonesian names the owner after the noun
("kementerian luar negeri Chile"). Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

MET = (("Ana Ruiz", "Marta Vidal"), ())


def test_a_country_owning_the_speaker_after_a_place_and_a_comma_makes_the_statement() -> None:
    found = read("Ana Ruiz met Marta Vidal in Lima, Chile's foreign ministry said.", "en")
    assert found.events(EventKind.MEETING) == {MET}
    assert found.events(EventKind.STATEMENT) == {(("Chile",), ())}


def test_a_country_placing_the_place_before_it_says_nothing() -> None:
    found = read("Ana Ruiz met Marta Vidal in Lima, Peru, on Monday.", "en")
    assert "Peru" in found.entity_names()
    assert found.events(EventKind.MEETING) == {MET}
    assert found.events(EventKind.STATEMENT) == set()
