"""The receiving side of a courtesy call ("X received a courtesy call from Y", "received a courtesy visit from Y") is
a meeting of X and Y, as "Y paid a courtesy call on X" is — and no visit: local ministers and envoys call on a
visiting leader as often as the reverse. A letter or a phone bill received is no meeting. "Sat down with" in its
gerund ("before sitting down with X") is a meeting too. Issue 9 (branch en16a). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

PAIR = {(("Gabriel Boric", "Luiz Inácio Lula da Silva"), ())}


@pytest.mark.parametrize("phrase", ["received a courtesy call from", "receives a courtesy call from",
                                    "received a courtesy visit from", "received a visit from"])
def test_a_courtesy_call_received_is_a_meeting(phrase: str) -> None:
    found = read(f"Gabriel Boric {phrase} Luiz Inacio Lula da Silva on Monday.", "en")
    assert found.events(EventKind.MEETING) == PAIR


def test_a_courtesy_call_received_abroad_is_no_visit_of_the_caller() -> None:
    found = read("Gabriel Boric flew to Brasilia, where he received a courtesy call from Luiz Inacio Lula da Silva.",
                 "en")
    assert found.events(EventKind.MEETING) == PAIR
    assert found.events(EventKind.VISIT) == {(("Gabriel Boric",), ("Brasília",))}


@pytest.mark.parametrize("text", [
    "Gabriel Boric received a letter from Luiz Inacio Lula da Silva on Monday.",
    "Gabriel Boric did not receive a courtesy call from Luiz Inacio Lula da Silva on Monday.",
])
def test_a_letter_or_a_call_not_received_is_no_meeting(text: str) -> None:
    found = read(text, "en")
    assert {"Gabriel Boric", "Luiz Inácio Lula da Silva"} <= found.entity_names()
    assert found.events(EventKind.MEETING) == set()


def test_sitting_down_with_after_another_meeting() -> None:
    found = read("Gabriel Boric met Luiz Inacio Lula da Silva before sitting down with Javier Milei in Brasilia.",
                 "en")
    assert found.events(EventKind.MEETING) == PAIR | {(("Gabriel Boric", "Javier Milei"), ())}


def test_sitting_down_to_dinner_is_no_meeting() -> None:
    found = read("Gabriel Boric met Luiz Inacio Lula da Silva before sitting down to dinner in Brasilia.", "en")
    assert found.events(EventKind.MEETING) == PAIR
