"""``kg.extract.entities.resolve`` without resources reads the document's own language: a title before a name
("Prime Minister Anthony Albanese", "Perdana Menteri Anthony Albanese") links the same as when the pipeline passes
its resources. Sentences written for these tests (the people are gazetteer entries)."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve
from kg.nlp.pipeline import make_pipeline


@pytest.mark.parametrize(("text", "lang"), [
    ("Prime Minister Anthony Albanese met Fumio Kishida in Tokyo.", "en"),
    ("Perdana Menteri Anthony Albanese bertemu Fumio Kishida di Tokyo.", "id"),
])
def test_resolve_reads_the_resources_of_the_document_s_language(text: str, lang: str) -> None:
    nlp = make_pipeline(lang)
    doc = nlp(text)
    by_default = [(e.key, e.type, e.qid) for e in resolve(doc)]
    given = [(e.key, e.type, e.qid) for e in resolve(doc, nlp.get_pipe("kg_names").res)]
    assert by_default == given
    assert {(e.type.value, e.entry is not None) for e in resolve(doc)} >= {("Person", True), ("Place", True)}
