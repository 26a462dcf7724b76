"""A singular nationality written as a family name after a given name ("Volker Turk", "Mehmet Kurd") is a person,
and the family name alone later ("Turk said") is that person again; a plural nationality ("Bosnian Serbs"), one
after a common word ("Ethnic Albanians") or one standing alone with no such person named ("A Turk said") is no
person. Issue 9 (branch en15a; session 14's open class: "Volker Türk" written without the umlaut). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def test_a_nationality_after_a_given_name_is_a_family_name() -> None:
    found = read("Volker Turk condemned the air strike on Monday. On Tuesday, Turk said the attack was a crime.", "en")
    assert found.types().get("Volker Turk") == "Person"
    assert found.events(EventKind.STATEMENT) == {(("Volker Turk",), ())}


@pytest.mark.parametrize("text", [
    "Bosnian Serbs said the vote was unfair.",
    "Ethnic Albanians said the vote was unfair.",
    "A Turk said the vote was unfair.",
])
def test_a_people_or_a_lone_nationality_is_no_person(text: str) -> None:
    found = read(text, "en")
    assert not any(kind == "Person" for kind in found.types().values())
    assert found.events(EventKind.STATEMENT) == set()
