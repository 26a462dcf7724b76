"""A tokenizer exception that starts with a prefix character of its own (emoticons such as "(=", ":-p", "<3") cannot
be served by the one-word set look-up: spaCy strips the prefix before it looks the rest up, so such exceptions stay
special cases. Computed afresh (an empty cache folder), in each language."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from kg.nlp import tokenizer as served_tokenizer

EMOTICONS = ("(=", ":-p", "<3", ">:o")


@pytest.mark.parametrize("lang", ["en", "id", "ms"])
def test_exceptions_with_a_prefix_of_their_own_stay_special_cases(lang: str, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSKG_CACHE", str(tmp_path))
    nlp = spacy.blank(lang)
    exceptions = nlp.Defaults.tokenizer_exceptions
    served, kept = served_tokenizer.split_exceptions(nlp, exceptions)
    assert set(EMOTICONS) <= kept.keys()
    assert served.isdisjoint(EMOTICONS)
    assert len(served) + len(kept) == len(exceptions)

