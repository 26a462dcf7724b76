"""A clause with no subject of its own after "after", "before", "while" (branch en11v, issue 9): "X hosted Y on
Thursday, a day after speaking by phone with Z" — the main clause's subject does both, not the object named last
before the clause; inside a relative clause the relative's head does ("Y, who arrived after meeting Z"). A clause
with its own subject keeps it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Ana Ruiz hosted Luis Rojas in Lima on Thursday, a day after speaking by phone with Marta Gil.", "en"),
    ("Ana Ruiz hosted Luis Rojas in Lima on Thursday before meeting Marta Gil.", "en"),
    ("Ana Ruiz menerima Luis Rojas di Lima pada hari Kamis setelah bertemu Marta Gil.", "id"),
])
def test_the_main_subject_acts_in_a_subjectless_clause(text: str, lang: str) -> None:
    meetings = read(text, lang).events(EventKind.MEETING)
    assert (("Ana Ruiz", "Marta Gil"), ()) in meetings
    assert (("Luis Rojas", "Marta Gil"), ()) not in meetings


def test_the_head_of_a_relative_clause_acts_in_it() -> None:
    meetings = read("Ana Ruiz hosted Luis Rojas, who arrived after meeting Marta Gil.", "en").events(EventKind.MEETING)
    assert meetings == {(("Ana Ruiz", "Luis Rojas"), ()), (("Luis Rojas", "Marta Gil"), ())}


def test_a_clause_with_its_own_subject_keeps_it() -> None:
    meetings = read("Ana Ruiz hosted Luis Rojas after Marta Gil spoke by phone with Pedro Sala.",
                    "en").events(EventKind.MEETING)
    assert meetings == {(("Ana Ruiz", "Luis Rojas"), ()), (("Marta Gil", "Pedro Sala"), ())}
