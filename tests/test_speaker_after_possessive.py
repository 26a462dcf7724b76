"""A speaker named after the speech verb behind a possessive ("according to Chile's Foreign Ministry", `"…," said
Chile's foreign minister`): the body named after the possessive speaks; with no name after it, its owner does — as
"Chile's foreign ministry said" is Chile's statement. Issue 9. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "speaker"), [
    ("According to Chile's Foreign Ministry, the two sides will meet again in May.", "Chile's Foreign Ministry"),
    ("According to Chile's foreign ministry, the two sides will meet again in May.", "Chile"),
    ('"We will meet again," said Chile\'s foreign minister.', "Chile"),
])
def test_a_speaker_after_a_possessive_is_the_body_named_or_its_owner(text: str, speaker: str) -> None:
    assert read(text, "en").events(EventKind.STATEMENT) == {((speaker,), ())}


def test_a_possessive_in_the_reported_clause_is_no_speaker() -> None:
    found = read("Peru said Chile's navy had entered its waters.", "en")
    assert found.events(EventKind.STATEMENT) == {(("Peru",), ())}
