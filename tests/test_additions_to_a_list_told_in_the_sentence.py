"""A bare "the list" refers to a sanction told before it — in the sentences before or earlier in the same sentence
("sanctioned Peru and added X to the list": X is sanctioned too). An adding verb whose object is added to some noun
phrase ("added X to the list" after no sanction, "added two ships to its fleet") reports no statement; "added (that)
Peru would …" still does (English; the head-initial "ke dalam daftar itu" is not read yet)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def test_a_sanction_told_earlier_in_the_sentence() -> None:
    found = read("The Commerce Department sanctioned Peru and added Blue Harbor Shipping Company to the list.", "en")
    assert found.events(EventKind.SANCTION) == {
        (("Commerce Department",), ("Peru",)), (("Commerce Department",), ("Blue Harbor Shipping Company",))}
    assert found.events(EventKind.STATEMENT) == set()


@pytest.mark.parametrize("text", [
    "The Commerce Department met Peru and added Blue Harbor Shipping Company to the list.",
    "Chile met Peru on Monday. The Commerce Department added Blue Harbor Shipping Company to the list.",
])
def test_no_sanction_told_no_addition_and_no_statement(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.SANCTION) == set()
    assert found.events(EventKind.STATEMENT) == set()
    assert "Blue Harbor Shipping Company" in found.entity_names()


def test_added_to_a_noun_is_no_statement() -> None:
    found = read("Chile added two ships to its fleet.", "en")
    assert found.events(EventKind.STATEMENT) == set()
    assert "Chile" in found.entity_names()


@pytest.mark.parametrize("text", [
    "Ana Ruiz added that Peru would meet Chile.",
    "Ana Ruiz added Peru would return to the table.",
    "Ana Ruiz added the country returned to the table.",
])
def test_added_reporting_a_clause_is_a_statement(text: str) -> None:
    assert read(text, "en").events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}
