"""Guards of the office apposed to a speaker's name (``kg.extract.events._closes_office_apposition``), pinned by
minimal pairs (branch mut21): the office phrase between the commas holds up to six words ("the former deputy
ambassador of Peru") and the name before it speaks; a comma phrase that opens with no determiner or title — a
relative clause or a noun phrase that merely holds a title word ("which recalled its ambassador", "home of the
ambassador") — closes no apposition, and the speaker follows the verb. English. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def test_a_six_word_office_apposed_to_the_speaker() -> None:
    found = read("Ana Ruiz, the former deputy ambassador of Peru, said Washington stood with its ally.", "en")
    assert found.events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}
    assert "Washington, D.C." in found.entity_names()


@pytest.mark.parametrize("text", [
    "Peru met Bolivia, which recalled its ambassador, said Chile.",
    "Peru met Bolivia, home of the ambassador, said Chile.",
    "Peru met Bolivia, once an ambassador's post, said Chile.",
])
def test_a_comma_phrase_opened_by_no_office_word_closes_no_apposition(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.STATEMENT) == {(("Chile",), ())}
    assert found.events(EventKind.MEETING) == {(("Bolivia", "Peru"), ())}
