""""An official in the Philippines said …": an unnamed speaker placed by a locative preposition, an article and a
country (``view._placed_unnamed_subject`` skips the article) — the country says where the speaker is, it does not
speak; "The Philippines said …" is the country's statement. Issue 9 (branch mut15, seed 181). English: Indonesian
has no article there ("di Filipina"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

REPORT = "said Chile accused Peru of spying."


@pytest.mark.parametrize(("speaker", "country"), [
    ("An official in the Philippines", "Philippines"),
    ("A diplomat in the United States", "United States of America"),
])
def test_a_country_placing_an_unnamed_speaker_makes_no_statement(speaker: str, country: str) -> None:
    found = read(f"{speaker} {REPORT}", "en")
    assert country in found.entity_names()
    assert found.events(EventKind.STATEMENT) == {(("Chile",), ())}


def test_the_country_as_the_speaker_makes_its_statement() -> None:
    found = read(f"The Philippines {REPORT}", "en")
    assert found.events(EventKind.STATEMENT) == {(("Philippines",), ()), (("Chile",), ())}
