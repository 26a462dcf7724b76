"""A body's head written with a generic title and no name — "IAEA chief", "the U.N. chief", "U.N. aid chief",
headline style — is the person the document names as that body's head (with any leader's title: "Director General
X"), or the body's official named with the same words ("U.N. aid chief X"); named nowhere, the head is unnamed and
the body does not act for them, as "The President of Australia said …" is no statement of Australia. The headline
"U.N. rights chief condemns killings" is no act of the U.N. that a later "condemned the killings" accuses. Issue 9
(branch en14a; en13a's open class). English: Indonesian heads write the title first ("Kepala IAEA"). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

BODY = ("TEHRAN, May 6 (Reuters) - International Atomic Energy Agency Director General Rafael Grossi arrived in Tehran "
        "on Tuesday.")


@pytest.mark.parametrize("headline", ["IAEA chief arrives in Tehran", "IAEA head arrives in Tehran"])
def test_a_headline_head_is_the_head_the_story_names(headline: str) -> None:
    found = read(f"{headline}\n\n{BODY}", "en")
    assert found.relations(RelationKind.LEADER_OF) == {("Rafael Grossi", "International Atomic Energy Agency")}
    assert found.events(EventKind.VISIT) == {(("Rafael Grossi",), ("Tehran",))}


def test_a_head_named_before_is_the_head_referred_to() -> None:
    found = read("International Atomic Energy Agency Director General Rafael Grossi spoke in Vienna on Monday. "
                 "The IAEA chief arrived in Tehran on Tuesday.", "en")
    assert found.events(EventKind.VISIT) == {(("Rafael Grossi",), ("Tehran",))}


def test_an_official_named_with_the_same_words_is_the_one_referred_to() -> None:
    found = read("U.N. aid chief visits Sudan\n\nPORT SUDAN (Reuters) - U.N. aid chief Tom Fletcher arrived in Sudan "
                 "on Monday.", "en")
    assert found.events(EventKind.VISIT) == {(("Tom Fletcher",), ("Sudan",))}


def test_a_head_named_nowhere_makes_no_act_of_the_body() -> None:
    found = read("The IAEA chief arrived in Tehran on Tuesday.", "en")
    assert {"International Atomic Energy Agency", "Tehran"} <= found.entity_names()
    assert found.events(EventKind.VISIT) == set()


def test_the_body_itself_still_acts() -> None:
    found = read("The IAEA said on Tuesday that inspectors had arrived in Tehran.", "en")
    assert found.events(EventKind.STATEMENT) == {(("International Atomic Energy Agency",), ())}


def test_a_headline_condemnation_by_a_head_is_no_act_to_condemn() -> None:
    found = read("U.N. rights chief condemns killings\n\nGENEVA (Reuters) - U.N. High Commissioner for Human Rights "
                 "Volker Türk on Friday condemned the killings.", "en")
    assert found.events(EventKind.ACCUSATION) == set()
    assert found.events(EventKind.STATEMENT) == {(("Volker Türk",), ())}


def test_an_act_told_by_a_body_before_is_still_condemned() -> None:
    found = read("NATO struck a convoy in Libya on Monday. Russia condemned the attack.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Russia",), ("North Atlantic Treaty Organisation",))}
