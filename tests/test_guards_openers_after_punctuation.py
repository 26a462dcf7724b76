"""A capitalised time word opening a sentence after punctuation ("— Kemarin Ana Ruiz …", "* Yesterday …") is still
sentence-initial (``tokens.sentence_initial``: only spaces, quotes or punctuation before it), so it is not read into
the name after it, issue 9 (branch mut15, seed 181). No negative twin: after a word the same time word is kept
in the name's run ("… Kemarin Ana Ruiz"), a reading a test should not lock in. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read


@pytest.mark.parametrize(("text", "lang"), [
    ("— Kemarin Ana Ruiz bertemu Marta Vidal di Lima.", "id"),
    ("* Kemarin Ana Ruiz bertemu Marta Vidal di Lima.", "id"),
    ("— Yesterday Ana Ruiz met Marta Vidal in Lima.", "en"),
])
def test_a_time_word_after_opening_punctuation_is_no_part_of_the_name(text: str, lang: str) -> None:
    names = read(text, lang).entity_names()
    assert {"Ana Ruiz", "Marta Vidal"} <= names
    assert not any(n.startswith(("Kemarin", "Yesterday")) for n in names)

