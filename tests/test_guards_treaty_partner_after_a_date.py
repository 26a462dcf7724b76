""" "X signed T on Monday with Y": the partner named after the treaty may follow a day's phrase — the preposition
"with"/"dengan" is looked for a few words on (``TreatyParties._treaty_parties``' window, mut18: a sibling of seed
193's 41); a partner named after a blocking phrase is none. Both languages; sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

SIGNED = {
    "en": ("Chile signed the Treaty of Lima on Monday with Peru.", "Chile", "Treaty of Lima"),
    "id": ("Chile menandatangani Perjanjian Lima pada Senin dengan Peru.", "Chili", "Perjanjian Lima"),
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_partner_after_the_day_signs_too(lang: str) -> None:
    text, chile, treaty = SIGNED[lang]
    x = read(text, lang)
    assert x.relations(RelationKind.TREATY_PARTY) == {(chile, treaty), ("Peru", treaty)}
    assert x.events(EventKind.AGREEMENT) == {((chile, "Peru"), ())}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_name_after_the_day_without_with_is_no_party(lang: str) -> None:
    text, chile, treaty = SIGNED[lang]
    x = read(text.replace(" with Peru", " in Peru").replace(" dengan Peru", " di Peru"), lang)
    assert "Peru" in x.entity_names()
    assert x.relations(RelationKind.TREATY_PARTY) == {(chile, treaty)}
