"""What each fact and mention points at in the document: the evidence's sentence is the document's text between
its offsets, without the white space around the sentence; each mention's offsets give its text and the index of
its sentence; an entity's name, its other forms in the text (aliases) and the gazetteer's names of it in the other
languages (labels), and the subtype the gazetteer gives it. Text written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.extract import extract
from kg.model import Document, EventKind, RelationKind

TEXTS = {
    "id": "Maria Costa tiba di Tokyo.\n\n   Presiden Rusia Vladimir Putin tiba di Osaka pada hari Senin.  \n"
          "Putin kemudian bertemu Maria Costa.",
    "en": "Maria Costa arrived in Tokyo.\n\n   Russian President Vladimir Putin arrived in Osaka on Monday.  \n"
          "Putin later met Maria Costa.",
}
SECOND = {"id": "Presiden Rusia Vladimir Putin tiba di Osaka pada hari Senin.",
          "en": "Russian President Vladimir Putin arrived in Osaka on Monday."}


@pytest.fixture(scope="module", params=sorted(TEXTS))
def read(request: pytest.FixtureRequest):
    lang = request.param
    return lang, TEXTS[lang], extract(Document("t", TEXTS[lang], lang, "test"))


def test_the_evidence_of_every_fact_is_its_sentence_between_its_offsets(read) -> None:
    lang, text, x = read
    facts = [*x.events, *x.relations]
    assert facts
    for fact in facts:
        ev = fact.evidence
        assert text[ev.start:ev.end] == ev.sentence == ev.sentence.strip()
        assert ev.document_id == "t"
    visits = {x.entity(e.agents[0]).name: e.evidence for e in x.events if e.kind is EventKind.VISIT}
    assert visits["Maria Costa"].start == 0 and visits["Maria Costa"].sentence == text.split("\n")[0]
    assert visits["Vladimir Putin"].sentence == SECOND[lang]
    assert visits["Vladimir Putin"].start == text.index(SECOND[lang])
    [leader] = [r for r in x.relations if r.kind is RelationKind.LEADER_OF]
    # two facts of one sentence share all of their evidence but the rule and its confidence
    assert leader.evidence == replace(visits["Vladimir Putin"], rule=leader.evidence.rule,
                                      confidence=leader.evidence.confidence)


def test_every_mention_gives_its_text_and_sentence(read) -> None:
    lang, text, x = read
    sentence_of = {0: text.split("\n")[0], 1: SECOND[lang], 2: text.rstrip().split("\n")[-1]}
    for entity in x.entities:
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text
            assert m.text in sentence_of[m.sentence]
    putin = next(e for e in x.entities if e.name == "Vladimir Putin")
    assert [(m.text, m.sentence) for m in putin.mentions] == [("Vladimir Putin", 1), ("Putin", 2)]
    assert putin.aliases == ("Putin",)  # the short form is another name of the same person
    costa = next(e for e in x.entities if e.name == "Maria Costa")
    assert [m.sentence for m in costa.mentions] == [0, 2] and costa.aliases == ()


@pytest.mark.parametrize(("lang", "name", "labels"), [
    ("id", "Rusia", (("Russia", "en"),)),  # the gazetteer's name in the other language; its own is the name
    ("en", "Russia", (("Rusia", "id"),)),
])
def test_a_linked_entity_is_named_in_the_document_s_language_and_labelled_in_the_others(lang: str, name: str,
                                                                                        labels: tuple) -> None:
    text = "Presiden Rusia tiba di Tokyo." if lang == "id" else "The President of Russia arrived in Tokyo."
    x = extract(Document("t", text, lang, "test"))
    country = next(e for e in x.entities if e.qid == "Q159")
    assert (country.name, country.labels, country.aliases) == (name, labels, ())


def test_a_linked_entity_carries_the_gazetteer_s_subtype_and_an_unlinked_one_none() -> None:
    x = extract(Document("t", "Presiden Rusia Vladimir Putin tiba di Tokyo bersama Maria Costa.", "id", "test"))
    assert {(e.name, e.subtype, e.lang) for e in x.entities} == {
        ("Rusia", None, "id"), ("Vladimir Putin", "Leader", "id"), ("Tokyo", "City", "id"), ("Maria Costa", None, "id")}
