"""Mentions of one gazetteer entry written differently are one entity (``kg.nlp.coref``): a body's full name and its
acronym, an entity of our own lexicon that has no Wikidata id (so the merge of entities linked to one QID cannot
join them later). The entity carries every mention, with the written forms as aliases, and the facts of either
mention are that entity's. Names are the gazetteer's; sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType, EventKind

CIA = "Central Intelligence Agency"
KPK = "Komisi Pemberantasan Korupsi"


@pytest.mark.parametrize(("text", "lang", "name", "short"), [
    ("The Central Intelligence Agency warned Iran. The CIA said the talks failed.", "en", CIA, "CIA"),
    ("Komisi Pemberantasan Korupsi memeriksa menteri itu. KPK mengatakan pemeriksaan berlanjut.", "id", KPK, "KPK"),
])
def test_a_body_and_its_acronym_from_the_gazetteer_are_one_entity(text: str, lang: str, name: str,
                                                                   short: str) -> None:
    found = read(text, lang)
    bodies = [e for e in found.extraction.entities if e.type is EntityType.ORGANIZATION]
    assert [(e.name, e.qid, len(e.mentions)) for e in bodies] == [(name, None, 2)]
    assert short in bodies[0].aliases
    assert found.events(EventKind.STATEMENT) == {((name,), ())}  # "The CIA said": the body's statement


@pytest.mark.parametrize(("text", "lang"), [
    ("The Central Intelligence Agency warned Iran. The Kalmar Intelligence Agency said the talks failed.", "en"),
    ("Komisi Pemberantasan Korupsi memeriksa menteri itu. Komisi Pemilihan Kalmar mengatakan pemeriksaan "
     "berlanjut.", "id"),
])
def test_two_bodies_named_alike_stay_two_entities(text: str, lang: str) -> None:
    found = read(text, lang)
    bodies = [e for e in found.extraction.entities if e.type is EntityType.ORGANIZATION]
    assert len(bodies) == 2 and all(len(e.mentions) == 1 for e in bodies)
