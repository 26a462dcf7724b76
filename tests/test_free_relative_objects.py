"""An act's object after a free relative that names it (branch en11, issue 9): "condemned what he described as
Russia's campaign", "what Kyiv called Russia's attack", "mengecam apa yang disebutnya sebagai serangan Rusia" — the
one whose act is named is accused. A participle that names what the subject just judged ("…, calling it a
courageous step") reports what the subject said. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Germany condemned what it described as Russia's deliberate campaign against civilians.",
    "Germany condemned what Kyiv called Russia's attack on the power grid.",
    "Germany on Friday condemned what the chancellor termed Russia's terror against civilians.",
])
def test_the_owner_of_the_act_a_free_relative_names_is_accused(text: str) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == {(("Germany",), ("Russia",))}


@pytest.mark.parametrize("text", [
    "Germany condemned what it described as a deliberate campaign against civilians.",  # whose act: unsaid
    "Germany praised what it described as Russia's restraint.",  # no accusation
])
def test_no_accusation_without_an_owner_or_an_accusing_verb(text: str) -> None:
    x = read(text, "en")
    assert "Germany" in x.entity_names()
    assert x.events(EventKind.ACCUSATION) == set()


def test_indonesian_free_relative() -> None:
    x = read("Jerman mengecam apa yang disebutnya sebagai serangan Rusia terhadap warga sipil.", "id")
    assert x.events(EventKind.ACCUSATION) == {(("Jerman",), ("Rusia",))}


def test_calling_it_reports_a_statement() -> None:
    x = read("Hamas welcomed the decision, calling it a courageous step.", "en")
    assert x.events(EventKind.STATEMENT) == {(("Hamas",), ())}


def test_welcoming_alone_is_no_statement() -> None:
    x = read("Hamas welcomed the decision.", "en")
    assert "Hamas" in x.entity_names()
    assert x.events(EventKind.STATEMENT) == set()
