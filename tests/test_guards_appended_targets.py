"""Guards of targets appended past an apposition or an owned office (``kg/extract/listings.py``
``_appended_targets``, session 12) that no test of the construction noticed when mutated by hand (branch mut17): a
second owned office after the first one's name, an office of four words, and texts cut short after the coordinator
or the name apposed. English: the construction's possessive determiner ("its director, X"). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TREASURY = "United States Department of the Treasury"
SEA = "Sea Star Logistics"


@pytest.mark.parametrize(("text", "targets"), [
    (f"The Treasury sanctioned {SEA} and its director, Rahim Sadeghpour, and its owner, Ana Ruiz.",
     (SEA, "Rahim Sadeghpour", "Ana Ruiz")),
    (f"The Treasury sanctioned {SEA} and its deputy chief executive officer, Rahim Sadeghpour.",
     (SEA, "Rahim Sadeghpour")),
])
def test_names_apposed_to_owned_offices_are_each_a_target(text: str, targets: tuple[str, ...]) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((TREASURY,), targets)}


@pytest.mark.parametrize(("text", "targets"), [
    (f"The Treasury sanctioned {SEA}, a company based in Dubai, and", (SEA,)),
    (f"The Treasury sanctioned {SEA} and its director, Rahim Sadeghpour", (SEA, "Rahim Sadeghpour")),
])
def test_a_text_cut_short_in_the_appended_targets_keeps_those_before(text: str, targets: tuple[str, ...]) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((TREASURY,), targets)}
