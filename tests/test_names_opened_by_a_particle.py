"""A name opened by a capitalised particle written apart ("El", "Al", "Abu", "Van" … the language's
``name_connectors``) keeps it: "El Geneina", "Abu Zaid al-Karim" — not "Geneina", "Zaid al-Karim". Lower case, the
particle is glue inside a name ("Faisal bin Farhan"), and before a word that is no name it opens none ("De facto").
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType


@pytest.mark.parametrize(("text", "lang", "name", "kind"), [
    ("Rebels shelled a camp in El Geneina, Sudan, on Monday.", "en", "El Geneina", EntityType.PLACE),
    ("Pemberontak menembaki kamp di El Geneina, Sudan, pada Senin.", "id", "El Geneina", EntityType.PLACE),
    ("Militia commander Abu Zaid al-Karim said the group would respond.", "en", "Abu Zaid al-Karim",
     EntityType.PERSON),
    ("Menurut Abu Zaid al-Karim, kelompok itu akan membalas.", "id", "Abu Zaid al-Karim", EntityType.PERSON),
])
def test_a_capitalised_particle_opens_the_name_after_it(text: str, lang: str, name: str, kind: EntityType) -> None:
    entities = {e.name: e.type for e in read(text, lang).extraction.entities}
    assert entities.get(name) is kind
    assert name.split(" ", 1)[1] not in entities  # not cut after the particle


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Saudi Foreign Minister Faisal bin Farhan met Rubio in Riyadh.", "en",
     {"Saudi Arabia", "Faisal bin Farhan", "Rubio", "Riyadh"}),
    ("Menteri Luar Negeri Saudi Faisal bin Farhan bertemu Rubio di Riyadh.", "id",
     {"Arab Saudi", "Faisal bin Farhan", "Rubio", "Riyadh"}),
    ("De facto rulers of the region said the talks would resume.", "en", set()),
])
def test_a_particle_in_lower_case_or_before_no_name_opens_none(text: str, lang: str, names: set[str]) -> None:
    assert read(text, lang).entity_names() == names
