""" "Chile was visiting Peru" is no passive: an auxiliary before the verb makes a passive only when no object follows
— a name, a determiner or a member phrase after the verb makes it active (``EventFinder._passive_voice``, mut18,
seed 193: the siblings of 17). English (an Indonesian passive is marked on the verb). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", ["Chile was visiting Peru.", "Chile was visiting the capital of Peru."])
def test_a_progressive_verb_with_an_object_is_active(text: str) -> None:
    assert read(text, "en").events(EventKind.VISIT) == {(("Chile",), ("Peru",))}


def test_a_passive_verb_with_its_agent_after_by() -> None:
    assert read("Chile was visited by Peru.", "en").events(EventKind.VISIT) == {(("Peru",), ("Chile",))}
