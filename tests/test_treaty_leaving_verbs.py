"""Leaving, suspending or breaking an instrument names it: "suspended the inter-Korean military agreement",
"menangguhkan sepenuhnya perjanjian militer antar-Korea", "withdrew from the grain export deal" make a Treaty of
the common noun after the verb, and no party of the one who leaves it; a bare "the deal" refers back and names
no new instrument. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "actor", "treaty"), [
    ("South Korea suspended the inter-Korean military agreement on Tuesday.", "en", "South Korea",
     "inter-Korean military agreement"),
    ("Russia withdrew from the grain export deal in July.", "en", "Russia", "grain export deal"),
    ("Korea Selatan menangguhkan sepenuhnya perjanjian militer antar-Korea tahun 2018 pada Selasa.", "id",
     "Korea Selatan", "perjanjian militer antar-Korea"),
    ("Rusia keluar dari perjanjian ekspor gandum pada Juli.", "id", "Rusia", "perjanjian ekspor gandum"),
])
def test_an_instrument_left_is_named_and_has_no_party(text: str, lang: str, actor: str, treaty: str) -> None:
    found = read(text, lang)
    assert found.types().get(treaty) == "Treaty"
    assert actor in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
    assert found.events(EventKind.AGREEMENT) == set()


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Russia withdrew from the deal in July.", "en", {"Russia"}),
    ("Rusia keluar dari perjanjian itu pada Juli.", "id", {"Rusia"}),
])
def test_a_bare_noun_after_a_leaving_verb_names_no_instrument(text: str, lang: str, names: set[str]) -> None:
    assert read(text, lang).entity_names() == names
