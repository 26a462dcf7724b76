"""What opens a sentence before its subject (branch en13a; the mut15 finding "a sentence opened by a dash or bullet
loses its events"): a dash or bullet ("— Yesterday Ana Ruiz met …", "* Yesterday …") and a day's date without a
comma ("On Monday Ana Ruiz met …") are no words of the clause, so the name after them is still its subject
(``DocView._descriptor_lead``). A lead that names someone else ("— Yesterday the envoy met …") leaves the verb
without a named subject. English and Indonesian. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

MET = {(("Ana Ruiz", "Marta Vidal"), ())}


@pytest.mark.parametrize("text", [
    "— Yesterday Ana Ruiz met Marta Vidal in Lima.",
    "* Yesterday Ana Ruiz met Marta Vidal in Lima.",
    "On Monday Ana Ruiz met Marta Vidal in Lima.",
    "— On Monday Ana Ruiz met Marta Vidal in Lima.",
])
def test_the_name_after_a_dash_or_a_date_is_the_subject(text: str) -> None:
    assert read(text, "en").events(EventKind.MEETING) == MET


def test_the_same_in_indonesian() -> None:
    assert read("— Kemarin Ana Ruiz bertemu Marta Vidal di Lima.", "id").events(EventKind.MEETING) == MET


def test_an_accusation_after_a_dash_keeps_its_accuser() -> None:
    found = read("— Yesterday Ana Ruiz accused Peru of spying.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Ana Ruiz",), ("Peru",))}


@pytest.mark.parametrize("text", [
    "— Yesterday the envoy met Marta Vidal in Lima.",
    "On Monday the envoy met Marta Vidal in Lima.",
])
def test_an_unnamed_subject_after_the_lead_meets_no_one_named(text: str) -> None:
    found = read(text, "en")
    assert "Marta Vidal" in found.entity_names()
    assert found.events(EventKind.MEETING) == set()
