""""Juru bicara WHO Indonesia, Ana Ruiz, …": the title before a name that two adjacent mentions follow (a body, then
the country of its office) reaches across both to the person after the comma (``view._titled`` walks back over
adjacent mentions to the title), issue 9 (branch mut15, seed 181). Without a title the person holds no office.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

CASES = {
    "en": ("A spokesperson for WHO Indonesia, Ana Ruiz, said Chile accused Peru.", "World Health Organization"),
    "id": ("Juru bicara WHO Indonesia, Ana Ruiz, mengatakan Chile menuduh Peru.", "Organisasi Kesehatan Dunia"),
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_title_before_a_body_and_its_country_is_the_person_s_office(lang: str) -> None:
    text, who = CASES[lang]
    found = read(text, lang)
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", who)}
    assert (("Ana Ruiz",), ()) in found.events(EventKind.STATEMENT)


def test_no_title_before_the_body_is_no_office() -> None:
    found = read("A friend of WHO Indonesia, Ana Ruiz, said Chile accused Peru.", "en")
    assert "Ana Ruiz" in found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
