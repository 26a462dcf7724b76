"""Nationality words that name no single country ("Korean", "Congolese", "Kurdish": the demonym table leaves
them out) are never a name, and stand inside a title's noun phrase like any nationality: "met Congolese President
X" is a meeting with X, no person "Congolese", and no country read from the word."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "word", "holder"), [
    ("Haddad met Korean President Lee Jae Myung on Monday.", "Korean", "Lee Jae Myung"),
    ("Haddad met Congolese President Felix Tshisekedi on Monday.", "Congolese", "Félix Tshisekedi"),
    ("Haddad met Kurdish leader Masoud Barzani on Monday.", "Kurdish", "Masoud Barzani"),
])
def test_an_ambiguous_nationality_before_a_title_is_no_person(text: str, word: str, holder: str) -> None:
    found = read(text, "en")
    assert word not in found.entity_names()
    assert found.events(EventKind.MEETING) == {(tuple(sorted(("Haddad", holder))), ())}
    assert found.relations(RelationKind.LEADER_OF) == set()  # no country is read from the word


def test_an_ambiguous_nationality_does_not_end_a_coordination_of_titled_names() -> None:
    found = read("William Ruto met Ethiopian Prime Minister Abiy Ahmed and Congolese President Felix Tshisekedi.",
                 "en")
    assert found.events(EventKind.MEETING) == {(("Abiy Ahmed Ali", "William Ruto"), ()),
                                               (("Félix Tshisekedi", "William Ruto"), ())}


def test_an_unknown_capitalised_word_before_a_title_is_no_meeting_party() -> None:
    """The same for a word no list knows: a title after it makes it the title's modifier."""
    found = read("Haddad met Zorbian President Karim Sayegh on Monday.", "en")
    assert "Zorbian" not in found.entity_names()
    assert found.events(EventKind.MEETING) == {(("Haddad", "Karim Sayegh"), ())}


def test_a_nationality_with_no_title_after_it_names_no_party() -> None:
    """ "met Korean officials": unnamed people, so the subject is no named party of a meeting either."""
    found = read("Haddad met Korean officials on Monday.", "en")
    assert found.events(EventKind.MEETING) == set()
    assert "Korean" not in found.entity_names()
