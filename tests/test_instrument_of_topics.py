"""What an English instrument is "of" names it, as its topic after "on" does: "signed a declaration of principles",
"a treaty of friendship"; not an article after "of" ("a treaty of the century" names none). Indonesian writes the
topic after the head without a preposition ("deklarasi prinsip"), read as modifiers. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Chile and Peru signed a declaration of principles in Lima.", "en", "declaration of principles"),
    ("Chile and Peru signed a treaty of friendship in Lima.", "en", "treaty of friendship"),
    ("Indonesia dan Vietnam menandatangani deklarasi prinsip di Hanoi.", "id", "deklarasi prinsip"),
])
def test_an_instrument_of_a_topic_is_named(text: str, lang: str, name: str) -> None:
    found = read(text, lang)
    sides = {"Chile", "Peru"} if lang == "en" else {"Indonesia", "Vietnam"}
    assert found.relations(RelationKind.TREATY_PARTY) == {(side, name) for side in sides}


def test_an_article_after_of_names_no_instrument() -> None:
    found = read("Chile and Peru signed a treaty of the century.", "en")
    assert {"Chile", "Peru"} <= found.entity_names()
    assert "Treaty" not in found.types().values()
