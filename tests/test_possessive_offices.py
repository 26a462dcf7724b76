"""An official title after a possessive determiner ("his spokesman X", "Its spokesman, X,") is an office of whom the
determiner refers to — the name its sentence, else the sentence before, opens with: a person's (his, her) people
serve what that person leads; a body's (its: ``pronouns.body_possessive``) serve the country or body. A determiner
of the wrong kind ("his" after a country), or a person who leads nothing named, gives no office. Issue 9 (branch
en15a). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "office"), [
    ("President Gabriel Boric of Chile condemned the attack, his spokesman Juan Perez told reporters.",
     ("Juan Perez", "Chile")),
    ("President Gabriel Boric of Chile condemned the attack. His spokesman, Juan Perez, told reporters so.",
     ("Juan Perez", "Chile")),
    ("Chile's government denied the claim by Peru. Its spokesman, Juan Perez, accused Lima of lying.",
     ("Juan Perez", "Chile")),
])
def test_a_possessive_title_is_an_office_of_the_referent(text: str, office: tuple[str, str]) -> None:
    assert read(text, "en").relations(RelationKind.OFFICIAL_OF) == {office}


@pytest.mark.parametrize("text", [
    "Chile denied the claim by Peru. His spokesman, Juan Perez, accused Lima of lying.",  # "his" is no country's
    "President Gabriel Boric of Chile denied it. Its spokesman Juan Perez said so.",  # "its" is no person's
    "Ana Ruiz condemned the attack, her spokesman Juan Perez told reporters in Chile.",  # Ruiz leads nothing
])
def test_a_determiner_of_another_kind_or_no_leadership_gives_no_office(text: str) -> None:
    found = read(text, "en")
    assert "Juan Perez" in found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


@pytest.mark.parametrize("text", [
    "President Gabriel Boric of Chile met Ana Ruiz. Boric's spokesman Juan Perez said the talks went well.",
    "President Gabriel Boric of Chile met Ana Ruiz, and Boric's national security adviser, Juan Perez, joined them.",
])
def test_a_title_after_a_named_persons_possessive_is_an_office_of_what_they_lead(text: str) -> None:
    assert ("Juan Perez", "Chile") in read(text, "en").relations(RelationKind.OFFICIAL_OF)


@pytest.mark.parametrize("text", [
    "Ana Ruiz met Gabriel Boric in Chile. Ruiz's spokesman Juan Perez said the talks went well.",  # Ruiz leads nothing
    "President Gabriel Boric of Chile met Ana Ruiz. Boric's lawyer Juan Perez said the talks went well.",  # no title
])
def test_a_named_possessor_who_leads_nothing_or_no_title_gives_no_office(text: str) -> None:
    found = read(text, "en")
    assert "Juan Perez" in found.entity_names()
    assert not {office for office in found.relations(RelationKind.OFFICIAL_OF) if office[0] == "Juan Perez"}
