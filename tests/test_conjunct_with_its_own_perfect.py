"""A verb conjunct with its own perfect auxiliary has its own tense and aspect (branch fix15, mut17 bug 6): in "Chile
berencana memperluas perdagangan dan telah mengunjungi Peru" / "Chile plans to expand trade and has visited Peru"
the plan of the first conjunct does not carry over the coordination to the visit, which is told as done; without
the auxiliary the plan may govern both ("berencana memperluas … dan mengunjungi"), and the perfect before the cue
("has planned to … and visit") is the cue's own. English and Indonesian. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

VISIT, MEETING = EventKind.VISIT, EventKind.MEETING


@pytest.mark.parametrize(("text", "lang", "kind", "fact"), [
    ("Chile berencana memperluas perdagangan dan telah mengunjungi Peru.", "id", VISIT, (("Chili",), ("Peru",))),
    ("Chile berencana memperluas perdagangan dan sudah bertemu Peru.", "id", MEETING, (("Chili", "Peru"), ())),
    ("Chile tidak memperluas perdagangan dan telah bertemu Peru.", "id", MEETING, (("Chili", "Peru"), ())),
    ("Chile plans to expand trade and has visited Peru.", "en", VISIT, (("Chile",), ("Peru",))),
    ("Chile did not expand trade and has met Peru.", "en", MEETING, (("Chile", "Peru"), ())),
])
def test_the_conjunct_with_its_own_perfect_is_told_as_done(text: str, lang: str, kind: EventKind, fact: tuple) -> None:
    assert read(text, lang).events(kind) == {fact}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile berencana memperluas perdagangan dan mengunjungi Peru.", "id"),  # the plan governs both conjuncts
    ("Chile has planned to expand trade and visit Peru.", "en"),  # the perfect is the plan's own
    ("Chile did not expand trade and has not met Peru.", "en"),  # the conjunct's own negation
    ("Chile tidak memperluas perdagangan dan belum mengunjungi Peru.", "id"),
])
def test_a_conjunct_without_its_own_perfect_or_with_its_own_negation(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Peru" in found.entity_names()
    assert found.events(EventKind.VISIT) | found.events(EventKind.MEETING) == set()
