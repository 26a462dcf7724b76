"""Guards of an adding verb whose object is added to a noun phrase (``kg.extract.list_additions._added_to_a_noun``),
pinned by minimal pairs (branch mut21): a numeral in the object ("added 12 ships") and a name opening the phrase
after the preposition ("to Peru's fleet") keep the reading — no statement; a verb after the object ("added 12 ships
would sail", "added talks resumed …", "added officials travelled …") reports a clause — the speaker's statement.
English (the head-initial list phrases are not read yet). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Chile added 12 ships to its fleet.",
    "Chile added two ships to Peru's fleet.",
])
def test_an_object_added_to_a_noun_phrase_is_no_statement(text: str) -> None:
    found = read(text, "en")
    assert "Chile" in found.entity_names()
    assert found.events(EventKind.STATEMENT) == set()


@pytest.mark.parametrize(("text", "speaker"), [
    ("Chile added 12 ships would sail to the coast.", "Chile"),
    ("Ana Ruiz added talks resumed to the relief of Peru.", "Ana Ruiz"),
    ("Ana Ruiz added officials travelled to the border.", "Ana Ruiz"),
    ("Ana Ruiz added the envoy went to the capital.", "Ana Ruiz"),
    ("Ana Ruiz added prices rose to a record.", "Ana Ruiz"),
])
def test_a_verb_after_the_object_reports_a_clause(text: str, speaker: str) -> None:
    assert read(text, "en").events(EventKind.STATEMENT) == {((speaker,), ())}
