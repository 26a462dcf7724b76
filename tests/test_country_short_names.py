"""A country named again by the last word of the name the document gave it ("Republik Demokratik Kongo … Presiden
Kongo X", "the Democratic Republic of Congo … Congo's army") is that country, merged with it — not a person, not a
second node. Without the full name before it, the word is not made a country (the gazetteer drops such short
names: "Congo" and "Korea" are two countries' each). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType

DR_CONGO = "Q974"


@pytest.mark.parametrize(("text", "lang", "short"), [
    ("Pemerintah Republik Demokratik Kongo menuduh Rwanda mempersenjatai pemberontak. Presiden Kongo Félix "
     "Tshisekedi berbicara di depan parlemen.", "id", "Kongo"),
    ("The council renewed its sanctions on the Democratic Republic of Congo. Speaking for Congo, Ambassador "
     "Zenon Mukongo said the vote was welcome.", "en", "Congo"),
])
def test_the_last_word_of_a_named_country_names_it_again(text: str, lang: str, short: str) -> None:
    entities = read(text, lang).extraction.entities
    congo = [e for e in entities if e.qid == DR_CONGO]
    assert len(congo) == 1 and congo[0].type is EntityType.COUNTRY and short in congo[0].aliases
    assert not [e for e in entities if e.name == short]  # no person, no second node


@pytest.mark.parametrize(("text", "lang", "short"), [
    ("Presiden Kongo Félix Tshisekedi berbicara di depan parlemen.", "id", "Kongo"),
    ("Speaking for Congo, Ambassador Zenon Mukongo said the vote was welcome.", "en", "Congo"),
])
def test_a_short_name_no_country_of_the_document_ends_in_is_no_country(text: str, lang: str, short: str) -> None:
    entities = read(text, lang).extraction.entities
    assert not [e for e in entities if e.type is EntityType.COUNTRY and short in (e.name, *e.aliases)]
