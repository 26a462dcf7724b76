"""Unnamed holders of one office in several countries as a subject (branch en10, issue 9): "The foreign ministers of
A and B condemned Z" — each country has one foreign minister, who acts for it, so A and B condemn Z; "officials of
A and B" are staff, many to a country, and speak for no one named. A time phrase may stand between the subject and
its verb. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "The foreign ministers of Chile and Peru on Monday condemned Bolivia's missile strikes.",
    "The foreign ministers of Chile and Peru condemned Bolivia's missile strikes.",
    "The presidents of Chile and Peru accused Bolivia of violating the treaty.",
    "The defence ministers of Chile and Peru today accused Bolivia of violating the treaty.",
])
def test_holders_of_one_office_act_for_their_countries(text: str) -> None:
    accusations = read(text, "en").events(EventKind.ACCUSATION)
    assert accusations == {(("Chile", "Peru"), ("Bolivia",))}


@pytest.mark.parametrize("text", [
    "Officials of Chile and Peru on Monday condemned Bolivia's missile strikes.",
    "Diplomats from Chile and Peru accused Bolivia of violating the treaty.",
    "The envoys of Chile and Peru accused Bolivia of violating the treaty.",
])
def test_staff_of_countries_accuse_for_no_one_named(text: str) -> None:
    x = read(text, "en")
    assert {"Chile", "Peru", "Bolivia"} <= x.entity_names()
    assert x.events(EventKind.ACCUSATION) == set()


def test_a_meeting_of_office_holders_past_a_time_phrase() -> None:
    x = read("The foreign ministers of Chile and Peru on Monday met in Lima.", "en")
    assert x.events(EventKind.MEETING) == {(("Chile", "Peru"), ())}
