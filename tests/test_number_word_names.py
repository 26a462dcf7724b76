"""A number word inside a name (issue 9, session 12, branch id12): "Maria Lima" ("lima" is Indonesian "five") is a
person, her family name a number word after her given name; a name opening with digits or a number word is still an
organisation's ("38 North", "Five Eyes")."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Maria Lima bertemu Presiden Prabowo Subianto di Jakarta.",
    "Presiden Prabowo Subianto bertemu Maria Lima di Jakarta.",
])
def test_a_number_word_after_a_given_name_is_a_family_name(text: str) -> None:
    found = read(text, "id")
    assert found.types()["Maria Lima"] == "Person"
    assert found.events(EventKind.MEETING) == {(("Maria Lima", "Prabowo Subianto"), ())}


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Kelompok 38 North melaporkan uji coba itu.", "id", "38 North"),
    ("The Five Eyes alliance met in Ottawa.", "en", "Five Eyes"),
])
def test_a_name_opening_with_a_number_is_an_organisation(text: str, lang: str, name: str) -> None:
    assert read(text, lang).types()[name] == "Organization"
