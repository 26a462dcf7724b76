"""The tokenizer's bytes are spaCy's own format with every setting of ours in it: a plain spaCy tokenizer loaded
from them keeps ``faster_heuristics`` as ours has it."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp.pipeline import make_pipeline


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_bytes_keep_faster_heuristics(lang: str) -> None:
    tokenizer = make_pipeline(lang).tokenizer
    plain = spacy.blank(lang).tokenizer
    plain.faster_heuristics = not tokenizer.faster_heuristics
    plain.from_bytes(tokenizer.to_bytes())
    assert plain.faster_heuristics == tokenizer.faster_heuristics

