""""The two heads of state", "both heads of state", "the two heads of government" refer to the two leaders named
before, as "the two leaders" does (en ``plural_anaphora``, Person): they condemn, deny and state as those people.
Unnamed "heads of state of the region" refer to no one. Issue 9 (branch en16a). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

PAIR = ("Félix Tshisekedi", "Paul Kagame")


@pytest.mark.parametrize("phrase", ["Both heads of state", "The two heads of state", "The two heads of government"])
def test_the_two_heads_of_state_are_the_pair_named_before(phrase: str) -> None:
    found = read(f"Felix Tshisekedi met Paul Kagame in Luanda on Monday. {phrase} condemned the attack on Goma.", "en")
    assert found.events(EventKind.STATEMENT) == {(PAIR, ())}


def test_heads_of_state_of_a_region_are_no_pair() -> None:
    found = read("Felix Tshisekedi met Paul Kagame in Luanda on Monday. Heads of state of the region condemned the "
                 "attack on Goma.", "en")
    assert found.events(EventKind.MEETING) == {(PAIR, ())}
    assert found.events(EventKind.STATEMENT) == set()
