"""A sanctions press release (branch en10, issue 9): targets listed after a participle ("Among those designated
are X and Y"), a further designation by the agent whose sanctions were told before ("The Treasury also designated
X"), a place before "-based" that only says where a target is. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TREASURY = "United States Department of the Treasury"
BEFORE = "The Treasury today sanctioned four companies in Iran for supplying drone parts. "


def test_targets_listed_after_those_designated() -> None:
    x = read(BEFORE + "Among those designated are Tehran-based Kaveh Aviation Services and Ana Ruiz.", "en")
    assert x.events(EventKind.SANCTION) == {((TREASURY,), ("Iran",)),
                                            ((TREASURY,), ("Kaveh Aviation Services", "Ana Ruiz"))}


@pytest.mark.parametrize("text", [
    "Among those designated are Kaveh Aviation Services and Ana Ruiz.",  # no sanction told before: whose?
    "Among those present were Kaveh Aviation Services and Ana Ruiz.",  # no act of sanctioning at all
])
def test_no_listed_targets_without_an_act_told_before(text: str) -> None:
    x = read(text, "en")
    assert {"Kaveh Aviation Services", "Ana Ruiz"} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


def test_a_further_designation_by_the_same_agent_is_a_sanction() -> None:
    x = read(BEFORE + "The Treasury also designated Dubai-based Kaveh Star Trading, which shipped engines.", "en")
    assert x.events(EventKind.SANCTION) == {((TREASURY,), ("Iran",)), ((TREASURY,), ("Kaveh Star Trading",))}


@pytest.mark.parametrize("text", [
    BEFORE + "The Treasury also designated Ana Ruiz as its envoy to Iran.",  # an appointment
    "The Treasury designated Ana Ruiz on Monday.",  # nothing sanctioned before
])
def test_a_designation_without_sanctions_before_or_as_an_office_is_none(text: str) -> None:
    x = read(text, "en")
    assert "Ana Ruiz" in x.entity_names()
    assert not any("Ana Ruiz" in targets for _, targets in x.events(EventKind.SANCTION))
