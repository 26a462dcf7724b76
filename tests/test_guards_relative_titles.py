"""A relative clause after an apposed title tells the person's past or doings, not whom the title serves:
"X, an adviser who worked in Japan, said …" gives no office in Japan; the title's own holder still counts ("X,
the foreign minister of Brazil, said …"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "person", "place"), [
    ("Celso Amorim, an adviser who worked in Japan, said the talks would resume.", "en", "Celso Amorim", "Japan"),
    ("Budi Santoso, penasihat yang pernah bekerja di Jepang, mengatakan perundingan akan dilanjutkan.", "id",
     "Budi Santoso", "Jepang"),
])
def test_a_relative_clause_names_no_holder_of_the_title(text: str, lang: str, person: str, place: str) -> None:
    found = read(text, lang)
    assert place in found.entity_names()
    assert found.events(EventKind.STATEMENT) == {((person,), ())}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert found.relations(RelationKind.LEADER_OF) == set()


@pytest.mark.parametrize(("text", "lang", "office"), [
    ("Celso Amorim, the foreign minister of Brazil, said the talks would resume.", "en", ("Celso Amorim", "Brazil")),
    ("Budi Santoso, menteri luar negeri Indonesia, mengatakan perundingan akan dilanjutkan.", "id",
     ("Budi Santoso", "Indonesia")),
])
def test_an_apposed_title_names_its_holder(text: str, lang: str, office: tuple[str, str]) -> None:
    assert read(text, lang).relations(RelationKind.OFFICIAL_OF) == {office}
