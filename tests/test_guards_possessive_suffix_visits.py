"""An Indonesian event noun with the possessive suffix and no owner after it ("dalam kunjungannya ke X") is the
sentence subject's: "-nya" points back to who the sentence is about, not to the name nearest before the noun. With
its owner named after it ("kunjungan Perdana Menteri Albanese ke X") the event is that owner's. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "visit"), [
    ("Prabowo memuji Albanese atas sambutannya dalam kunjungannya ke Canberra.", (("Prabowo",), ("Canberra",))),
    ("Prabowo memuji sambutan hangat dalam kunjungan Perdana Menteri Albanese ke Jakarta.",
     (("Albanese",), ("Jakarta",))),
])
def test_a_visit_noun_with_the_possessive_suffix_is_the_sentence_subjects(text: str, visit: tuple) -> None:
    assert read(text, "id").events(EventKind.VISIT) == {visit}
