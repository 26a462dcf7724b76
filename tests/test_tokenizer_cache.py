"""The tokenizer's split of spaCy's exceptions (served words against special cases) is read back from
``NEWSKG_CACHE`` at the next start-up instead of being derived again: the point of the cache is that the
start-up skips the ~0.4 s of affix searches. ``tests/test_tokenizer.py`` covers the recomputation of a damaged
or foreign cache; here a valid one is shown to be what the next split uses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from kg.nlp import tokenizer as served_tokenizer


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
