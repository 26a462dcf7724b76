"""The person apposed to a title written out after the speech verb speaks (branch en13s, issue 9): `"…," said the
High Representative for Foreign Affairs and Security Policy, Kaja Kallas`, `"…," said the EU foreign policy chief,
Ana Ruiz` — not a body inside the title, nor a name inside the quotation; where no person follows the title's comma
the title names no one. English: an Indonesian title after "kata" takes no article. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "speaker"), [
    ('"Russia\'s attacks will have a price," said the High Representative for Foreign Affairs and Security Policy, '
     'Kaja Kallas.', "Kaja Kallas"),
    ('"Peru will pay a price," said the EU foreign policy chief, Ana Ruiz.', "Ana Ruiz"),
    ('"Peru will pay a price," said Ana Ruiz, the EU foreign policy chief.', "Ana Ruiz"),
])
def test_the_name_after_the_title_speaks(text: str, speaker: str) -> None:
    assert read(text, "en").events(EventKind.STATEMENT) == {((speaker,), ())}


@pytest.mark.parametrize("text", [
    '"Peru will pay a price," said the EU foreign policy chief.',
    '"Peru will pay a price," said the EU foreign policy chief, who met Ana Ruiz on Monday.',
])
def test_no_name_after_the_title(text: str) -> None:
    found = read(text, "en")
    assert "Peru" in found.entity_names()
    assert not any(agents in {("Peru",), ("Ana Ruiz",)} for agents, _ in found.events(EventKind.STATEMENT))
