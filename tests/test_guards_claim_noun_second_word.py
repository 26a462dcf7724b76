""""The charges Peru rejected on Monday came from Chile": a claim noun as a sentence's second word, before the subject
and the denial verb (``denials._fronted_denials``), is a denial by that subject, issue 9 (branch mut15, seed 181);
the same shape with a noun and verb of no claim is none. English: Indonesian puts the verb first ("tuduhan yang
dibantah Peru"), another rule. Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_a_claim_noun_opening_the_sentence_after_its_article_is_denied_by_the_subject_after_it() -> None:
    found = read("The charges Peru rejected on Monday came from Chile.", "en")
    assert found.events(EventKind.DENIAL) == {(("Peru",), ())}


def test_another_noun_and_verb_in_that_place_are_no_denial() -> None:
    found = read("The reports Peru read on Monday came from Chile.", "en")
    assert {"Chile", "Peru"} <= found.entity_names()
    assert found.events(EventKind.DENIAL) == set()
