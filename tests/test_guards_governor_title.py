"""A governor ("gubernur", "governor") is an official's title before a name: a governor of a bank or a province
named before the person is the person's office, never part of one organisation's name. Sentences and (invented)
officials written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType, RelationKind

OFFICIAL = RelationKind.OFFICIAL_OF


@pytest.mark.parametrize(("text", "lang"), [
    ("Gubernur Bank Indonesia Ahmad Wirasena mengatakan rupiah tetap stabil.", "id"),
    ("Bank Indonesia Governor Ahmad Wirasena said the rupiah remained stable.", "en"),
])
def test_a_governor_of_a_bank_is_an_official_of_that_bank(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.types() == {"Bank Indonesia": EntityType.ORGANIZATION.value,
                             "Ahmad Wirasena": EntityType.PERSON.value}
    assert found.relations(OFFICIAL) == {("Ahmad Wirasena", "Bank Indonesia")}


def test_a_governor_of_a_province_is_a_person_after_the_province() -> None:
    found = read("Gubernur Jawa Barat Ahmad Wirasena bertemu Duta Besar Jepang di Bandung.", "id")
    assert found.types()["Ahmad Wirasena"] == EntityType.PERSON.value
    assert found.entity_names() == {"Jawa Barat", "Ahmad Wirasena", "Jepang", "Bandung"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Para gubernur bank sentral Asia bertemu di Tokyo pada Senin.", "id"),
    ("Central bank governors from Asia met in Tokyo on Monday.", "en"),
])
def test_governors_named_by_no_one_give_no_person(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Tokyo" in found.entity_names()
    assert EntityType.PERSON.value not in found.types().values()
    assert found.relations(OFFICIAL) == set()
