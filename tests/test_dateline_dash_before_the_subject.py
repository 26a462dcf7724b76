"""A wire dateline's dash before a subject phrase (session 17, the lead): in "LIMA, May 4 - Chile's Foreign Minister X
on Monday accused Peru" the dash closes the dateline; before, it was read as a word of a title ("vice-president"
has one), the subject's phrase seemed to go on into the dateline, and the subject search passed X for the
dateline's city — Lima's country accused. A hyphen inside a title is still the title's. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "accuser"), [
    ("LIMA, March 2 - Chile's President Ana Ruiz on Sunday accused Bolivia of spying.", "Ana Ruiz"),
    ("QUITO, March 9 - Chile's Foreign Minister Ana Ruiz on Monday accused Bolivia of spying.", "Ana Ruiz"),
    ("LIMA - Chile's Foreign Minister Ana Ruiz on Monday accused Bolivia of spying.", "Ana Ruiz"),
])
def test_the_dash_ends_the_dateline(text: str, accuser: str) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == {((accuser,), ("Bolivia",))}


@pytest.mark.parametrize(("text", "holder"), [
    ("LIMA, March 2 - Chile's Vice-President Ana Ruiz on Monday met Marta Vidal.", ("Ana Ruiz", "Chile")),
    ("Peru's vice-president Ana Ruiz met Marta Vidal in Lima.", ("Ana Ruiz", "Peru")),
])
def test_a_hyphen_inside_a_title_stays_the_titles(text: str, holder: tuple[str, str]) -> None:
    result = read(text, "en")
    assert result.relations(RelationKind.OFFICIAL_OF) == {holder}
    assert result.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}
