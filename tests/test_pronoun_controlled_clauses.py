"""A clause with no subject after "before", "after", "while" ("sebelum", "setelah") whose main clause opens with a
person pronoun: "He met A before sitting down with B", "…, where she received A after meeting B" — the pronoun's
person meets B, not A (the object named last before the clause). A reported clause between ("He said A met B before
meeting C") or a clause with its own subject ("before B met C") keeps its own subject. Issue 9 (branch en16a).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

RUIZ_GIL = (("Ana Ruiz", "Marta Gil"), ())


@pytest.mark.parametrize(("text", "lang"), [
    ("Ana Ruiz flew to Lima on Monday. She met Luis Rojas before sitting down with Marta Gil.", "en"),
    ("Ana Ruiz flew to Lima, where she received Luis Rojas after meeting Marta Gil.", "en"),
    ("Ana Ruiz tiba di Lima pada hari Senin. Ia bertemu Luis Rojas sebelum bertemu Marta Gil.", "id"),
])
def test_the_pronoun_subject_acts_in_the_subjectless_clause(text: str, lang: str) -> None:
    meetings = read(text, lang).events(EventKind.MEETING)
    assert meetings == {(("Ana Ruiz", "Luis Rojas"), ()), RUIZ_GIL}


def test_a_reported_clause_keeps_its_own_subject() -> None:
    meetings = read("Ana Ruiz flew to Lima on Monday. She said Luis Rojas met Pedro Sala before meeting Marta Gil.",
                    "en").events(EventKind.MEETING)
    assert meetings == {(("Luis Rojas", "Pedro Sala"), ()), (("Luis Rojas", "Marta Gil"), ())}


def test_a_clause_with_its_own_subject_keeps_it() -> None:
    meetings = read("Ana Ruiz flew to Lima on Monday. She met Luis Rojas before Pedro Sala met Marta Gil.",
                    "en").events(EventKind.MEETING)
    assert meetings == {(("Ana Ruiz", "Luis Rojas"), ()), (("Marta Gil", "Pedro Sala"), ())}
