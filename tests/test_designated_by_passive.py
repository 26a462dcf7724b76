"""A passive designation with its agent (branch en14s, issue 9): "X is among the individuals already designated by
the United States", "X was designated by the United States as a terrorist organisation" — a listing by the agent;
a person designated by someone as an office holder is appointed. English: the Indonesian passive "ditetapkan oleh"
is no trigger of ours. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

US = "United States of America"


@pytest.mark.parametrize(("text", "facts"), [
    ("Igor Sechin is among the individuals already designated by the United States.", {((US,), ("Igor Sechin",))}),
    ("Gazprom Neft was among the firms designated by the United States in 2022.", {((US,), ("Gazprom Neft",))}),
    ("Hamas was designated by the United States as a terrorist organisation in 1997.", {((US,), ("Hamas",))}),
])
def test_designated_by_lists(text: str, facts: set) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == facts


@pytest.mark.parametrize("text", [
    "Anna Ruiz was designated by the United States as special envoy.",
    "Anna Ruiz was nominated by the United States in 2022.",
])
def test_an_appointment_is_no_listing(text: str) -> None:
    found = read(text, "en")
    assert {"Anna Ruiz", US} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()
