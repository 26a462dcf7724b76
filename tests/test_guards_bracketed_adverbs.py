"""In Indonesian a common noun between a verb and a name heads the verb's object ("menyambut usulan X": the
proposal is welcomed, not X); an adverb does not, nor the brackets or commas around it ("menyambut (hangat) X",
"menyambut (secara resmi) X": X is met). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

MEETING = (("Albanese", "Prabowo Subianto"), ())


@pytest.mark.parametrize("text", [
    "Presiden Prabowo menyambut (hangat) Perdana Menteri Albanese di Jakarta.",
    "Presiden Prabowo menyambut (secara resmi) Perdana Menteri Albanese di Jakarta.",
])
def test_a_bracketed_adverb_between_the_verb_and_the_name_leaves_the_name_its_object(text: str) -> None:
    assert read(text, "id").events(EventKind.MEETING) == {MEETING}


@pytest.mark.parametrize("text", [
    "Presiden Prabowo menyambut usulan Perdana Menteri Albanese di Jakarta.",
    "Presiden Prabowo menyambut (secara resmi) usulan Perdana Menteri Albanese di Jakarta.",
])
def test_a_common_noun_between_the_verb_and_the_name_heads_the_object(text: str) -> None:
    found = read(text, "id")
    assert {"Albanese", "Prabowo Subianto"} < found.entity_names()
    assert found.events(EventKind.MEETING) == set()
