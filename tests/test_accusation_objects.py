"""Whom a condemnation accuses: the owner of the act judged ("condemned Peru's treatment of migrants" accuses
Peru), also where a fronted "as" phrase shifts the heavy object to the end of the clause ("denounced as a grave
crime Peru's treatment of migrants").

Sentences written for these tests; each construction has a sentence that must give the exact fact and one of
the same shape that must not (a verb that judges nobody, an "as" phrase with no name after it).
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Chile condemned Peru's treatment of migrants.",
    "Chile on Monday criticised Peru's treatment of migrants.",
    "Chile on Monday denounced as a grave crime Peru's treatment of migrants.",
    "Chile condemned as illegal Peru's seizure of the fishing boats.",
])
def test_the_owner_of_a_condemned_act_is_accused(text: str) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


def test_a_name_after_the_possessive_is_the_accused_itself() -> None:
    got = read("Chile condemned Peru's Ministry of Defence for the raid.", "en")
    # the ministry, named with its owner (tests/test_owned_state_bodies.py), not Peru
    assert got.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru's Ministry of Defence",))}


@pytest.mark.parametrize("text", [
    "Chile welcomed Peru's decision to open the border.",  # welcoming judges nobody
    "Chile praised Peru's treatment of migrants.",
])
def test_the_owner_of_an_act_welcomed_is_not_accused(text: str) -> None:
    got = read(text, "en")
    assert {"Chile", "Peru"} <= got.entity_names()
    assert got.events(EventKind.ACCUSATION) == set()


def test_an_as_phrase_with_no_name_after_it_accuses_nobody() -> None:
    got = read("Chile denounced the decision as a grave crime against Peru's fishermen.", "en")
    assert {"Chile", "Peru"} <= got.entity_names()
    assert got.events(EventKind.ACCUSATION) == set()


# -- branch en10: the doer of a condemned act named after "by" ("the attack by X", "serangan oleh X") ------------------
@pytest.mark.parametrize(("text", "lang", "accuser"), [
    ("Chile condemned the deadly attack by Bolivia on the border post.", "en", "Chile"),
    ("The United Nations condemns the attack by Bolivia on an aid convoy.", "en", "United Nations"),
    ("Chile mengecam serangan oleh Bolivia di perbatasan.", "id", "Chili"),
])
def test_the_doer_after_by_is_accused(text: str, lang: str, accuser: str) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {((accuser,), ("Bolivia",))}


@pytest.mark.parametrize("text", [
    "Chile condemned the attack on the border post near Bolivia.",  # no doer named
    "Chile condemned the attack, which was carried out by Bolivia.",  # a relative clause, not the act's "by"
])
def test_no_doer_named_after_the_act_noun_is_no_accusation(text: str) -> None:
    x = read(text, "en")
    assert {"Chile", "Bolivia"} <= x.entity_names()
    assert x.events(EventKind.ACCUSATION) == set()
