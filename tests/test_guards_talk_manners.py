"""Guards of the manner of talks written after the event noun (``kg.extract.talk_manners``), pinned by a minimal pair
(branch mut21): the longest manner phrase is three words ("tidak secara langsung"), and "antara" after it still
names the parties; "dengan" after it names one side only. Indonesian (English has no ``talk_manners``). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Qatar menjadi penengah dalam perundingan tidak secara langsung antara Chile dan Peru di Doha.",
    "Perundingan tidak secara langsung antara Chile dan Peru berlangsung di Lima.",
])
def test_a_three_word_manner_before_antara_names_the_parties(text: str) -> None:
    assert read(text, "id").events(EventKind.MEETING) == {(("Chili", "Peru"), ())}


def test_a_three_word_manner_before_one_side_is_no_meeting() -> None:
    found = read("Qatar menjadi penengah dalam perundingan tidak secara langsung dengan Peru di Doha.", "id")
    assert {"Qatar", "Peru"} <= found.entity_names()
    assert found.events(EventKind.MEETING) == set()
