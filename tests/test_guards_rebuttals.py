"""Guards of the rebuttal reading (``kg/extract/denials.py`` ``_rebuttals``, ``_claim_noun_after``; session 12) that no
test of the construction noticed when mutated by hand (branch mut17): which words the search for the claim noun
may cross (not a preposition, a coordinator, a relative pronoun or a complementiser: past them "claims" is another
phrase's, or a verb), the possessor right before the noun, a second rebuttal in the same sentence, and a text cut
short after a name the verb takes. English: Indonesian puts the claim noun right after the verb, which its triggers
read. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Peru rejected talks on the claims.",
    "Peru rejected the plan and claims that Chile spied.",
    "Peru rejected the plan which claims to end the war.",
    "Peru rejected the plan because claims of fraud spread.",
])
def test_a_claim_noun_past_a_preposition_coordinator_relative_or_complementiser_is_not_rejected(text: str) -> None:
    x = read(text, "en")
    assert "Peru" in x.entity_names()
    assert x.events(EventKind.DENIAL) == set()


@pytest.mark.parametrize("text", [
    "Peru rejected the claims.",
    "Peru rejected the new claims of fraud.",
])
def test_a_claim_noun_in_the_verbs_own_noun_phrase_is_rejected(text: str) -> None:
    assert read(text, "en").events(EventKind.DENIAL) == {(("Peru",), ())}


def test_the_possessor_right_before_the_allegations_accused_the_denier() -> None:
    x = read("Peru rejected Chile's allegations.", "en")
    assert x.events(EventKind.DENIAL) == {(("Peru",), ())}
    assert x.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


def test_two_rebuttals_in_one_sentence_are_two_denials() -> None:
    x = read("Peru rejected Chile's claims, and Bolivia rejected Chile's allegations.", "en")
    assert x.events(EventKind.DENIAL) == {(("Peru",), ()), (("Bolivia",), ())}
    assert x.events(EventKind.ACCUSATION) == {(("Chile",), ("Bolivia",))}


def test_a_text_cut_short_after_the_rejected_name_keeps_the_facts_before() -> None:
    x = read("Chile met Peru on Monday. Peru rejected Chile", "en")
    assert x.events(EventKind.MEETING) == {(("Chile", "Peru"), ())}
    assert x.events(EventKind.DENIAL) == set()
