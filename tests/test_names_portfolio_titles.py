"""A minister's portfolio ("Ketenagakerjaan", "Kesehatan", "Labour") is part of the title, never the first word of the
name after it; a one-word name after the title and its portfolio is the person. Without a title before it the
portfolio word stays in the name of the body it belongs to ("Kementerian Ketenagakerjaan"). Sentences and (invented)
people written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType, RelationKind

PERSON, ORGANIZATION = EntityType.PERSON.value, EntityType.ORGANIZATION.value


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("Menteri Ketenagakerjaan Wirasena tiba di Tokyo pada Senin.", "id", "Wirasena"),
    ("Menteri Ketenagakerjaan Ahmad Wirasena tiba di Tokyo pada Senin.", "id", "Ahmad Wirasena"),
    ("Menteri Informasi Ahmad Wirasena tiba di Tokyo pada Senin.", "id", "Ahmad Wirasena"),
    ("Labour Minister Wirasena arrived in Tokyo on Monday.", "en", "Wirasena"),
    ("Health Minister Ahmad Wirasena arrived in Tokyo on Monday.", "en", "Ahmad Wirasena"),
])
def test_the_portfolio_belongs_to_the_title_and_the_name_follows(text: str, lang: str, person: str) -> None:
    assert read(text, lang).types() == {person: PERSON, "Tokyo": EntityType.PLACE.value}


def test_a_portfolio_minister_of_a_country_is_its_official() -> None:
    found = read("Menteri Kesehatan Indonesia Wirasena bertemu Menteri Pertanian Jepang Kenji Tanaka di Tokyo.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Wirasena", "Indonesia"), ("Kenji Tanaka", "Jepang")}
    assert {name for name, kind in found.types().items() if kind == PERSON} == {"Wirasena", "Kenji Tanaka"}


@pytest.mark.parametrize("text", [
    "Kementerian Ketenagakerjaan Indonesia mengumumkan aturan baru di Jakarta.",
    "Badan Informasi Geospasial mengumumkan peta baru di Jakarta.",
])
def test_without_a_title_the_portfolio_stays_in_the_bodys_name(text: str) -> None:
    types = read(text, "id").types()
    assert PERSON not in types.values()
    assert [name for name, kind in types.items() if kind == ORGANIZATION] == [text.split(" mengumumkan")[0]]
