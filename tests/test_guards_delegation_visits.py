""""Delegasi Chile yang dipimpin Ana Ruiz bertemu Marta Vidal dalam kunjungannya ke Peru": an event noun with a
possessive suffix and no owner of its own belongs to the sentence's opening subject (``events._arguments``), read
as an agent — a delegation led by a named person travels as that person; an opening country without a leader
travels itself. Indonesian (the suffix). Issue 9 (branch mut16, seed 191). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("opening", "visitor"), [
    ("Delegasi Chile yang dipimpin Ana Ruiz", "Ana Ruiz"),
    ("Chile", "Chili"),
])
def test_the_visit_of_a_suffixed_noun_is_the_opening_subject_s_as_an_agent(opening: str, visitor: str) -> None:
    found = read(f"{opening} bertemu Marta Vidal dalam kunjungannya ke Peru.", "id")
    assert found.events(EventKind.VISIT) == {((visitor,), ("Peru",))}
