"""Sanctions in force, their imposers modifying the noun (branch en14s, issue 9): "X remains under U.S. and EU
sanctions", "He has been under U.S. and EU sanctions since 2022", "X is subject to U.S. and EU sanctions" — the
clause's subject is sanctioned by each name before the noun. English (lexicon ``sanction_state_preps``); Indonesian
names the imposers after the noun ("di bawah sanksi AS dan Uni Eropa"), which its passive frame reads. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

US, EU = "United States of America", "European Union"


@pytest.mark.parametrize(("text", "lang", "facts"), [
    ("Igor Sechin remains under U.S. and EU sanctions.", "en", {((EU, US), ("Igor Sechin",))}),
    ("Igor Sechin has been under U.S. sanctions since 2022.", "en", {((US,), ("Igor Sechin",))}),
    ("Igor Sechin runs Rosneft. He remains under U.S. and EU sanctions.", "en", {((EU, US), ("Igor Sechin",))}),
    ("Igor Sechin is subject to U.S. and EU sanctions.", "en", {((EU, US), ("Igor Sechin",))}),
    ("Igor Sechin masih berada di bawah sanksi Amerika Serikat dan Uni Eropa.", "id",
     {(("Amerika Serikat", "Uni Eropa"), ("Igor Sechin",))}),
])
def test_under_the_sanctions_of_the_names_before_the_noun(text: str, lang: str, facts: set) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == facts


@pytest.mark.parametrize("text", [
    "Igor Sechin discussed the U.S. and EU sanctions.",  # no preposition of state: what he spoke about
    "Igor Sechin spoke under EU rules.",  # under something else
])
def test_no_sanction_without_a_state_under_them(text: str) -> None:
    found = read(text, "en")
    assert {"Igor Sechin", EU} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize(("text", "facts"), [
    ("Igor Sechin has been under U.S., British and EU sanctions since 2022.",
     {((EU, "United Kingdom", US), ("Igor Sechin",))}),
    ("Alexander Lukashenko has been subject to Swiss restrictions since 2020.",
     {(("Switzerland",), ("Alexander Lukashenko",))}),
])
def test_a_nationality_imposes_the_sanctions_it_modifies(text: str, facts: set) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == facts


def test_a_nationality_before_sanctions_elsewhere_imposes_nothing() -> None:
    # "Russian sanctions" may be sanctions on Russia: only a preposition of state makes the nationality an imposer
    found = read("Igor Sechin called for the lifting of Russian sanctions.", "en")
    assert "Igor Sechin" in found.entity_names()
    assert found.events(EventKind.SANCTION) == set()
