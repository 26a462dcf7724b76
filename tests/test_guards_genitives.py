"""English genitives around a name: "X, Brazil's foreign minister," is X's office, while "X and Brazil's foreign
minister" names two people and gives X no office; a sanction "on Iran's … Revolutionary Guard" is on the body
named after the possessive and a few lowercase modifiers, not on the country. Indonesian has no such genitive
("menteri luar negeri Brasil" is a title before its country, tested in tests/test_guards_titles.py). Sentences
and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


def test_a_genitive_title_apposed_to_a_name_is_its_office() -> None:
    found = read("Maria Costa, Brazil's foreign minister, arrived in Tokyo.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Maria Costa", "Brazil")}
    assert found.relations(RelationKind.LEADER_OF) == set()
    assert found.events(EventKind.VISIT) == {(("Maria Costa",), ("Tokyo",))}


def test_a_genitive_leader_title_apposed_to_a_name_makes_a_leader() -> None:
    found = read("Maria Costa, Brazil's president, arrived in Tokyo.", "en")
    assert found.relations(RelationKind.LEADER_OF) == {("Maria Costa", "Brazil")}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_a_genitive_title_joined_to_a_name_by_and_is_another_person_s_office() -> None:
    """ "Maria Costa and Brazil's foreign minister met": the minister is someone else, Maria Costa holds no office
    (the meeting is hers and Brazil's: the minister acts for the country)."""
    found = read("Maria Costa and Brazil's foreign minister met in Tokyo.", "en")
    assert found.entity_names() == {"Maria Costa", "Brazil", "Tokyo"}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert found.relations(RelationKind.LEADER_OF) == set()


@pytest.mark.parametrize("modifiers", ["elite", "powerful elite", "powerful elite naval"])
def test_a_sanction_on_a_countrys_body_named_after_modifiers_is_on_the_body(modifiers: str) -> None:
    found = read(f"The United States imposed sanctions on Iran's {modifiers} Revolutionary Guard.", "en")
    assert found.events(EventKind.SANCTION) == {(("United States of America",), ("Revolutionary Guard",))}


def test_a_sanction_on_a_countrys_unnamed_bodies_is_on_the_country() -> None:
    found = read("The European Union imposed sanctions on Russia's three largest state banks.", "en")
    assert found.events(EventKind.SANCTION) == {(("European Union",), ("Russia",))}
