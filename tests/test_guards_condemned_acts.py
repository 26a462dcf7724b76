"""Guards of ``condemned_acts`` (session 13): the act noun a condemnation names, read past an article and up to
three modifiers, its doer after "by" only when that doer can act, and a text cut short right after the verb or
the act noun. Minimal pairs with made-up sentences, each failing with its one-token mutant applied by hand."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TOLD = "Peru attacked Bolivia on Monday. "


@pytest.mark.parametrize("text", [
    "Chile condemned the latest deadly border attack by Peru.",  # the doer after "by", three modifiers
    TOLD + "Chile condemned the latest deadly border attack.",  # the doer told before, three modifiers
])
def test_an_act_noun_after_three_modifiers_names_its_doer(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


def test_a_treaty_after_by_is_no_doer() -> None:
    found = read("Chile condemned the attack by the Treaty of Lima.", "en")
    assert found.events(EventKind.ACCUSATION) == set()
    assert found.events(EventKind.STATEMENT) == {(("Chile",), ())}
    assert "Treaty of Lima" in found.entity_names()


def test_a_person_after_by_is_the_doer() -> None:
    found = read("Chile condemned the attack by Ana Ruiz.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Chile",), ("Ana Ruiz",))}


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    (TOLD + "Chile condemned", "en", "Chile"),  # cut short after the verb
    ("Peru menyerang Bolivia pada Senin. Chili mengecam serangan", "id", "Chili"),  # after the act noun
])
def test_a_condemnation_cut_short_is_the_speakers_statement(text: str, lang: str, speaker: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.STATEMENT) == {((speaker,), ())}
    assert found.events(EventKind.ACCUSATION) == set()
