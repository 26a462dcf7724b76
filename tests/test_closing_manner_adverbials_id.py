"""A manner adverbial closing a clause after coordinated objects (branch fix16), Indonesian: "menelepon A dan B secara
tidak langsung / secara terpisah di Jenewa / secara resmi kemarin" calls both — a manner phrase of its own ("tidak
langsung": "tidak" negates no verb there), the adverb right after "secara" (which may also stand before a verb), and
then where or when, end the clause; B opens no clause of its own. A verb after the adverb does ("… secara resmi
menandatangani perjanjian itu": B signs). English puts no "secara" there. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Guterres menelepon Ana Ruiz dan Marta Vidal secara tidak langsung.",
    "Guterres menelepon Ana Ruiz dan Marta Vidal secara terpisah di Jenewa.",
    "Guterres menelepon Ana Ruiz dan Marta Vidal secara resmi kemarin.",
    "Guterres bertemu Ana Ruiz dan Marta Vidal secara resmi.",
])
def test_both_objects_before_a_closing_manner_adverbial_are_met(text: str) -> None:
    assert read(text, "id").events(EventKind.MEETING) == {(("Ana Ruiz", "Guterres"), ()),
                                                          (("Guterres", "Marta Vidal"), ())}


def test_a_verb_after_the_adverb_opens_the_last_objects_clause() -> None:
    found = read("Guterres bertemu Ana Ruiz dan Marta Vidal secara resmi menandatangani perjanjian itu.", "id")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Guterres"), ())}
