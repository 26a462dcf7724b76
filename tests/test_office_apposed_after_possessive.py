"""An office with a possessive determiner, then the person in apposition, as a sanction's object (branch en15s,
issue 9): "The Treasury also designated its director, X" — X, whom the office names; with no name after the comma
nobody is designated. Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

TREASURY = "United States Department of the Treasury"


def test_the_person_apposed_to_the_office_is_designated() -> None:
    found = read("The Treasury sanctioned Rosneft on Monday. The Treasury also designated its director, Igor Sechin.",
                 "en")
    assert found.events(EventKind.SANCTION) == {((TREASURY,), ("Rosneft",)), ((TREASURY,), ("Igor Sechin",))}


def test_an_office_with_no_name_after_it_designates_no_one() -> None:
    found = read("The Treasury sanctioned Rosneft on Monday. The Treasury also designated its director, a move "
                 "Igor Sechin criticised.", "en")
    assert "Igor Sechin" in found.entity_names()
    assert found.events(EventKind.SANCTION) == {((TREASURY,), ("Rosneft",))}
