"""The host of a passive reception told after where it happened: "X was welcomed at the airport by Y", "X was
received at State House in Nairobi by Y" — the locative phrase between the verb and "by" ended the window, and the
meeting was lost (a passive form with "by" right after the verb is a trigger of its own). Issue 9 (branch en14a).
English: Indonesian puts the host right after the verb ("disambut oleh X di bandara"). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("place", ["at the airport", "at State House in Nairobi", "in Kampala"])
def test_the_host_after_the_place_meets_the_guest(place: str) -> None:
    found = read(f"President William Ruto was received {place} by President Yoweri Museveni.", "en")
    assert found.events(EventKind.MEETING) == {(("William Ruto", "Yoweri Museveni"), ())}


def test_a_bare_title_as_the_guest_is_the_person_named_with_it() -> None:
    found = read("Prime Minister Lawrence Wong arrived in Brunei on Thursday. Earlier, the prime minister was welcomed "
                 "at the airport by Crown Prince Al-Muhtadee Billah.", "en")
    assert found.events(EventKind.MEETING) == {(("Al-Muhtadee Billah", "Lawrence Wong"), ())}


def test_a_clause_after_the_place_names_no_host() -> None:
    found = read("President William Ruto was received at State House in Nairobi, where Yoweri Museveni spoke.", "en")
    assert "Yoweri Museveni" in found.entity_names()
    assert found.events(EventKind.MEETING) == set()


def test_a_place_with_no_agent_after_it_names_no_host() -> None:
    found = read("President William Ruto was received at State House in Nairobi on Monday.", "en")
    assert "William Ruto" in found.entity_names()
    assert found.events(EventKind.MEETING) == set()
