"""English "add to" right before a noun phrase grows something ("Chile added to its fleet", "added to the pressure
on Peru"): no clause is reported, so the verb of saying "added" makes no statement — unless a clause around it is
reported ("added to reporters that …", "Peru met Chile, Ana Ruiz added to the BBC", a quotation). Indonesian grows
with "menambah" and reports with "menambahkan … bahwa", pinned alongside. Sentences written for these tests (branch
fix16)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Chile added to its fleet.",
    "Chile added to the pressure on Peru.",
    "Chile added two ships to its fleet.",
])
def test_add_to_a_noun_phrase_reports_nothing(text: str) -> None:
    found = read(text, "en")
    assert "Chile" in found.entity_names()
    assert found.events(EventKind.STATEMENT) == set()


@pytest.mark.parametrize(("text", "speaker"), [
    ("Chile added to reporters that Peru was wrong.", "Chile"),
    ("Peru met Chile, Ana Ruiz added to the BBC.", "Ana Ruiz"),
    ('"Peru is wrong," Ana Ruiz added to the BBC.', "Ana Ruiz"),
])
def test_add_to_with_a_clause_reported_is_a_statement(text: str, speaker: str) -> None:
    assert read(text, "en").events(EventKind.STATEMENT) == {((speaker,), ())}


@pytest.mark.parametrize(("text", "facts"), [
    ("Chile menambah armadanya.", set()),
    ("Ana Ruiz menambahkan kepada wartawan bahwa Peru salah.", {(("Ana Ruiz",), ())}),
])
def test_indonesian_grows_with_menambah_and_reports_with_menambahkan(text: str, facts: set) -> None:
    assert read(text, "id").events(EventKind.STATEMENT) == facts
