"""Counted members named by their trade (branch en14s, issue 9): "imposed sanctions on two China-based terminal
operators, X and Y", "sanctioned three drone makers, X and Y" — operators, makers, producers, conglomerates are
nouns of members (lexicon ``member_nouns``), so the names apposed after them are the targets. English. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

STATE = "United States Department of State"
QINGSHAN, LIANBEI = "Qingshan Harbor Storage Co.", "Lianbei Oil Terminal"


@pytest.mark.parametrize("text", [
    f"The State Department imposed sanctions on two China-based terminal operators, {QINGSHAN} and {LIANBEI}.",
    f"The State Department imposed sanctions on two terminal operators, {QINGSHAN} and {LIANBEI}.",
])
def test_the_operators_named_are_the_targets(text: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((STATE,), (QINGSHAN, LIANBEI))}


def test_operators_praised_are_not_sanctioned() -> None:
    found = read(f"The State Department praised two terminal operators, {QINGSHAN} and {LIANBEI}.", "en")
    assert QINGSHAN in found.entity_names()
    assert found.events(EventKind.SANCTION) == set()
