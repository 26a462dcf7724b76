"""A definite noun of a group — the nouns that follow a group's name, "the group", "the paramilitary group", "the
movement" (``org_cues_after``) — opening a clause refers to the organisation named last, in its sentence or the one
before: "X blamed the RSF for the strike. The paramilitary group denied any involvement and accused Y of staging
it" — the RSF denies and accuses. Issue 9 (branch en14a). English: Indonesian writes the group's noun first and a
demonstrative after ("kelompok itu"), read by the anaphora of head-initial languages. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

NAMED = "Chile blamed the Ocean Liberation Front (OLF) for the attack on the port."


@pytest.mark.parametrize("noun", ["The group", "The armed group", "The movement"])
def test_the_group_noun_is_the_organisation_named_before(noun: str) -> None:
    found = read(f"{NAMED} {noun} denied any involvement.", "en")
    assert found.events(EventKind.DENIAL) == {(("Ocean Liberation Front",), ())}


def test_a_verb_coordinated_after_the_group_noun_shares_it() -> None:
    found = read(f"{NAMED} The paramilitary group denied any involvement and accused Peru of staging it.", "en")
    assert (("Ocean Liberation Front",), ("Peru",)) in found.events(EventKind.ACCUSATION)
    assert found.events(EventKind.DENIAL) == {(("Ocean Liberation Front",), ())}


def test_no_organisation_named_before_names_no_group() -> None:
    found = read("Chile accused Peru of spying. The group met on Monday and accused Bolivia of lying.", "en")
    assert "Bolivia" in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


def test_an_organisation_named_two_sentences_before_is_too_far() -> None:
    found = read(f"{NAMED} Residents fled the port. Hundreds were hurt. The group denied any involvement.", "en")
    assert found.events(EventKind.DENIAL) == set()


def test_a_group_of_people_is_no_reference() -> None:
    found = read(f"{NAMED} The group of experts said the port was closed.", "en")
    assert found.events(EventKind.STATEMENT) == {(("Chile",), ())}
