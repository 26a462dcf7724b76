"""Bodies named by a head word and a number, and armed gangs named before their class noun (branch en15s, issue 9):
"the GRU's Unit 26165" is an organisation (``org_heads`` "unit", then digits; a year after the head word is no
number of it: "the Commission 2024 report"), and "the leader of the Kraze Baryè gang" names an organisation led by
the person apposed (``org_cues_after`` "gang", "cartel"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


def test_a_unit_and_its_number_is_a_body_whose_members_are_sanctioned() -> None:
    found = read("Britain sanctioned two officers of the GRU's Unit 26165 on Monday.", "en")
    assert found.types()["Unit 26165"] == "Organization"
    assert found.events(EventKind.SANCTION) == {(("United Kingdom",), ("Unit 26165",))}


def test_a_year_after_a_head_word_is_no_number_of_it() -> None:
    found = read("The European Commission published its Unit 2024 report on Monday.", "en")
    assert "Unit 2024" not in found.entity_names()


@pytest.mark.parametrize(("text", "leader", "gang"), [
    ("The measures target Vitel'homme Innocent, the leader of the Kraze Baryè gang.", "Vitel'homme Innocent",
     "Kraze Baryè"),
    ("Police arrested Jimmy Cherizier, the leader of the G9 Family gang, on Monday.", "Jimmy Cherizier", "G9 Family"),
])
def test_a_gang_named_before_its_class_noun(text: str, leader: str, gang: str) -> None:
    found = read(text, "en")
    assert found.types()[gang] == "Organization"
    assert found.relations(RelationKind.LEADER_OF) == {(leader, gang)}


def test_a_person_before_a_class_noun_of_no_group_stays_a_person() -> None:
    found = read("Police arrested Jimmy Cherizier, the leader of the protest, on Monday.", "en")
    assert found.types()["Jimmy Cherizier"] == "Person"
    assert found.relations(RelationKind.LEADER_OF) == set()


def test_a_small_number_after_a_head_word_counts_places() -> None:
    found = read("The ship docked at Terminal 3 in Busan.", "en")
    assert "Busan" in found.entity_names()
    assert "Organization" not in found.types().values()
