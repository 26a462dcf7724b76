"""A treaty named after two countries joined by a hyphen ("the Japan-Brazil Strategic Partnership", "Kemitraan
Strategis Jepang-Brasil") has both as parties; a hyphen joining one country to a word that names no country
("Japan-Pacific") names no party at all — not even the one country. Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "treaty", "parties"), [
    ("Japan and Brazil met in Tokyo. The Japan-Brazil Strategic Partnership was announced on Monday.", "en",
     "Japan-Brazil Strategic Partnership", ("Japan", "Brazil")),
    ("Jepang dan Brasil bertemu di Tokyo. Kemitraan Strategis Jepang-Brasil diumumkan pada hari Senin.", "id",
     "Kemitraan Strategis Jepang-Brasil", ("Jepang", "Brasil")),
])
def test_two_countries_joined_by_a_hyphen_are_the_parties(text: str, lang: str, treaty: str,
                                                          parties: tuple[str, str]) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(parties[0], treaty), (parties[1], treaty)}


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    ("Japan and Brazil met in Tokyo. The Japan-Pacific Strategic Partnership was announced on Monday.", "en",
     "Japan-Pacific Strategic Partnership"),
    ("Jepang dan Brasil bertemu di Tokyo. Kemitraan Strategis Jepang-Pasifik diumumkan pada hari Senin.", "id",
     "Kemitraan Strategis Jepang-Pasifik"),
])
def test_a_country_hyphened_to_a_word_naming_no_country_is_no_party(text: str, lang: str, treaty: str) -> None:
    found = read(text, lang)
    assert treaty in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
