"""A word that opens a signing or joining phrase but stands alone earlier in the sentence ("party" of "party to",
"menjadi" of "menjadi pihak") does not end the search: the signing verb after it still makes its subjects parties of
the treaty (``TreatyParties._treaty_parties``, mut18, seed 193). Both languages; sentences written for these tests.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

SIGNED = {
    "en": "As the party ended, Chile and Peru signed the Treaty of Lima.",
    "id": "Chile menjadi tuan rumah dan menandatangani Perjanjian Lima dengan Peru.",
}
DISCUSSED = {
    "en": "As the party ended, Chile and Peru discussed the Treaty of Lima.",
    "id": "Chile menjadi tuan rumah dan membahas Perjanjian Lima dengan Peru.",
}
TREATY = {"en": "Treaty of Lima", "id": "Perjanjian Lima"}
CHILE = {"en": "Chile", "id": "Chili"}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_signing_verb_after_a_lone_opener_word_makes_parties(lang: str) -> None:
    x = read(SIGNED[lang], lang)
    assert x.relations(RelationKind.TREATY_PARTY) == {(CHILE[lang], TREATY[lang]), ("Peru", TREATY[lang])}
    assert x.events(EventKind.AGREEMENT) == {((CHILE[lang], "Peru"), ())}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_treaty_discussed_after_a_lone_opener_word_has_no_parties(lang: str) -> None:
    x = read(DISCUSSED[lang], lang)
    assert {CHILE[lang], "Peru", TREATY[lang]} <= x.entity_names()
    assert not x.relations(RelationKind.TREATY_PARTY)
