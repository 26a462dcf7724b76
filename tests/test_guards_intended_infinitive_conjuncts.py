""" "Chile wants to expand trade and to visit Peru": a cue of intent with an infinitive complement governs a second
infinitive conjunct too — the visit is only wanted, no event; a finite verb after the "and" is an act of its own
("… and visited Peru"). The words settle this shape without the parse (``ModalityReader._governs``, mut18, seed
193: 26 — the parse alone reads the second infinitive as free). English (Indonesian: the parse agrees with the
words). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("act", "kind"), [("to visit Peru", EventKind.VISIT), ("to meet Peru", EventKind.MEETING)])
def test_a_wanted_second_infinitive_is_no_event(act: str, kind: EventKind) -> None:
    x = read(f"Chile wants to expand trade and {act}.", "en")
    assert x.entity_names() == {"Chile", "Peru"}
    assert not x.events(kind)


@pytest.mark.parametrize(("act", "kind", "facts"), [
    ("visited Peru", EventKind.VISIT, {(("Chile",), ("Peru",))}),
    ("met Peru", EventKind.MEETING, {(("Chile", "Peru"), ())}),
])
def test_a_finite_verb_after_the_wanted_infinitive_is_an_event(act: str, kind: EventKind, facts: set) -> None:
    assert read(f"Chile wants to expand trade and {act}.", "en").events(kind) == facts
