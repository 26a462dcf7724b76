"""A one-word name followed by a title set off by commas is the title's holder also when the title is held for a body
no gazetteer knows (branch fix16): "Velmaro, the chairman of the Andean Fisheries Council, visited Lima" / "Velmaro,
ketua Dewan Perikanan Andes, mengunjungi Tokyo" — the body's capitalised words lead to the closing comma as a known
name's do ("Velmaro, the president of the Philippines, …"). Without a title, or with a clause after the title in
place of the closing comma, the one word is no person. Both languages; sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "body", "place"), [
    ("Velmaro, the chairman of the Andean Fisheries Council, visited Lima.", "en", "Andean Fisheries Council", "Lima"),
    ("Velmaro, ketua Dewan Perikanan Andes, mengunjungi Tokyo.", "id", "Dewan Perikanan Andes", "Tokyo"),
])
def test_the_holder_of_a_title_of_an_unknown_body_is_a_person(text: str, lang: str, body: str, place: str) -> None:
    found = read(text, lang)
    assert found.types()["Velmaro"] == "Person"
    assert found.events(EventKind.VISIT) == {(("Velmaro",), (place,))}
    assert found.relations(RelationKind.LEADER_OF) == {("Velmaro", body)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Velmaro, the chairman of the Andean Fisheries Council said on Monday, visited Lima.", "en"),
    ("Velmaro, the council, visited Lima.", "en"),
    ("Velmaro, ketua dewan itu, mengunjungi Tokyo.", "id"),
])
def test_no_closing_comma_after_a_title_makes_no_holder(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Velmaro" not in found.entity_names()
    assert found.events(EventKind.VISIT) == set()
