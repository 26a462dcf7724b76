"""A title the gazetteer lists as part of a person's name ("Sultan Hassanal Bolkiah") is still the person's title:
leaderOf the country the text names with it, or the gazetteer's country of the person when the document names that
country — as "King X" and "President X" already were. A name that the title does not open, or a document that
names no such country, gives none. Issue 9 (branch en16a). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize("text", [
    "Sultan Hassanal Bolkiah received the Thai prime minister in Brunei on Monday.",
    "Brunei's Sultan Hassanal Bolkiah opened the new bridge on Monday.",
    "BANDAR SERI BEGAWAN — Sultan Hassanal Bolkiah hosted a dinner for ASEAN envoys at the palace in Brunei.",
])
def test_a_title_inside_the_gazetteer_name_gives_the_leadership(text: str) -> None:
    assert read(text, "en").relations(RelationKind.LEADER_OF) == {("Hassanal Bolkiah", "Brunei")}


def test_the_title_inside_the_name_is_kept_in_a_meeting() -> None:
    found = read("Narendra Modi met Sultan Hassanal Bolkiah in Brunei on Tuesday.", "en")
    assert found.events(EventKind.MEETING) == {(("Hassanal Bolkiah", "Narendra Modi"), ())}
    assert found.relations(RelationKind.LEADER_OF) == {("Hassanal Bolkiah", "Brunei")}


@pytest.mark.parametrize("text", [
    "Sultan Hassanal Bolkiah hosted Narendra Modi in New Delhi on Tuesday.",  # Brunei is not named
    "Hassanal Bolkiah hosted Narendra Modi in Malaysia on Tuesday.",  # no title at all: no office told
])
def test_no_country_of_the_title_named_gives_no_leadership(text: str) -> None:
    found = read(text, "en")
    assert "Hassanal Bolkiah" in found.entity_names()
    assert ("Hassanal Bolkiah", "Brunei") not in found.relations(RelationKind.LEADER_OF)
    assert found.relations(RelationKind.LEADER_OF) - {("Narendra Modi", "India")} == set()
