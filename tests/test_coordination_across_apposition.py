"""A conjunct's apposition set off by commas ("met A, the summit's host, and B", "met A, his counterpart, and B")
does not end the coordination: B is met too. With no name after the conjunction, or a comma and a conjunction with no
apposition before them ("met A in X, and B thanked him": a second clause), nothing is added. Issue 9 (branch en15a).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

BOTH = {(("Kassym-Jomart Tokayev", "Xi Jinping"), ()), (("Shavkat Mirziyoyev", "Xi Jinping"), ())}


@pytest.mark.parametrize("apposition", ["the summit's host", "the host", "his longtime friend", "a former diplomat"])
def test_an_apposition_inside_the_coordination_is_skipped(apposition: str) -> None:
    found = read(f"Xi Jinping met Kassym-Jomart Tokayev, {apposition}, and Shavkat Mirziyoyev in Astana.", "en")
    assert found.events(EventKind.MEETING) == BOTH


def test_a_clause_after_a_comma_and_conjunction_is_no_conjunct() -> None:
    found = read("Xi Jinping met Kassym-Jomart Tokayev in Astana, and Shavkat Mirziyoyev thanked him.", "en")
    assert found.events(EventKind.MEETING) == {(("Kassym-Jomart Tokayev", "Xi Jinping"), ())}


def test_an_apposition_before_no_name_adds_no_conjunct() -> None:
    found = read("Xi Jinping met Kassym-Jomart Tokayev, the host, and then flew to Tashkent.", "en")
    assert found.events(EventKind.MEETING) == {(("Kassym-Jomart Tokayev", "Xi Jinping"), ())}
