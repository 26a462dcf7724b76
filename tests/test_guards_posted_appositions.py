"""A post in apposition ("The Chilean Ambassador to Japan, Maria Costa", "Duta Besar Chili untuk Jepang, Maria
Costa") names its holder in the title's own noun phrase; a country named earlier in the sentence, outside that
phrase ("Chile thanked the Ambassador to Japan, …"), holds no post of the person. Sentences and names written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "holder"), [
    ("The Chilean Ambassador to Japan, Maria Costa, arrived on Monday.", "en", "Chile"),
    ("Duta Besar Chili untuk Jepang, Maria Costa, tiba pada hari Senin.", "id", "Chili"),
])
def test_the_holder_in_the_titles_phrase_is_the_posts_country(text: str, lang: str, holder: str) -> None:
    assert read(text, lang).relations(RelationKind.OFFICIAL_OF) == {("Maria Costa", holder)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile thanked the Ambassador to Japan, Maria Costa, on Monday.", "en"),
    ("Chile said on Monday that the Ambassador to Japan, Maria Costa, would return.", "en"),
    ("Chili berterima kasih kepada Duta Besar untuk Jepang, Maria Costa, pada hari Senin.", "id"),
    ("Chili mengatakan pada hari Senin bahwa Duta Besar untuk Jepang, Maria Costa, akan kembali.", "id"),
])
def test_a_country_named_before_the_titles_phrase_holds_no_post(text: str, lang: str) -> None:
    found = read(text, lang)
    assert {"Maria Costa", "Chile" if lang == "en" else "Chili"} <= found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert found.relations(RelationKind.LEADER_OF) == set()
