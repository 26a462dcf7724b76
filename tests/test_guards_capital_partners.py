"""A capital named as the partner of a signing ("signed … with Canberra") stands for its country when the text
names that country, as a capital does as any agent: the treaty's parties and the agreement are the countries'.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

TEXTS = {
    "en": ("Australia and Brazil met on Monday. Brazil signed a free trade agreement with Canberra.",
           "Brazil", "free trade agreement"),
    "id": ("Australia dan Brasil bertemu pada Senin. Brasil menandatangani perjanjian perdagangan bebas dengan "
           "Canberra.", "Brasil", "perjanjian perdagangan bebas"),
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_capital_signing_partner_is_its_country(lang: str) -> None:
    text, brazil, treaty = TEXTS[lang]
    found = read(text, lang)
    assert "Canberra" in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == {(brazil, treaty), ("Australia", treaty)}
    assert found.events(EventKind.AGREEMENT) == {(tuple(sorted(("Australia", brazil))), ())}
