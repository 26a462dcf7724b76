"""A title marked "former" / "mantan" is no office held now; "former" elsewhere in the text (another person's
title later in the sentence, or in the next sentence) leaves the title before it an office. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


def _roles(text: str, lang: str) -> set[tuple[str, str, str]]:
    found = read(text, lang)
    return {(r.kind.value, found.names[r.subject], found.names[r.object]) for r in found.extraction.relations}


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Ahmad Wirasena, Indonesia's foreign minister, praised the former ambassador.", "en", "Indonesia"),
    ("Ahmad Wirasena, Indonesia's foreign minister, said the talks went well. The former ambassador agreed.", "en",
     "Indonesia"),
    ("Ahmad Wirasena, menteri luar negeri Indonesia, memuji mantan duta besar itu.", "id", "Indonesia"),
])
def test_former_after_the_title_leaves_it_an_office(text: str, lang: str, country: str) -> None:
    assert _roles(text, lang) == {(RelationKind.OFFICIAL_OF.value, "Ahmad Wirasena", country)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Ahmad Wirasena, Indonesia's former foreign minister, praised the ambassador.", "en"),
    ("Ahmad Wirasena, mantan menteri luar negeri Indonesia, memuji duta besar itu.", "id"),
])
def test_a_former_title_is_no_office(text: str, lang: str) -> None:
    found = read(text, lang)
    assert {"Ahmad Wirasena", "Indonesia"} <= found.entity_names()
    assert _roles(text, lang) == set()
