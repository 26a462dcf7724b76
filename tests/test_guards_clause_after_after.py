""""Two days after Chile (also) met Bolivia": after a preposition that also opens clauses ("after", "setelah"), a
name followed by its verb — at most a couple of lowercase words between — is that verb's subject
(``view._verb_right_after``); a capitalised word between ("after Chile Today reported") makes the name part of
another phrase, no subject. Issue 9 (branch mut15, seed 181). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "chile"), [
    ("Two days after Chile also met Bolivia, the talks ended.", "en", "Chile"),
    ("Dua hari setelah Chile juga bertemu Bolivia, perundingan berakhir.", "id", "Chili"),
])
def test_a_name_right_before_its_verb_after_after_is_the_subject(text: str, lang: str, chile: str) -> None:
    assert read(text, lang).events(EventKind.MEETING) == {(("Bolivia", chile), ())}


@pytest.mark.parametrize("between", ["", " also"])
def test_a_name_reporting_after_after_makes_a_statement(between: str) -> None:
    found = read(f"Shortly after Chile{between} reported the talks, Peru met Bolivia.", "en")
    assert found.events(EventKind.STATEMENT) == {(("Chile",), ())}


def test_a_capitalised_word_between_the_name_and_the_verb_makes_no_subject() -> None:
    found = read("Shortly after Chile Today reported the talks, Peru met Bolivia.", "en")
    assert found.events(EventKind.MEETING) == {(("Bolivia", "Peru"), ())}
    assert found.events(EventKind.STATEMENT) == set()
