"""The phrase-token cache (``kg.nlp.phrase_tokens``) after each of the tokenizer's own rules changed: the affix
searches, the whole-token match and the URL match. A pipeline whose tokenizer splits a text differently must get
its own tokens, not the ones a warm cache holds for the old rules. Texts written for these tests."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from kg import paths
from kg.nlp.phrase_tokens import cache_key, phrase_tokens

TEXTS = ["Kim Jong-un", "Kalmar-Selatan", "(UN)", "ASEAN"]


def _token_match(nlp: Language) -> None:
    nlp.tokenizer.token_match = re.compile(r"^[A-Z][a-z]+-[A-Z][a-z]+$").match  # "Kalmar-Selatan" one token


def _url_match(nlp: Language) -> None:
    nlp.tokenizer.url_match = re.compile(r"^[A-Z][a-z]+-[A-Z][a-z]+$").match  # checked after the affixes


def _infixes(nlp: Language) -> None:
    nlp.tokenizer.infix_finditer = re.compile(r"(?!)").finditer  # no infix: hyphenated words stay whole


def _prefixes(nlp: Language) -> None:
    nlp.tokenizer.prefix_search = re.compile(r"^\$").search  # "(" no longer split off


def _suffixes(nlp: Language) -> None:
    nlp.tokenizer.suffix_search = re.compile(r"\$$").search  # ")" no longer split off


@pytest.mark.parametrize("change", [_token_match, _url_match, _infixes, _prefixes, _suffixes])
def test_a_tokenizer_rule_changed_gets_its_own_tokens_from_a_warm_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Callable[[Language], None]) -> None:
    monkeypatch.setenv(paths.CACHE_ENV, str(tmp_path / "cache"))
    before = phrase_tokens(spacy.blank("en"), TEXTS, "ORTH")  # the cache now holds the default rules' tokens
    changed = spacy.blank("en")
    change(changed)
    expected = [[t.orth_ for t in changed.make_doc(text)] for text in TEXTS]
    assert expected != before  # the rule does change how some text is split
    assert cache_key(changed, TEXTS, "ORTH") != cache_key(spacy.blank("en"), TEXTS, "ORTH")
    assert phrase_tokens(changed, TEXTS, "ORTH") == expected
