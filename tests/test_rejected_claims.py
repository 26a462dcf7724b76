"""A denial verb with a claim noun as its object, past the words of its noun phrase: remarks, comments and statements
are claims ("The Kremlin rejected her remarks", "rejected the statement as interference"), "brushed aside" rejects as
"dismissed" does, and a free relative's naming verb may name the claim ("rejected what it called \\"baseless
accusations\\""). Not "rejected the bid", nor a free relative naming something else ("what it called a generous offer").
Indonesian "menolak apa yang disebutnya sebagai tuduhan …" alike. Issue 9 (branch en17a). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

BEFORE = "Chile accused Peru of spying. "


@pytest.mark.parametrize("denial", [
    "Peru rejected the remarks.",
    "Peru rejected her remarks on Friday.",
    "Peru's junta, which was not invited, rejected the statement as interference.",
    "Peru's foreign ministry brushed aside the complaint.",
    "Peru's foreign ministry rejected what it called \"baseless accusations\".",
])
def test_a_claim_rejected_is_denied(denial: str) -> None:
    found = read(BEFORE + denial, "en")
    assert found.events(EventKind.DENIAL) == {(("Peru",), ())}
    assert found.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


@pytest.mark.parametrize("rejection", ["Peru rejected the bid.", "Peru rejected what it called a generous offer."])
def test_no_claim_rejected_is_no_denial(rejection: str) -> None:
    found = read(BEFORE + rejection, "en")
    assert found.events(EventKind.DENIAL) == set()
    assert found.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


def test_a_claim_named_by_a_free_relative_is_denied_in_indonesian() -> None:
    found = read("Chili menuduh Peru melakukan spionase. Peru menolak apa yang disebutnya sebagai tuduhan tak "
                 "berdasar.", "id")
    assert found.events(EventKind.DENIAL) == {(("Peru",), ())}


def test_a_free_relative_naming_no_claim_is_no_denial_in_indonesian() -> None:
    found = read("Chili menuduh Peru melakukan spionase. Peru menolak apa yang disebutnya sebagai tawaran murah hati.",
                 "id")
    assert found.events(EventKind.DENIAL) == set()
    assert found.events(EventKind.ACCUSATION) == {(("Chili",), ("Peru",))}
