"""A sanctions list named at length: "list of" and a phrase a sanction noun closes (branch en16s, issue 9) — "Japan
added X to its list of persons and entities subject to travel bans", "X was added to Japan's list of entities
subject to asset freezes" (``ListAdditions._list_of_sanctioned``). Not a list of anything else ("its list of
entities eligible for subsidies"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Japan added the Lazarus Group to its list of entities subject to asset freezes.",
    "The Lazarus Group was added to Japan's list of entities subject to asset freezes on Friday.",
    "Japan added the Lazarus Group to its list of persons and entities subject to travel bans.",
])
def test_a_list_named_by_its_sanction(text: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {(("Japan",), ("Lazarus Group",))}


@pytest.mark.parametrize("text", [
    "Japan added the Lazarus Group to its list of entities eligible for subsidies.",
    "Japan added the Lazarus Group to its list of partners, and sanctions followed in the United States.",
])
def test_no_sanction_on_other_lists(text: str) -> None:
    found = read(text, "en")
    assert {"Japan", "Lazarus Group"} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()
