"""The scope of a sanctions act told before, by a noun that only refers to it (branch en17s, issue 9): "The package
also covers X", "Today's action also targets X and its owner, Y" — X (and Y) are sanctioned by whoever imposed the
sanctions told just before (the ``told_only`` Sanction nouns of ``kg/lang/en/triggers.json``; a time word's
possessive is a definite reference, ``ToldEvents._referring``). And a target's owned office or unit written without
a comma before the name: "X and its subsidiary Y", "X and its former chairman Y" (``Listings._appended_targets``).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TREASURY = "United States Department of the Treasury"


def test_a_package_told_before_covers_more_targets() -> None:
    found = read("Norway imposed sanctions on 30 individuals on Friday. "
                 "The package also covers the Minsk-based arms maker Orion Optics.", "en")
    assert found.events(EventKind.SANCTION) == {(("Norway",), ("Orion Optics",))}


def test_todays_action_targets_a_firm_and_its_owner() -> None:
    found = read("OFAC sanctioned Orion Optics LLC on Tuesday. "
                 "Today's action also targets Pacific Star Trading and its owner, Viktor Marchenko.", "en")
    assert found.events(EventKind.SANCTION) == {(("OFAC",), ("Orion Optics LLC",)),
                                                (("OFAC",), ("Pacific Star Trading", "Viktor Marchenko"))}


@pytest.mark.parametrize("first", [
    "Norway hosted a summit on Friday. ",  # no sanctions told before: the package is no sanctions package
    "Norway said on Friday it would discuss the matter. ",
])
def test_a_package_with_no_sanctions_told_before_sanctions_no_one(first: str) -> None:
    found = read(first + "The package also covers Orion Optics LLC.", "en")
    assert found.events(EventKind.SANCTION) == set()
    assert "Orion Optics LLC" in found.entity_names()


def test_todays_talks_are_no_sanctions() -> None:
    found = read("OFAC sanctioned Orion Optics LLC on Tuesday. Today's talks also covered Pacific Star Trading.", "en")
    assert found.events(EventKind.SANCTION) == {(("OFAC",), ("Orion Optics LLC",))}


@pytest.mark.parametrize(("sentence", "targets"), [
    ("The Treasury sanctioned Pacific Star Trading and its owner Viktor Marchenko.",
     ("Pacific Star Trading", "Viktor Marchenko")),
    ("Japan froze the assets of the Orion Bank and its former chairman Pavel Sorokin.",
     ("Orion Bank", "Pavel Sorokin")),
])
def test_an_owned_office_before_a_name_without_a_comma_is_a_target(sentence: str, targets: tuple[str, ...]) -> None:
    agent = TREASURY if "Treasury" in sentence else "Japan"
    assert read(sentence, "en").events(EventKind.SANCTION) == {((agent,), targets)}


@pytest.mark.parametrize("sentence", [
    "The Treasury sanctioned Pacific Star Trading and its partners in Peru.",  # no name after the owned noun
    "The Treasury sanctioned Pacific Star Trading and its owner Viktor Marchenko said Peru was to blame.",
])
def test_an_owned_noun_with_no_name_or_a_clause_of_its_own_adds_no_target(sentence: str) -> None:
    assert read(sentence, "en").events(EventKind.SANCTION) == {((TREASURY,), ("Pacific Star Trading",))}
