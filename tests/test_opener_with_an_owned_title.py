"""The opener of a sentence told before an act referred back (session 18, en18a): "U.S. Secretary of State X …",
"U.N. Secretary-General X …" open with the title's holder, as "Russian Defence Minister X …" already did — a title of
several words (a glue word, a hyphen) no longer stops the phrase at its owner, so "India blamed the attack" after
"U.N. Secretary-General X condemned the bombing" accuses neither the United Nations nor X (he only spoke of it);
and "Peru's Defence Ministry accused …" opens with the ministry, whose accusation names the doer of the attack
condemned after (before, the possessor Peru opened it and was taken as the doer).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("opener", [
    "LONDON (AP) — U.N. Secretary-General Ana Ruiz",
    "WASHINGTON (AP) — U.S. Secretary of State Ana Ruiz",
])
def test_the_owner_of_the_openers_title_did_no_act(opener: str) -> None:
    r = read(f"{opener} on Monday condemned the bombing of a bus. India condemned the attack.", "en")
    assert r.events(EventKind.ACCUSATION) == set()
    assert r.events(EventKind.STATEMENT) == {(("Ana Ruiz",), ()), (("India",), ())}


def test_an_act_told_by_its_doer_is_still_found() -> None:
    r = read("LONDON (AP) — Russian forces on Monday struck a market in Kharkiv. Germany condemned the attack.", "en")
    assert r.events(EventKind.ACCUSATION) == {(("Germany",), ("Russia",))}


@pytest.mark.parametrize("verb", ["condemned the attack", 'called the attack "a provocation"'])
def test_a_body_a_country_owns_opens_the_sentence(verb: str) -> None:
    # "Peru's Defence Ministry accused …": the ministry (named after the possessive) accused Chile; the attack
    # judged after is Chile's, not the ministry's country's
    lede = "LIMA (AP) — Peru's Defence Ministry on Sunday accused Chilean forces of shelling a village."
    r = read(f"{lede} Bolivia {verb}.", "en")
    assert (("Bolivia",), ("Chile",)) in r.events(EventKind.ACCUSATION)
    assert (("Bolivia",), ("Peru",)) not in r.events(EventKind.ACCUSATION)
