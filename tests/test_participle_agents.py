"""Whose "by" it is (``kg.extract.participle_agents``): the agent of a passive accusation or sanction, or the agent of
a participle in its complement ("was accused of violating a truce brokered by Qatar": Qatar brokered, it did not
accuse). Sentences and names written for these tests: each positive sentence gives the exact fact, each negative one
differs by the construction and still names the entities.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

PERU, CHILE, QATAR, IRAN, CANADA = "Peru", "Chile", "Qatar", "Iran", "Canada"


# --------------------------------------------------------------------------- a participle's "by" names no accuser

@pytest.mark.parametrize(("text", "other"), [
    ("Peru was accused of violating a truce brokered by Qatar.", QATAR),
    ("Peru has been blamed for a raid led by Chile.", CHILE),
    ("Peru was condemned for an attack carried out by Chile.", CHILE),
])
def test_the_agent_of_a_participle_in_the_complement_accuses_nobody(text: str, other: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.ACCUSATION) == set()
    assert {PERU, other} <= found.entity_names()


def test_the_agent_of_a_participle_in_the_complement_imposes_no_sanction() -> None:
    """ "oil sold by Iran": Iran sold the oil; who sanctioned Peru is not said."""
    assert read("Peru was sanctioned for buying oil sold by Iran.", "en").events(EventKind.SANCTION) \
        == {((), (PERU,))}


# --------------------------------------------------------------------------- the passive's own "by" still acts

@pytest.mark.parametrize("text", [
    "Peru was accused by Chile of violating a truce brokered by Qatar.",
    "Peru was accused of violating the truce by Chile.",   # the "by" after a noun, not after a participle
    "Peru was accused of spying by Chile.",                # a gerund is no participle
])
def test_the_passive_accusation_keeps_its_own_agent(text: str) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == {((CHILE,), (PERU,))}


@pytest.mark.parametrize("text", [
    "Peru was sanctioned on Friday by Canada.",
    "Peru was sanctioned by Canada for buying oil sold by Iran.",
])
def test_the_passive_sanction_keeps_its_own_agent(text: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((CANADA,), (PERU,))}


@pytest.mark.parametrize(("text", "kind", "fact"), [
    # the participle's noun is the act's vehicle, not its reason: its author did the act
    ("Peru was sanctioned under measures imposed by Canada.", EventKind.SANCTION, ((CANADA,), (PERU,))),
    ("Peru was accused in a statement issued by Chile of violating the truce.", EventKind.ACCUSATION,
     ((CHILE,), (PERU,))),
])
def test_a_participle_in_the_acts_vehicle_keeps_its_agent(text: str, kind: EventKind, fact: tuple) -> None:
    assert read(text, "en").events(kind) == {fact}


def test_a_participle_coordinated_with_the_trigger_shares_its_agent() -> None:
    """ "accused and sanctioned by Chile": Chile did both."""
    found = read("Peru was accused and sanctioned by Chile.", "en")
    assert found.events(EventKind.ACCUSATION) == {((CHILE,), (PERU,))}
    assert found.events(EventKind.SANCTION) == {((CHILE,), (PERU,))}


# --------------------------------------------------------------------------- Indonesian: the relative clause's "oleh"

def test_the_indonesian_relative_clause_agent_imposes_no_sanction() -> None:
    """Indonesian says the construction with "yang": "minyak yang dijual oleh Iran" — Iran sold the oil."""
    assert read("Peru disanksi karena membeli minyak yang dijual oleh Iran.", "id").events(EventKind.SANCTION) \
        == {((), (PERU,))}


def test_the_indonesian_passive_sanction_keeps_its_own_agent() -> None:
    assert read("Peru disanksi oleh Kanada karena membeli minyak yang dijual oleh Iran.", "id") \
        .events(EventKind.SANCTION) == {(("Kanada",), (PERU,))}
