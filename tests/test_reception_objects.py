"""Whom a verb of meeting or reception takes as its party in a head-initial language: the name right after the
verb (past an adverb: "menyambut hangat X"), never a name that only owns the object ("menerima bantuan X" receives
X's aid, "menyambut baik usulan X" welcomes X's proposal: no meeting, and no visit by X).

Sentences written for these tests; each construction has a sentence that must give the exact fact and one of
the same shape that must not.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Presiden Peru Luis Vargas menerima Perdana Menteri Chile Ana Rojas di Lima.",
    "Presiden Peru Luis Vargas menyambut hangat Perdana Menteri Chile Ana Rojas di Lima.",
    "Presiden Peru Luis Vargas bertemu kembali Perdana Menteri Chile Ana Rojas di Lima.",
])
def test_the_guest_right_after_the_verb_or_an_adverb_is_a_party(text: str) -> None:
    assert read(text, "id").events(EventKind.MEETING) == {(("Ana Rojas", "Luis Vargas"), ())}


@pytest.mark.parametrize("text", [
    "Peru menerima bantuan Chile senilai 10 juta dolar AS.",
    "Presiden Peru Luis Vargas menyambut baik usulan Chile.",
    "Presiden Peru Luis Vargas menerima laporan Perdana Menteri Chile Ana Rojas.",
])
def test_a_name_that_owns_the_object_is_no_party_and_no_guest(text: str) -> None:
    got = read(text, "id")
    assert {"Peru", "Chili"} <= got.entity_names()
    assert got.events(EventKind.MEETING) == set()
    assert got.events(EventKind.VISIT) == set()
