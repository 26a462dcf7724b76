"""A person the gazetteer knows by one name only ("Naruhito", "Vajiralongkorn") under a bare title (branch en11v,
issue 9): the one word is the name that stands alone, so the title's holder is the gazetteer's country of that
person, where the document names it — as for "Presiden Obama". Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "leader", "country"), [
    ("Emperor Naruhito received the new envoy on Wednesday. Japan and Chile are close partners.", "en",
     "Naruhito", "Japan"),
    ("King Vajiralongkorn received the new envoy on Wednesday. Thailand and Chile are close partners.", "en",
     "Vajiralongkorn", "Thailand"),
    ("Kaisar Naruhito menerima duta besar baru pada hari Rabu. Jepang dan Chili adalah mitra dekat.", "id",
     "Naruhito", "Jepang"),
])
def test_a_one_word_name_under_a_title_leads_its_gazetteer_country(text: str, lang: str, leader: str,
                                                                    country: str) -> None:
    assert read(text, lang).relations(RelationKind.LEADER_OF) == {(leader, country)}


def test_no_leadership_where_the_country_is_not_named() -> None:
    found = read("Emperor Naruhito received the new envoy on Wednesday. Chile is a close partner.", "en")
    assert {"Naruhito", "Chile"} <= found.entity_names()
    assert found.relations(RelationKind.LEADER_OF) == set()
