"""English word classes for sanctions (branch en10b, issue 9): the EU's "restrictive measures" as a sanction noun;
a sanction noun as the instrument of the verb before it ("targeted X with sanctions"); "include" opening a list
of targets ("Those sanctioned include X"); sanctions in force that someone is only asked to lift ("urged X to lift
its sanctions on Y"); unnamed members of a leader's government ("officials of X's government"). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

EU = "European Union"
US = "United States of America"
TREASURY = "United States Department of the Treasury"


@pytest.mark.parametrize("text", [
    "The European Union adopted restrictive measures against Belarus on Monday.",
    "The European Union imposed new restrictive measures on Belarus.",
])
def test_restrictive_measures_are_sanctions(text: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((EU,), ("Belarus",))}


def test_other_measures_are_no_sanctions() -> None:
    x = read("The European Union adopted new security measures against Belarus.", "en")
    assert {EU, "Belarus"} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize(("text", "targets"), [
    ("The United States targeted Iran with new sanctions on Tuesday.", ("Iran",)),
    ("The United States hit Iran and Syria with sweeping financial sanctions.", ("Iran", "Syria")),
])
def test_targeted_with_sanctions(text: str, targets: tuple[str, ...]) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((US,), targets)}


def test_sanctions_targeting() -> None:
    x = read("The European Union announced sanctions targeting Belarus.", "en")
    assert x.events(EventKind.SANCTION) == {((EU,), ("Belarus",))}


@pytest.mark.parametrize("text", [
    "The United States targeted Iran with air strikes on Tuesday.",  # no sanction noun: "targeted" is none
    "The United States threatened Iran with new sanctions on Tuesday.",  # a threat
    "The United States held talks in Iran with sanctions experts.",  # no verb's object before "with"
])
def test_no_sanction_without_a_sanction_instrument(text: str) -> None:
    x = read(text, "en")
    assert {US, "Iran"} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


def test_those_sanctioned_include() -> None:
    x = read("The Treasury sanctioned four companies in Iran on Monday. "
             "Those sanctioned include Kaveh Aviation Services and Ana Ruiz.", "en")
    assert x.events(EventKind.SANCTION) == {((TREASURY,), ("Iran",)),
                                            ((TREASURY,), ("Kaveh Aviation Services", "Ana Ruiz"))}


@pytest.mark.parametrize("text", [
    "Those sanctioned include Kaveh Aviation Services and Ana Ruiz.",  # nothing sanctioned before: whose act?
    "The Treasury sanctioned four companies in Iran on Monday. "
    "Those present include Kaveh Aviation Services and Ana Ruiz.",  # no participle of a sanction verb
])
def test_no_listed_targets_without_a_sanction_participle_and_act(text: str) -> None:
    x = read(text, "en")
    assert {"Kaveh Aviation Services", "Ana Ruiz"} <= x.entity_names()
    assert {ev for ev in x.events(EventKind.SANCTION) if "Ana Ruiz" in ev[1]} == set()


@pytest.mark.parametrize("text", [
    "China urged the United States to lift its sanctions on Cuba.",
    "China asked the United States to ease its sanctions on Cuba.",
])
def test_sanctions_asked_to_be_lifted_are_in_force(text: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.SANCTION) == {((US,), ("Cuba",))}


@pytest.mark.parametrize("text", [
    "The United States lifted its sanctions on Cuba.",  # lifted: no longer in force
    "China called for the lifting of sanctions on Cuba.",  # whose sanctions is unsaid; China imposes none
    "China urged the United States to lift sanctions on Cuba.",  # unowned: whose is unsaid
])
def test_no_sanction_lifted_or_unowned(text: str) -> None:
    x = read(text, "en")
    assert {"Cuba"} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


def test_officials_of_a_leaders_government_stand_for_his_country() -> None:
    x = read("Venezuelan President Nicolas Maduro met Lula in Brasilia. "
             "Canada imposed sanctions on ten officials of Nicolas Maduro's government.", "en")
    assert x.events(EventKind.SANCTION) == {(("Canada",), ("Venezuela",))}


def test_a_leaders_government_with_his_country_unnamed_is_no_target() -> None:
    x = read("Canada imposed sanctions on ten officials of Nicolas Maduro's government.", "en")
    assert {"Canada", "Nicolás Maduro"} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


def test_sanctions_on_the_leader_himself() -> None:
    x = read("Venezuelan President Nicolas Maduro met Lula in Brasilia. "
             "Canada imposed sanctions on Nicolas Maduro.", "en")
    assert x.events(EventKind.SANCTION) == {(("Canada",), ("Nicolás Maduro",))}


@pytest.mark.parametrize("text", [
    "The European Union imposed asset freezes on Golden Lotus Holdings.",
    "The European Union slapped an asset freeze on Golden Lotus Holdings on Monday.",
    "The European Union imposed asset freezes and travel bans on Golden Lotus Holdings.",
])
def test_an_asset_freeze_is_a_sanction(text: str) -> None:  # branch en11
    assert read(text, "en").events(EventKind.SANCTION) == {(("European Union",), ("Golden Lotus Holdings",))}


@pytest.mark.parametrize("text", [
    "The European Union lifted the asset freeze on Golden Lotus Holdings.",
    "The European Union threatened an asset freeze on Golden Lotus Holdings.",
])
def test_a_lifted_or_threatened_asset_freeze_is_none(text: str) -> None:
    x = read(text, "en")
    assert "Golden Lotus Holdings" in x.entity_names()
    assert x.events(EventKind.SANCTION) == set()
