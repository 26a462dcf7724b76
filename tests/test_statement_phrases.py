"""Statements made by issuing one or by repeating what was said (branch en12a, issue 9): "X and Y issued a joint
statement", "X repeated the claim", "X repeated its call for …" — the subject spoke, every coordinated subject.
A statement issued by someone named after the noun, or accusations called "repeated" (an adjective), are no such
verb. English phrases (Indonesian "mengeluarkan pernyataan" is read by its own triggers). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Chile and Peru issued a joint statement deploring the executions.",
    "Chile and Peru on Friday issued a statement on the border.",
])
def test_issuing_a_statement(text: str) -> None:
    assert read(text, "en").events(EventKind.STATEMENT) == {(("Chile", "Peru"), ())}


@pytest.mark.parametrize("text", [
    "Ana Ruiz repeated the claim on Tuesday.",
    "Ana Ruiz repeated the accusations in a speech.",
    "Ana Ruiz repeated her call for a ceasefire.",
])
def test_repeating_what_was_said(text: str) -> None:
    assert read(text, "en").events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}


@pytest.mark.parametrize("text", [
    "Chile's repeated accusations angered Peru.",
    "Peru has not issued a statement.",
    "Peru read the statement issued by the court.",
])
def test_no_statement_without_the_verb_of_its_subject(text: str) -> None:
    x = read(text, "en")
    assert "Peru" in x.entity_names()
    assert x.events(EventKind.STATEMENT) == set()
