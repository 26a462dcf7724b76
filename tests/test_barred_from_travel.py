"""Barred from travelling is no journey (branch en13s, issue 9): "X and Y are now barred from travelling to the UK",
"X was banned from entering Canada", "X dilarang berkunjung ke Inggris" tell a travel ban, not a visit — "barred
from", "banned from", "prevented from", "dilarang" negate the act they govern, as "refused to" does; the same
people travelling is a visit. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

PEOPLE = {"Reza Tangi", "Abbas Golam"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Reza Tangi and Abbas Golam are now barred from travelling to the UK.", "en"),
    ("Reza Tangi and Abbas Golam were banned from visiting Canada in 2022.", "en"),
    ("Reza Tangi and Abbas Golam were prevented from travelling to Ukraine.", "en"),
    ("Reza Tangi dan Abbas Golam kini dilarang berkunjung ke Inggris.", "id"),
])
def test_a_travel_ban_is_no_visit(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.entity_names() >= PEOPLE
    assert found.events(EventKind.VISIT) == set()


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Reza Tangi travelled to the UK in March.", "en", "United Kingdom"),
    ("Reza Tangi visited Canada in 2022.", "en", "Canada"),
    ("Reza Tangi berkunjung ke Inggris pada Maret.", "id", "Britania Raya"),
])
def test_the_journey_itself_is_a_visit(text: str, lang: str, country: str) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {(("Reza Tangi",), (country,))}
