"""Guards of the adverbial that closes a clause after coordinated objects (``kg.extract.arguments.
_closing_adverbial``), pinned by minimal pairs (branch mut21): the clause's end may come three tokens after the
adverb ("secara terpisah kemarin."), or with the text's end ("secara terpisah" with no full stop, read without
error) — each object is met; a verb after the adverb ("secara resmi menandatangani …") opens the last name's own
clause. Indonesian (English objects take no "secara"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

BOTH = {(("Ana Ruiz", "Guterres"), ()), (("Guterres", "Marta Vidal"), ())}


@pytest.mark.parametrize("text", [
    "Guterres bertemu Ana Ruiz dan Marta Vidal secara terpisah kemarin.",
    "Guterres bertemu Ana Ruiz dan Marta Vidal secara terpisah",
])
def test_an_adverbial_reaching_the_clause_s_end_closes_it(text: str) -> None:
    assert read(text, "id").events(EventKind.MEETING) == BOTH


def test_a_verb_after_the_adverb_opens_the_last_name_s_clause() -> None:
    found = read("Guterres bertemu Ana Ruiz dan Marta Vidal secara resmi menandatangani perjanjian itu.", "id")
    assert "Marta Vidal" in found.entity_names()
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Guterres"), ())}
