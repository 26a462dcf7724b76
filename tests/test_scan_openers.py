"""The scans that ask a rule at every word ask only where something can start (issue 10, branch perf17).

``words_among`` / ``phrase_starts`` give the positions of a sentence at which a word set or a phrase set can
start; ``LangResources.list_opening_words`` is every word a list of instruments can be opened at. The rules that
use them find the same treaties, lists and denials as before (``tests/test_treaty_*``, ``tests/test_denial*``);
these tests pin the helpers themselves, and the language detector's evidence words, read without copying the text
before each word.
"""

from __future__ import annotations

import pytest
import spacy

from kg import language
from kg.nlp.resources import load
from kg.nlp.tokens import match_phrase_at, phrase_starts, words_among


@pytest.fixture(scope="module")
def doc():
    return spacy.blank("en")("The ministers signed a free trade agreement and a memorandum of understanding .")


def test_words_among_gives_every_position_of_the_words_in_order(doc) -> None:
    assert words_among(doc, 0, len(doc), {"a", "the"}) == [0, 3, 8]
    assert words_among(doc, 1, 8, {"a", "the"}) == [3]
    assert words_among(doc, 0, len(doc), {"treaty"}) == []


def test_words_among_clips_its_bounds_to_the_doc(doc) -> None:
    assert words_among(doc, -3, len(doc) + 5, {"the", "."}) == [0, len(doc) - 1]


def test_phrase_starts_are_where_match_phrase_at_can_find_a_phrase(doc) -> None:
    phrases = frozenset({("free", "trade", "agreement"), ("memorandum", "of", "understanding"), ("agreement",)})
    starts = phrase_starts(doc, 0, len(doc), phrases)
    assert starts == [4, 6, 9]
    found = [i for i in range(len(doc)) if match_phrase_at(doc, i, phrases, 3, len(doc))]
    assert found == starts  # here every possible start holds a phrase; elsewhere none does
    assert phrase_starts(doc, 0, len(doc), frozenset({("peace", "deal")})) == []
    # a first word is where a phrase may start; whether one does is still match_phrase_at's to say
    assert phrase_starts(doc, 0, len(doc), frozenset({("trade", "deal")})) == [5]
    assert match_phrase_at(doc, 5, frozenset({("trade", "deal")}), 3, len(doc)) == 0


@pytest.mark.parametrize("lang", ["en", "id"])
def test_list_opening_words_hold_every_opener_listing_verb_and_copula(lang: str) -> None:
    res = load(lang)
    opening = res.list_opening_words
    assert {phrase[0] for phrase in res.list_openers} <= opening
    assert res.listing_verbs <= opening
    assert res.passive_auxiliaries <= opening
    assert opening == ({phrase[0] for phrase in res.list_openers} | res.listing_verbs | res.passive_auxiliaries)


@pytest.mark.parametrize(("text", "words"), [
    ("Biden met Xi in San Francisco. The talks ended.", ["biden", "met", "in", "the", "talks", "ended"]),
    ('He said: "Dalam rapat itu." (Menurut dia) ok', ["he", "said", "rapat", "itu", "menurut", "dia", "ok"]),
    ('Done. "Dalam rapat" «Le» monde', ["done", "dalam", "rapat", "monde"]),
    ("  \t(The start. ‘Dan kemudian!", ["the", "start", "dan", "kemudian"]),
    ("", []),
])
def test_evidence_words_keep_lowercase_words_and_sentence_openers(text: str, words: list[str]) -> None:
    assert language.evidence_words(text) == words
