""""Chile held talks on Saturday (4/1) (local time) with Peru": a parenthesis adds no words between an event and its
partner, and neither do two in a row (``view.object_right`` skips each from its "(" to its ")"), issue 9 (branch
mut15, seed 181); the mutant found the first ")" before the second "(" and never moved on. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "chile"), [
    ("Chile held talks on Saturday (4/1) (local time) with Peru in Lima.", "en", "Chile"),
    ("Chile mengadakan pertemuan Sabtu (4/1) (waktu setempat) dengan Peru di Lima.", "id", "Chili"),
])
def test_the_partner_after_two_parentheses_is_met(text: str, lang: str, chile: str) -> None:
    assert read(text, lang).events(EventKind.MEETING) == {((chile, "Peru"), ())}


@pytest.mark.parametrize(("text", "lang", "chile"), [
    ("Chile held talks on Saturday (4/1) (local time) in Lima.", "en", "Chile"),
    ("Chile mengadakan pertemuan Sabtu (4/1) (waktu setempat) di Lima.", "id", "Chili"),
])
def test_a_place_after_two_parentheses_is_met_by_nobody(text: str, lang: str, chile: str) -> None:
    found = read(text, lang)
    assert chile in found.entity_names()
    assert found.events(EventKind.MEETING) == set()
