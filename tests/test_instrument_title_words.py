"""Words inside an instrument's title: a preposition of ``title_prepositions`` after the head that opens an
Indonesian title ("Perjanjian Komprehensif dan Progresif untuk Kemitraan Trans-Pasifik", "Konvensi PBB tentang
Hukum Laut") — not before a known name ("Perjanjian Paris untuk Indonesia"); a word that alone is no name opening a
title of capitalised words ("the North Atlantic Treaty") — not a preposition before its article ("Under the Osaka
Accord"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "party", "treaty"), [
    ("Vietnam meratifikasi Perjanjian Komprehensif dan Progresif untuk Kemitraan Trans-Pasifik pada 2018.", "id",
     "Vietnam", "Perjanjian Komprehensif dan Progresif untuk Kemitraan Trans-Pasifik"),
    ("Vietnam meratifikasi Konvensi Maritim tentang Hukum Laut pada 1994.", "id", "Vietnam",
     "Konvensi Maritim tentang Hukum Laut"),
    ("Finland acceded to the North Atlantic Treaty in April.", "en", "Finland", "North Atlantic Treaty"),
])
def test_a_title_keeps_its_inner_and_first_words(text: str, lang: str, party: str, treaty: str) -> None:
    assert read(text, lang).relations(RelationKind.TREATY_PARTY) == {(party, treaty)}


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Vietnam meratifikasi Perjanjian Paris untuk Indonesia.", "id", {"Perjanjian Paris", "Indonesia"}),
    ("Under the Osaka Accord, Chile signed the Lima Treaty.", "en", {"Osaka Accord", "Lima Treaty"}),
])
def test_a_known_name_or_an_article_ends_the_title(text: str, lang: str, names: set[str]) -> None:
    assert names <= read(text, lang).entity_names()
