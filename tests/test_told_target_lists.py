"""Targets listed after a sanction told before (branch en12s, issue 9): a sentence opening with the targets of an act
("Those hit by the measures include X", "The targets include X", "Sasaran sanksi itu termasuk X") lists targets of
the sanction told just before, by its agents; and an event noun referring to a sanction told before, or owned by
its imposer, reaches its targets through a verb of scope ("The new sanctions target X", "Ottawa's sanctions target
X"). With no sanction told before the words name no one's act. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

EU = "European Union"
IRGC = "Islamic Revolutionary Guard Corps"
TOLD = "The European Union adopted restrictive measures against Iran on Monday. "


@pytest.mark.parametrize("listing", [
    f"Those hit by the measures include the {IRGC} and Hezbollah.",
    f"The targets include the {IRGC} and Hezbollah.",
    f"The targets of the new measures are the {IRGC} and Hezbollah.",
])
def test_the_listed_targets_are_the_told_sanctions(listing: str) -> None:
    x = read(TOLD + listing, "en")
    assert x.events(EventKind.SANCTION) == {((EU,), ("Iran",)), ((EU,), (IRGC, "Hezbollah"))}


@pytest.mark.parametrize("listing", [
    f"Those hit by the measures include the {IRGC} and Hezbollah.",
    f"The targets include the {IRGC} and Hezbollah.",
])
def test_without_a_told_sanction_a_list_is_no_one_s_act(listing: str) -> None:
    x = read("The European Union met Iran on Monday. " + listing, "en")
    assert {IRGC, "Hezbollah"} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


def test_the_listed_targets_in_indonesian() -> None:
    x = read("Amerika Serikat menjatuhkan sanksi terhadap Iran pada Senin. Sasaran sanksi itu termasuk Hizbullah.",
             "id")
    assert x.events(EventKind.SANCTION) == {(("Amerika Serikat",), ("Iran",)), (("Amerika Serikat",), ("Hezbollah",))}


def test_no_told_sanction_in_indonesian() -> None:
    x = read("Amerika Serikat bertemu Iran pada Senin. Sasaran sanksi itu termasuk Hizbullah.", "id")
    assert "Hezbollah" in x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


def test_the_sanctions_told_before_target_what_follows() -> None:
    x = read(TOLD + f"The new sanctions target the {IRGC} and Hezbollah.", "en")
    assert ((EU,), (IRGC, "Hezbollah")) in x.events(EventKind.SANCTION)


def test_the_owner_of_the_sanctions_imposes_them() -> None:
    x = read("Canada's sanctions target Hezbollah and Hamas.", "en")
    assert x.events(EventKind.SANCTION) == {(("Canada",), ("Hezbollah", "Hamas"))}


def test_referring_sanctions_with_nothing_told_name_no_imposer() -> None:
    x = read("The new sanctions target Hezbollah and Hamas.", "en")
    assert {"Hezbollah", "Hamas"} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == set()
