"""Leadership and office (kg/extract/roles.py): each pattern with a sentence where it applies and one where it
must not, asserting the exact fact. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document, EntityType, RelationKind

LEADER, OFFICIAL = RelationKind.LEADER_OF, RelationKind.OFFICIAL_OF


def _run(text: str, lang: str):
    x = extract(Document("t", text, lang, "test"))
    name = {e.key: e.name for e in x.entities}
    entities = {e.name: e for e in x.entities}
    roles = {(r.kind, name[r.subject], name[r.object]) for r in x.relations
             if r.kind in (RelationKind.LEADER_OF, RelationKind.OFFICIAL_OF)}
    return entities, roles


# --------------------------------------------------------------------------- nationality + title + name


@pytest.mark.parametrize(("text", "fact", "qid"), [
    ("French President Emmanuel Macron arrived in Berlin on Monday.", (LEADER, "Emmanuel Macron", "France"), "Q142"),
    ("Hungarian Prime Minister Viktor Orban spoke to reporters.", (LEADER, "Viktor Orbán", "Hungary"), "Q28"),
    ("Kenyan Foreign Minister Grace Wanjiru met her counterpart.", (OFFICIAL, "Grace Wanjiru", "Kenya"), "Q114"),
    ("The Chilean trade minister, Pablo Rojas, signed the deal.", (OFFICIAL, "Pablo Rojas", "Chile"), "Q298"),
])
def test_a_nationality_before_a_title_names_the_country_held(text: str, fact: tuple, qid: str) -> None:
    """The country is never named, only its nationality: the nationality is the country's mention."""
    entities, roles = _run(text, "en")
    assert fact in roles
    country = entities[fact[2]]
    assert country.type is EntityType.COUNTRY and country.qid == qid


@pytest.mark.parametrize("text", [
    "Chinese companies were sanctioned by the United States.",
    "French wine exports to Canada rose sharply last year.",
    "The Japanese delegation arrived in Seoul.",
])
def test_a_nationality_without_a_title_and_a_name_is_no_country(text: str) -> None:
    entities, _ = _run(text, "en")
    assert [e.name for e in entities.values() if "demonym" in {m.method for m in e.mentions}] == []
    assert entities  # the sentence's other names are found


def test_a_country_named_and_its_nationality_are_one_entity() -> None:
    entities, roles = _run("French President Emmanuel Macron said France would help.", "en")
    assert (LEADER, "Emmanuel Macron", "France") in roles
    france = entities["France"]
    assert {m.text for m in france.mentions} == {"French", "France"}


def test_an_indonesian_title_takes_the_country_name_itself() -> None:
    _, roles = _run("Menteri Luar Negeri Prancis Jean Dupont tiba di Jakarta.", "id")
    assert (OFFICIAL, "Jean Dupont", "Prancis") in roles
