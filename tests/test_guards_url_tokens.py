"""A web address in a text is one token, in our tokenizer and in a plain spaCy tokenizer loaded from our bytes (a
saved pipeline gives the same tokens anywhere spaCy loads it): the address's "/" and "-" are no infixes there.
Addresses written for these tests."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp.pipeline import make_pipeline

TEXTS = {
    "id": ("Siaran pers lengkap ada di https://www.example.org/berita/2024-06-19, kata juru bicara.",
           "https://www.example.org/berita/2024-06-19"),
    "en": ("The full statement is at https://example.org/news/state-visit-2024, the ministry said.",
           "https://example.org/news/state-visit-2024"),
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_web_address_is_one_token_in_a_tokenizer_loaded_from_our_bytes(lang: str) -> None:
    text, address = TEXTS[lang]
    ours = make_pipeline(lang).tokenizer
    plain = spacy.blank(lang).tokenizer
    plain.url_match = None  # whatever it had: the bytes must bring it
    plain.from_bytes(ours.to_bytes())
    tokens = [t.text for t in plain(text)]
    assert address in tokens
    assert tokens == [t.text for t in ours(text)]
