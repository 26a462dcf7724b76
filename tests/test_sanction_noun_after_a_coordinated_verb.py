"""A sanction noun after a second verb of a coordination ("met Peru and discussed sanctions", "met Peru and said
sanctions were coming") is no instrument of the first verb: "and" is a partner word ("X and Y") but no preposition
introducing the means of an act, as "with" is in "targeted X with sanctions". Only a preposition that does not
coordinate makes the names before it the sanction's targets. Indonesian writes "dengan", never "dan", there; its
negatives are pinned alongside. Sentences written for these tests (branch fix16)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

CHINA = "People's Republic of China"


@pytest.mark.parametrize(("text", "facts"), [
    ("The European Union hit Peru and Bolivia with new sanctions.", {(("European Union",), ("Peru", "Bolivia"))}),
    ("Chile targeted Peru with sanctions.", {(("Chile",), ("Peru",))}),
])
def test_the_object_before_with_is_the_target(text: str, facts: set) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == facts


@pytest.mark.parametrize("text", [
    "China met Peru and discussed sanctions.",
    "China met Peru and said sanctions were coming. Taipei condemned the move.",  # reported, future, on no one named
    "China met Peru and said sanctions had been imposed.",
])
def test_a_sanction_noun_after_a_coordinated_verb_has_no_target(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.MEETING) == {((CHINA, "Peru"), ())}
    assert found.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize("text", [
    "Cina bertemu Peru dan membahas sanksi.",
    "Cina bertemu Peru dan mengatakan sanksi akan datang.",
])
def test_indonesian_a_sanction_noun_after_a_coordinated_verb_has_no_target(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.MEETING) == {(("Peru", "Republik Rakyat Tiongkok"), ())}
    assert found.events(EventKind.SANCTION) == set()
