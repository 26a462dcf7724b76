"""Runs of proper nouns (``kg.nlp.pos.proper_noun_runs``) never cross a sentence boundary when sentences are set: a
headline ending in a name and a sentence opening with one, with no punctuation between, give two candidate names,
not one (mut18, seed 193: ``proper_noun_runs`` 3). Tags and boundaries set by hand: no model needed.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.nlp import pos

WORDS = ["Talks", "in", "Lima", "Ana", "Ruiz", "arrived"]
TAGS = ["NN", "IN", pos.PROPER_NOUN, pos.PROPER_NOUN, pos.PROPER_NOUN, "VB"]


def _doc(sent_starts: list[bool] | None) -> Doc:
    return Doc(spacy.blank("en").vocab, words=WORDS, tags=TAGS, sent_starts=sent_starts)


def test_a_run_stops_at_a_sentence_start() -> None:
    doc = _doc([True, False, False, True, False, False])
    assert [span.text for span in pos.proper_noun_runs(doc)] == ["Lima", "Ana Ruiz"]


def test_without_sentences_the_run_goes_on() -> None:
    doc = _doc(None)
    assert not doc.has_annotation("SENT_START")
    assert [span.text for span in pos.proper_noun_runs(doc)] == ["Lima Ana Ruiz"]


def test_a_one_word_first_sentence_is_a_run_of_its_own() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["Lima", "Ana", "Ruiz", "arrived"],
              tags=[pos.PROPER_NOUN, pos.PROPER_NOUN, pos.PROPER_NOUN, "VB"], sent_starts=[True, True, False, False])
    assert [span.text for span in pos.proper_noun_runs(doc)] == ["Lima", "Ana Ruiz"]
