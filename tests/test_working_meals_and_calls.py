"""Meeting words of diplomatic copy (en triggers; issue 9, branch en16a; sentences written for these tests): a working
lunch, dinner or breakfast the parties had is a meeting of them all ("The three leaders had a working lunch": the
three named before), and "had spoken with X" / "speaks with X" are calls as "spoke with X" is. A meal someone skipped,
or a conversation not held, is none."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

THREE = ("Andrés Manuel López Obrador", "Justin Trudeau", "Joe Biden")


def test_three_leaders_named_before_had_a_working_lunch() -> None:
    found = read("Joe Biden hosted Justin Trudeau and Andres Manuel Lopez Obrador in Mexico City. The three leaders "
                 "had a working lunch before a news conference.", "en")
    assert ((tuple(sorted(THREE))), ()) in found.events(EventKind.MEETING)


@pytest.mark.parametrize("meal", ["a working lunch", "a working dinner", "a working breakfast"])
def test_a_working_meal_with_someone_is_a_meeting(meal: str) -> None:
    found = read(f"Joe Biden had {meal} with Justin Trudeau on Friday.", "en")
    assert found.events(EventKind.MEETING) == {(("Joe Biden", "Justin Trudeau"), ())}


def test_a_skipped_working_lunch_is_no_meeting() -> None:
    found = read("Joe Biden skipped the working lunch with Justin Trudeau on Friday.", "en")
    assert {"Joe Biden", "Justin Trudeau"} <= found.entity_names()
    assert found.events(EventKind.MEETING) == set()


@pytest.mark.parametrize("verb", ["had spoken with", "has spoken with", "speaks with"])
def test_spoken_with_is_a_call(verb: str) -> None:
    found = read(f"The Canadian government said Justin Trudeau {verb} Joe Biden about tariffs.", "en")
    assert found.events(EventKind.MEETING) == {(("Joe Biden", "Justin Trudeau"), ())}


def test_a_conversation_not_held_is_no_call() -> None:
    found = read("Justin Trudeau did not speak with Joe Biden about tariffs.", "en")
    assert {"Joe Biden", "Justin Trudeau"} <= found.entity_names()
    assert found.events(EventKind.MEETING) == set()
