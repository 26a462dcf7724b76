"""Posts held for a body or a portfolio (issue 9, session 15, branch id15), Indonesian, by the exact fact: "Wakil Tetap
Indonesia untuk PBB Umar Hadi" (a permanent representative) and "Komisaris Tinggi PBB untuk HAM Volker Turk" (a high
commissioner of a body, for a portfolio) name the holder, whose acts are theirs — the holder's name is no
organisation glued to the acronym before it. With no holder after the post, no person is read."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


def test_a_high_commissioner_of_a_body_for_a_portfolio_is_the_person() -> None:
    found = read("Komisaris Tinggi PBB untuk HAM Volker Turk menuduh RSF melakukan pembunuhan massal.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Volker Turk",), ("RSF",))}
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Volker Turk", "Perserikatan Bangsa-Bangsa")}


def test_a_permanent_representative_to_a_body_is_the_countrys_official() -> None:
    found = read("Wakil Tetap Indonesia untuk PBB Umar Hadi mengatakan Indonesia mendukung penyelidikan.", "id")
    assert found.events(EventKind.STATEMENT) == {(("Umar Hadi",), ())}
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Umar Hadi", "Indonesia")}


def test_a_post_with_no_holder_names_no_person() -> None:
    found = read("Komisaris Tinggi PBB untuk HAM menuduh RSF melakukan pembunuhan massal.", "id")
    assert found.types().get("Perserikatan Bangsa-Bangsa") == "Organization"
    assert not any(kind == "Person" for kind in found.types().values())


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Peru bertemu Komisaris Tinggi PBB untuk HAM Ana Ruiz di Jenewa.", EventKind.MEETING,
     (("Ana Ruiz", "Peru"), ())),
    ("Peru mengecam Komisaris Tinggi PBB untuk HAM Ana Ruiz.", EventKind.ACCUSATION, (("Peru",), ("Ana Ruiz",))),
])
def test_the_holder_of_a_post_held_for_a_portfolio_is_the_object(text: str, kind: EventKind, expected: tuple) -> None:
    assert read(text, "id").events(kind) == {expected}
