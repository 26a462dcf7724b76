"""A dateline below a headline (branch en13s, issue 9): wire copy and press releases print their title on a line of
its own above "OSLO — …", so the dateline country's office for a bare national title ("Foreign Minister X said")
is read from the first sentence after a headline too; a line ending in a full stop is no headline, and a title
after a possessive determiner ("his deputy X") is the office of whoever "his" is, not the dateline country's.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

LEDE = "OSLO — Norway on Monday froze the assets of two shipping firms."
QUOTE = '"We act with our partners," Foreign Minister Kari Dahl said.'


@pytest.mark.parametrize("headline", [
    "Norway freezes assets of shipping firms",
    "Norway freezes assets of shipping firms, targets tanker owners",
])
def test_a_headline_above_the_dateline(headline: str) -> None:
    found = read(f"{headline}\n\n{LEDE}\n\n{QUOTE}", "en")
    assert ("Kari Dahl", "Norway") in found.relations(RelationKind.OFFICIAL_OF)


@pytest.mark.parametrize("text", [
    f"Norway froze the assets of two firms on Monday.\n\n{LEDE}\n\n{QUOTE}",  # a sentence, no headline
    f"Norway freezes assets of shipping firms\n\nOn Monday, Norway froze the assets of two firms.\n\n{QUOTE}",
])
def test_no_dateline_no_office(text: str) -> None:
    found = read(text, "en")
    assert "Kari Dahl" in found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


@pytest.mark.parametrize(("text", "holder"), [
    (f"{LEDE} Admiral Lars Berg, the navy chief, and Deputy Minister Eva Lund were named.", {"Norway"}),
    (f"{LEDE} Admiral Lars Berg, the navy chief, and his deputy Eva Lund were named.", set()),
])
def test_a_possessive_determiner_says_whose_office(text: str, holder: set[str]) -> None:
    found = read(text, "en")
    assert "Eva Lund" in found.entity_names()
    assert {c for p, c in found.relations(RelationKind.OFFICIAL_OF) if p == "Eva Lund"} == holder
