"""A denial verb and a claim noun with the words of the noun's phrase between them (branch en12a, issue 9): "rejected
the claim as disinformation", "flatly rejected Chile's latest allegations", "dismissed the complaint as a
provocation" — the subject denied. The possessor of accusations rejected accused the denier; "charges" and
"allegation" are accusation nouns, so "the charges by Chile" names an accuser as "the allegations by Chile" does.
A name as the verb's object ("rejected Chile's bid") is no claim. English: Indonesian puts the noun right after
the verb ("membantah tuduhan"), which its triggers read. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

PERU_DENIED = {(("Peru",), ())}


@pytest.mark.parametrize("text", [
    "Peru rejected the claim as disinformation.",
    "Peru dismissed the complaint as a provocation by foreign companies.",
    "Peru rejected the latest claims, calling them absurd.",
    "Peru on Monday dismissed the new allegations as baseless.",
    "Peru rejected the criticism, calling it politically motivated.",
])
def test_a_claim_noun_rejected_is_a_denial(text: str) -> None:
    assert read(text, "en").events(EventKind.DENIAL) == PERU_DENIED


@pytest.mark.parametrize("text", [
    "Peru rejected Chile's bid for the seat.",
    "Peru rejected the proposal.",
    "Peru did not reject the claims.",
])
def test_no_claim_no_denial(text: str) -> None:
    x = read(text, "en")
    assert "Peru" in x.entity_names()
    assert x.events(EventKind.DENIAL) == set()


def test_the_owner_of_the_allegations_rejected_accused_the_denier() -> None:
    x = read("Peru rejected Chile's latest allegations.", "en")
    assert x.events(EventKind.DENIAL) == PERU_DENIED
    assert x.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


def test_the_owner_of_claims_is_no_accuser() -> None:
    x = read("Peru rejected Chile's latest claims.", "en")  # a claim need not accuse anyone
    assert x.events(EventKind.DENIAL) == PERU_DENIED
    assert x.events(EventKind.ACCUSATION) == set()


@pytest.mark.parametrize("text", [
    "Peru denied the charges by Chile.",
    "Peru rejected the allegation by Chile.",
])
def test_charges_by_a_named_accuser(text: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.DENIAL) == PERU_DENIED
    assert x.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


def test_charges_against_a_named_target_are_an_accusation() -> None:
    assert read("Chile filed charges against Peru at the court.", "en").events(EventKind.ACCUSATION) == {
        (("Chile",), ("Peru",))}


def test_charges_without_a_target_accuse_no_one() -> None:
    x = read("Chile dropped the charges last year.", "en")
    assert "Chile" in x.entity_names()
    assert x.events(EventKind.ACCUSATION) == set()
