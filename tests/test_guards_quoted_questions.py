""""Did Chile meet Peru in Lima?" asked Ana Ruiz: a yes-no question asserts nothing, also inside quotation marks —
the marks before the question opener are skipped when the sentence's first word is read
(``modality._hypothetical_sentence``), issue 9 (branch mut15). The quoted statement twin asserts its meeting.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ('"Did Chile meet Peru in Lima?" asked Ana Ruiz.', "en"),
    ('"Apakah Chile bertemu Peru di Lima?" tanya Ana Ruiz.', "id"),
])
def test_a_quoted_question_asserts_no_meeting(text: str, lang: str) -> None:
    found = read(text, lang)
    assert {"Peru", "Ana Ruiz"} <= found.entity_names()
    assert found.events(EventKind.MEETING) == set()


@pytest.mark.parametrize(("text", "lang", "chile"), [
    ('"Chile met Peru in Lima," said Ana Ruiz.', "en", "Chile"),
    ('"Chile bertemu Peru di Lima," kata Ana Ruiz.', "id", "Chili"),
])
def test_a_quoted_statement_asserts_its_meeting(text: str, lang: str, chile: str) -> None:
    assert read(text, lang).events(EventKind.MEETING) == {((chile, "Peru"), ())}
