""""Ana Ruiz visited the capital Lima", "mengunjungi kota Surabaya": a place noun right before the name, with no "of"
between, is skipped as a word of the phrase and leaves the name the destination — only "city of", "capital of" are
skipped as a whole (``view._place_noun_of``), issue 9 (branch mut15). A place noun with no name after it names no
destination. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Ana Ruiz visited the capital Lima on Monday.", "en", "Lima"),
    ("Ana Ruiz mengunjungi kota Surabaya pada hari Senin.", "id", "Surabaya"),
    ("Ana Ruiz tiba di kota Surabaya pada hari Senin.", "id", "Surabaya"),
    # "capital of" as a whole: the capital words are place nouns too (mut16, seed 191's siblings)
    ("Ana Ruiz visited the capital of Peru on Monday.", "en", "Peru"),
    ("Ana Ruiz mengunjungi ibu kota Peru pada hari Senin.", "id", "Peru"),
])
def test_the_name_after_a_place_noun_without_of_is_the_destination(text: str, lang: str, place: str) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {(("Ana Ruiz",), (place,))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Ana Ruiz visited the capital on Monday.", "en"),
    ("Ana Ruiz mengunjungi kota itu pada hari Senin.", "id"),
])
def test_a_place_noun_with_no_name_after_it_names_no_destination(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Ana Ruiz" in found.entity_names()
    assert found.events(EventKind.VISIT) == set()
