"""A one-word name nobody knows is a person when a meeting verb joins it to another such name ("Haddad met
Sayegh", "Haddad bertemu dengan Sayegh"); when the text ends with the verb (or its preposition), as a headline
may, there is no other party, no name and no meeting — and the text is read without error. Names made up."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [("Haddad met Sayegh", "en"), ("Haddad bertemu dengan Sayegh", "id")])
def test_two_unknown_names_joined_by_a_meeting_verb_are_people_who_met(text: str, lang: str) -> None:
    found = read(text, lang)
    assert {(e.name, e.type.value) for e in found.extraction.entities} == {("Haddad", "Person"), ("Sayegh", "Person")}
    assert found.events(EventKind.MEETING) == {(("Haddad", "Sayegh"), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Haddad met", "en"), ("Haddad met with", "en"), ("Haddad bertemu", "id"), ("Haddad bertemu dengan", "id"),
])
def test_a_text_that_ends_with_the_meeting_verb_names_no_party(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.entity_names() == set()
    assert found.events(EventKind.MEETING) == set()
