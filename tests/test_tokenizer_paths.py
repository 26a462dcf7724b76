"""Two paths of the served tokenizer (kg.nlp.tokenizer) that the comparisons of tests/test_tokenizer.py pass
through without showing which one was taken.

The tokenizer's split of spaCy's exceptions (served words against special cases) is read back from
``NEWSKG_CACHE`` at the next start-up instead of being derived again: the point of the cache is that the
start-up skips the ~0.4 s of affix searches. ``tests/test_tokenizer.py`` covers the recomputation of a damaged
or foreign cache; here a valid one is shown to be what the next split uses.

Pieces spelling a served word with spaces between them ("abu - abu") stay apart, in the stock tokenizer too; where
two such spellings overlap ("abu - abu - abu") the stock tokenizer's matcher may choose between them, so the text
goes to the stock tokenizer, and the tokens are the stock ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from kg.nlp import tokenizer as served_tokenizer
from kg.nlp.tokenizer import stock_tokenizer


def test_a_cached_split_under_the_current_key_is_used_as_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSKG_CACHE", str(tmp_path))
    nlp = spacy.blank("ms")
    exceptions = nlp.Defaults.tokenizer_exceptions
    served, kept = served_tokenizer.split_exceptions(nlp, exceptions)
    [path] = tmp_path.glob("tokenizer-ms-*.json")
    key, words = json.loads(path.read_text(encoding="utf-8"))
    held_back = sorted(served)[0]
    # a split written by an earlier start-up that served one word less (still exceptions only): it is trusted
    path.write_text(json.dumps([key, [w for w in words if w != held_back]]), encoding="utf-8")
    served_again, kept_again = served_tokenizer.split_exceptions(nlp, exceptions)
    assert served_again == served - {held_back}
    assert kept_again == {**kept, held_back: exceptions[held_back]}


@pytest.mark.parametrize(("text", "stock_calls"), [
    ("berbeda - beda", 0),  # one spaced spelling, nothing next to it: our tokens
    ("abu - abu - abu", 1),  # two spaced spellings of "abu-abu" overlapping: the stock tokenizer decides
    ("kupu - kupu - kupu itu", 1),
])
def test_overlapping_spaced_spellings_of_a_served_word_go_to_the_stock_tokenizer(text: str, stock_calls: int) -> None:
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "kg.tokenizer.v1"}}})
    tokenizer = nlp.tokenizer
    before = tokenizer.stock_calls
    tokens = [t.text for t in tokenizer(text)]
    assert tokenizer.stock_calls - before == stock_calls
    assert tokens == [t.text for t in stock_tokenizer(nlp)(text)] == text.split()
