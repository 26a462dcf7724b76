"""A sanction told as an addition to a sanctions list (branch en12s, issue 9): "The Commerce Department added X to
the Entity List", "X was added to the U.S. sanctions list" (the list's owner imposes), "X was added to the Entity
List by Y", "X and Y were among the companies added to the list" after a sanction told before (the bare list
refers to it); Indonesian "memasukkan X ke dalam daftar hitam", "X dimasukkan ke dalam daftar sanksi oleh Y". An
adding verb without a sanctions list is no sanction, and one that adds to a list reports no statement. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

COMMERCE = "Commerce Department"
TREASURY = "United States Department of the Treasury"
US = "United States of America"
BLUE = "Blue Harbor Shipping Company"
RED = "Red Crane Trading Company"


@pytest.mark.parametrize(("text", "fact"), [
    (f"The Commerce Department added {BLUE} to the Entity List.", ((COMMERCE,), (BLUE,))),
    (f"The Treasury on Tuesday added {BLUE} and {RED} to its sanctions list.", ((TREASURY,), (BLUE, RED))),
    (f"{BLUE} was added to the U.S. sanctions list on Tuesday.", ((US,), (BLUE,))),
    (f"{BLUE} was added to the Entity List by the Commerce Department.", ((COMMERCE,), (BLUE,))),
])
def test_an_addition_to_a_sanctions_list_is_a_sanction(text: str, fact: tuple) -> None:
    x = read(text, "en")
    assert x.events(EventKind.SANCTION) == {fact}
    assert x.events(EventKind.STATEMENT) == set()


def test_the_bare_list_refers_to_the_sanction_told_before() -> None:
    x = read(f"The Commerce Department sanctioned two firms on Monday. {BLUE} and {RED} were among the companies "
             "added to the list.", "en")
    assert x.events(EventKind.SANCTION) == {((COMMERCE,), (BLUE, RED))}


def test_the_bare_list_without_a_sanction_told_before_is_no_sanction() -> None:
    x = read(f"The Commerce Department added {BLUE} to the list.", "en")
    assert {COMMERCE, BLUE} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize("text", [
    f"The Commerce Department added {BLUE} to its list of preferred suppliers.",
    f"{BLUE} added two tankers to its fleet.",
    f"The Treasury added that {BLUE} had evaded sanctions.",
])
def test_other_additions_are_no_sanctions(text: str) -> None:
    x = read(text, "en")
    assert BLUE in x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


def test_an_addition_to_a_blacklist_in_indonesian() -> None:
    x = read("Departemen Keuangan AS memasukkan Hizbullah ke dalam daftar hitam.", "id")
    assert x.events(EventKind.SANCTION) == {(("Departemen Keuangan Amerika Serikat",), ("Hezbollah",))}


def test_a_passive_addition_in_indonesian_names_its_agent() -> None:
    x = read("Hizbullah dimasukkan ke dalam daftar sanksi oleh Uni Eropa pada Senin.", "id")
    assert x.events(EventKind.SANCTION) == {(("Uni Eropa",), ("Hezbollah",))}


def test_an_addition_to_something_else_in_indonesian_is_no_sanction() -> None:
    x = read("Menteri itu memasukkan Hizbullah ke dalam pidatonya.", "id")
    assert "Hezbollah" in x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


def test_those_added_lists_the_targets_of_the_addition_told_before() -> None:
    x = read("The Security Council on Monday added two gang leaders to its sanctions list. Those added are Ana Ruiz "
             "and Johnson Andre.", "en")
    assert x.events(EventKind.SANCTION) == {(("United Nations Security Council",), ("Ana Ruiz", "Johnson Andre"))}


def test_those_added_with_nothing_added_before_is_no_sanction() -> None:
    x = read("The Security Council met two gang leaders on Monday. Those added are Ana Ruiz and Johnson Andre.", "en")
    assert {"Ana Ruiz", "Johnson Andre"} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == set()
