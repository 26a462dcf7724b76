""""Pembicaraan bilateral Chile dan Peru", "Pertemuan kedua Ana Ruiz dan Marta Vidal": in a head-initial language a
modifier of the event noun (an ordinal, "bilateral", "resmi") stands after it, between the noun and its owners, who
are the meeting's parties. A preposition there ("pembicaraan tentang Chile dan Peru", talks about them) makes them
no owners. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "parties"), [
    ("Pembicaraan bilateral Chile dan Peru berlangsung di Lima.", ("Chili", "Peru")),
    ("Pertemuan kedua Ana Ruiz dan Marta Vidal berlangsung di Lima.", ("Ana Ruiz", "Marta Vidal")),
])
def test_the_owners_after_a_modifier_of_the_event_noun_are_its_parties(text: str, parties: tuple[str, str]) -> None:
    assert read(text, "id").events(EventKind.MEETING) == {(parties, ())}


def test_names_after_a_preposition_are_no_owners() -> None:
    x = read("Pembicaraan tentang Chile dan Peru berlangsung di Lima.", "id")
    assert {"Chili", "Peru"} <= x.entity_names()
    assert x.events(EventKind.MEETING) == set()
