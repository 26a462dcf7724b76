"""A body's pronoun as the imposer of a sanction told again (branch en13s, issue 9): "Canada imposed sanctions on X.
It also froze the assets of Y" — "it" opening the sentence is the imposer of the sanction told just before, as "The
government also sanctioned Y" is (tests/test_sanctions_told_again_en.py); with no sanction told before, "it" names
no imposer. English only: Indonesian "ia" is a person's pronoun. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

FIRST = "Canada imposed sanctions on Jean Dorvil, a gang leader, on Thursday."


@pytest.mark.parametrize("second", [
    "It also froze the assets of Rony Celestin.",
    "It also sanctioned Rony Celestin.",
    "It also imposed an asset freeze on Rony Celestin.",
    "\n\nIt also imposed an asset freeze on Rony Celestin.",
])
def test_it_imposes_what_was_told_before(second: str) -> None:
    sanctions = read(f"{FIRST} {second}", "en").events(EventKind.SANCTION)
    assert (("Canada",), ("Jean Dorvil",)) in sanctions
    assert {a for a, t in sanctions if t == ("Rony Celestin",)} == {("Canada",)}


@pytest.mark.parametrize("text", [
    "Canada praised the vote in Haiti on Thursday. It also froze the assets of Rony Celestin.",  # no sanction told
    "Canada imposed sanctions on Jean Dorvil. Three weeks later, it froze the assets of Rony Celestin.",  # no opener
])
def test_it_without_a_sanction_told_just_before(text: str) -> None:
    found = read(text, "en")
    assert "Rony Celestin" in found.entity_names()
    assert not any(t == ("Rony Celestin",) and a for a, t in found.events(EventKind.SANCTION))


def test_it_said_is_no_sanction() -> None:
    found = read(f"{FIRST} It said the measures would stay in place.", "en")
    assert found.events(EventKind.SANCTION) == {(("Canada",), ("Jean Dorvil",))}
