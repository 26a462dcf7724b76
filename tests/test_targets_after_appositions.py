"""Targets coordinated past an apposition, or apposed to an office a possessive gives its owner (branch en12s, issue
9): a press release's "designated X, a company based in Dubai, and Y" and "X and its director, Z" sanction Y and Z
too; a name after "and" that opens a clause of its own ("…, and Hamas said") is no target. English only: Indonesian
puts the possessive after the office ("direkturnya"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TREASURY = "United States Department of the Treasury"
SEA = "Sea Lantern Trading FZE"
GOLD = "Golden Ridge Maritime Company"


@pytest.mark.parametrize(("text", "targets"), [
    (f"The Treasury sanctioned {SEA}, a company based in Dubai, and {GOLD}.", (SEA, GOLD)),
    (f"The Treasury sanctioned {SEA}, a company based in Dubai, and the {GOLD}.", (SEA, GOLD)),  # an article (mut16)
    (f"The Treasury sanctioned {SEA} and its director, Rahim Sadeghpour.", (SEA, "Rahim Sadeghpour")),
    (f"The Treasury sanctioned {SEA}, a company based in Dubai, and its director, Rahim Sadeghpour, an Iranian "
     "national.", (SEA, "Rahim Sadeghpour")),
])
def test_targets_past_an_apposition(text: str, targets: tuple[str, ...]) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((TREASURY,), targets)}


@pytest.mark.parametrize("text", [
    f"The Treasury sanctioned {SEA}, a company based in Dubai, and Hamas said it would respond.",
    f"The Treasury sanctioned {SEA} and its director said Hamas would respond.",
])
def test_a_clause_of_its_own_is_no_target(text: str) -> None:
    x = read(text, "en")
    assert "Hamas" in x.entity_names()
    assert x.events(EventKind.SANCTION) == {((TREASURY,), (SEA,))}
