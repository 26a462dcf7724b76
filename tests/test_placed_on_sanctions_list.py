"""Placing on a sanctions list (branch en13s, issue 9): "Australia placed X on its sanctions list", "X was placed on
the U.S. sanctions list" (the list's owner imposes), "X and Y were placed on the list" after a sanction told just
before — a verb of placing enters a list as "added" does (tests/test_sanction_list_additions.py); placed on another
list, on a table or under review is no sanction. English: the Indonesian "dimasukkan ke dalam daftar" is an adding
verb already. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

BASIJ = "Basij Cooperative Foundation"


@pytest.mark.parametrize(("text", "facts"), [
    ("Australia placed the Basij Cooperative Foundation on its sanctions list on Tuesday.",
     {(("Australia",), (BASIJ,))}),
    ("The Basij Cooperative Foundation was placed on the U.S. sanctions list in 2019.",
     {(("United States of America",), (BASIJ,))}),
    ("Canada has put the Basij Cooperative Foundation on its terrorist list.", {(("Canada",), (BASIJ,))}),
    ("Australia imposed sanctions on Iran on Tuesday. The Basij Cooperative Foundation and IRIB were placed on the "
     "list.", {(("Australia",), ("Iran",)), (("Australia",), (BASIJ, "IRIB"))}),
])
def test_placed_on_a_sanctions_list(text: str, facts: set) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == facts


@pytest.mark.parametrize("text", [
    "Australia placed the Basij Cooperative Foundation on its list of preferred suppliers.",
    "The Basij Cooperative Foundation and IRIB were placed on the list.",  # no sanction told before
    "Australia placed the Basij Cooperative Foundation under review on Tuesday.",
    "Australia put the Basij Cooperative Foundation report on the table.",
])
def test_placed_elsewhere_is_no_sanction(text: str) -> None:
    found = read(text, "en")
    assert BASIJ in found.entity_names()
    assert found.events(EventKind.SANCTION) == set()
