"""A place beside the subject is no party (branch en13a; the mut15 findings): "Two days after Chile in Lima met
Bolivia" is Chile's meeting (a place after "in" is where the subject was: ``DocView._verb_right_after``; "in" is no
title word though "commander in chief" is a title), and "The new envoy to Lima – who arrived on Monday – met Marta
Vidal" names no one who met her (the name before the aside follows a preposition: ``ArgumentSearch._aside_subject``),
while "Ana Ruiz – who arrived on Monday – met Marta Vidal" is Ana Ruiz's meeting. English. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Two days after Chile in Lima met Bolivia, Peru protested.",
    "Two days after Chile in Lima also met Bolivia, Peru protested.",
    "Two days after Chile met Bolivia, Peru protested.",
])
def test_the_subject_before_a_place_met(text: str) -> None:
    assert read(text, "en").events(EventKind.MEETING) == {(("Bolivia", "Chile"), ())}


def test_a_title_with_in_still_titles_the_name() -> None:
    found = read("Commander in Chief Ana Ruiz met Marta Vidal.", "en")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


@pytest.mark.parametrize("text", [
    "The new envoy to Lima – who arrived on Monday – met Marta Vidal.",
    "The new envoy to Lima (who arrived on Monday) met Marta Vidal.",
])
def test_a_place_a_post_is_in_before_an_aside_is_no_party(text: str) -> None:
    found = read(text, "en")
    assert "Lima" in found.entity_names()
    assert found.events(EventKind.MEETING) == set()


@pytest.mark.parametrize("text", [
    "Ana Ruiz – who arrived on Monday – met Marta Vidal.",
    "Ana Ruiz (who arrived on Monday) met Marta Vidal.",
])
def test_a_name_before_an_aside_is_the_subject(text: str) -> None:
    assert read(text, "en").events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}
