"""A time phrase between a sanction and its target (branch en11, issue 9): "imposed sanctions on Tuesday on ten
officials of X", "on March 3, 2024, against X" — the first preposition only dates the act; the target follows the
next one. A day alone after the preposition names no target. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

EU = "European Union"


@pytest.mark.parametrize(("text", "target"), [
    ("The European Union imposed sanctions on Tuesday on ten officials of Myanmar.", "Myanmar"),
    ("The European Union imposed sanctions on March 3, 2024, against Ahmad Yusuf.", "Ahmad Yusuf"),
    ("The European Union imposed new sanctions on Friday against three Russian banks.", "Russia"),
])
def test_the_target_after_a_dated_preposition(text: str, target: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((EU,), (target,))}


@pytest.mark.parametrize("text", [
    "The European Union imposed sanctions on Tuesday in Brussels.",  # a place, no target
    "The European Union imposed sanctions on Tuesday, Myanmar's foreign ministry said.",
])
def test_a_day_alone_names_no_target(text: str) -> None:
    x = read(text, "en")
    assert EU in x.entity_names()
    assert x.events(EventKind.SANCTION) == set()
