"""A country or body described by a genitive apposition is the subject (branch en13a, issue 9): "Chile, Peru's
largest neighbour, accused Bolivia …" is Chile's accusation, not Peru's (``DocView._genitive_apposition``, which
read only people so far: "Ana Ruiz, Chile's president, …"). A place before the comma is no subject ("in Lima,
Chile's foreign ministry said": the ministry speaks), nor is a country the genitive owns a title with a name of.
English. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("apposition", ["Peru's largest neighbour", "Peru's old rival"])
def test_the_described_country_accuses(apposition: str) -> None:
    found = read(f"Chile, {apposition}, accused Bolivia of spying.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Chile",), ("Bolivia",))}
    assert found.events(EventKind.STATEMENT) == {(("Chile",), ())}


def test_a_described_person_still_speaks() -> None:
    found = read("Ana Ruiz, Chile's president, accused Bolivia of spying.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Ana Ruiz",), ("Bolivia",))}


@pytest.mark.parametrize("text", ["Talks ended in Lima, Chile's foreign ministry said.",
                                  "In Lima, Chile's foreign ministry said Peru lied."])
def test_a_place_before_the_owner_is_no_speaker(text: str) -> None:
    found = read(text, "en")
    assert "Lima" in found.entity_names()
    assert found.events(EventKind.STATEMENT) == {(("Chile",), ())}
