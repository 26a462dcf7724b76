"""The served exceptions (``kg.nlp.tokenizer.ServedExceptions``) keep a word whole when it is one of the language's
exceptions *or* the language's own ``token_match`` accepts it. English and Indonesian have none; French has one
(hyphenated and elided words), so a language added later keeps its words whole without a list of them. Words
written for these tests."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp.tokenizer import Tokenizer, create_tokenizer


@pytest.fixture(scope="module")
def french() -> Tokenizer:
    return create_tokenizer()(spacy.blank("fr"))


@pytest.mark.parametrize("word", ["porte-avions", "Rio-de-Janeiro", "prud’homme"], ids=["hyphens", "place", "elision"])
def test_a_word_only_the_languages_token_match_accepts_is_one_token(french: Tokenizer, word: str) -> None:
    served = french.token_match
    assert word not in served.words  # not one of the exceptions: the language's pattern decides
    assert served(word)
    assert [t.text for t in french(f"Il viendra en {word} demain.")] == ["Il", "viendra", "en", word, "demain", "."]


def test_a_plain_word_is_no_exception_of_either_kind(french: Tokenizer) -> None:
    assert not french.token_match("demain")
    assert not french.token_match("demain.")
