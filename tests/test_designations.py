"""Designations of named bodies, and lists opened by a participle (branch en12s, issue 9): "The Treasury designated
Iran's Ministry of Intelligence and Security", "Britain designated Hezbollah a terrorist organisation" sanction the
body; a designation of a person with no sanction told before, or with a role after "as", appoints ("designated Ana
Ruiz", "Ana Ruiz was designated by the president as envoy"). "Sanctioned entities include X" opening a sentence
lists the targets of the sanction told before. English only: the Indonesian lexicon has no designation verb.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TREASURY = "United States Department of the Treasury"
UK = "United Kingdom"
EU = "European Union"


@pytest.mark.parametrize(("text", "fact"), [
    ("The Treasury designated Iran's Ministry of Intelligence and Security.",
     ((TREASURY,), ("Iran's Ministry of Intelligence and Security",))),  # named with its owner (en14a)
    ("Britain designated Hezbollah a terrorist organisation.", ((UK,), ("Hezbollah",))),
    ("Hezbollah was designated by Britain in 2019.", ((UK,), ("Hezbollah",))),
])
def test_a_designated_body_is_sanctioned(text: str, fact: tuple) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {fact}


@pytest.mark.parametrize("text", [
    "The president designated Ana Ruiz.",
    "The president designated Ana Ruiz as envoy.",
    "Ana Ruiz was designated by the president as envoy.",
    "The president designated Hezbollah as the lead negotiator.",
])
def test_an_appointment_is_no_sanction(text: str) -> None:
    x = read(text, "en")
    assert x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


def test_a_participle_opening_the_sentence_lists_the_told_targets() -> None:
    x = read("The European Union imposed sanctions on Iran on Monday. Sanctioned entities include Hezbollah and "
             "Hamas.", "en")
    assert x.events(EventKind.SANCTION) == {((EU,), ("Iran",)), ((EU,), ("Hezbollah", "Hamas"))}


def test_a_participle_list_with_nothing_told_names_no_act() -> None:
    x = read("Sanctioned entities include Hezbollah and Hamas.", "en")
    assert {"Hezbollah", "Hamas"} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


def test_a_body_designated_as_a_terrorist_group_is_sanctioned() -> None:
    x = read("The Houthis were designated by the State Department as a terrorist group in February.", "en")
    assert x.events(EventKind.SANCTION) == {(("United States Department of State",), ("Houthis",))}
