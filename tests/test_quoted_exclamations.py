"""A quotation closed by "!" or "?" and a comma is the object of the verb after it (branch en13a; the mut15 finding
`"We will meet Peru!", Ana Ruiz said` split in two): no sentence starts after `!",` (``kg.nlp.sentences``), so the
quotation and its speaker are one sentence; a quotation closed by "!" without a comma still ends its sentence. English
and Indonesian. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document, EventKind


def _sentences(text: str, lang: str) -> list[str]:
    found = extract(Document("t", text, lang, "test"))
    return [text[a:b] for a, b in found.sentences]


@pytest.mark.parametrize(("text", "lang"), [
    ('"We will meet Peru!", Ana Ruiz said.', "en"),
    ('"Will Chile meet Peru?", Ana Ruiz asked.', "en"),
    ("“Kami siap!”, kata Ana Ruiz.", "id"),
])
def test_the_quotation_and_its_speaker_are_one_sentence(text: str, lang: str) -> None:
    assert _sentences(text, lang) == [text]


def test_a_closed_exclamation_without_a_comma_ends_its_sentence() -> None:
    text = 'Chile won the vote! "Peru lost," Ana Ruiz said.'
    assert _sentences(text, "en") == ["Chile won the vote!", '"Peru lost," Ana Ruiz said.']


def test_the_speaker_after_the_exclamation_makes_the_statement() -> None:
    found = extract(Document("t", '"We will meet Peru!", Ana Ruiz said.', "en", "test"))
    names = {e.key: e.name for e in found.entities}
    assert {tuple(names[a] for a in ev.agents) for ev in found.events if ev.kind is EventKind.STATEMENT} \
        == {("Ana Ruiz",)}
