"""Guards of ``speakers`` (session 13): the person after the comma closing a title written out after a speech verb
speaks — only a person, only one not opening a clause of its own, and not past a colon; a body's "it" after
its speech verb is the body — not a person's; a text cut short after the speech verb. Minimal pairs with made-up
sentences, each failing with its one-token mutant applied by hand. English: the title opens with an article."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

QUOTE = '"We will reopen the border," '


def test_the_person_apposed_to_the_title_speaks() -> None:
    found = read(QUOTE + "said the foreign minister, Ana Ruiz.", "en")
    assert found.events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}


def test_a_country_after_the_titles_comma_does_not_speak() -> None:
    """Only a person holds the title: "Peru's neighbour" describes Chile, whose minister spoke."""
    found = read(QUOTE + "said the foreign minister of Chile, Peru's neighbour.", "en")
    assert found.events(EventKind.STATEMENT) == {(("Chile",), ())}


@pytest.mark.parametrize("text", [
    QUOTE + "said the minister, Ana Ruiz met Peru.",  # the name opens a clause of its own
    QUOTE + "said the minister: in Lima, Ana Ruiz.",  # past a colon
])
def test_a_name_outside_the_title_does_not_speak(text: str) -> None:
    found = read(text, "en")
    assert "Ana Ruiz" in found.entity_names()
    assert found.events(EventKind.STATEMENT) == set()


def test_a_person_saying_it_names_no_imposer() -> None:
    """ "it" is a body's pronoun: a person who said "it" acted names no imposer; a country does."""
    person = read("Ana Ruiz said on Friday that it has imposed sanctions on Bolivia.", "en")
    assert person.events(EventKind.SANCTION) == {((), ("Bolivia",))}
    country = read("Canada said on Friday that it has imposed sanctions on Bolivia.", "en")
    assert country.events(EventKind.SANCTION) == {(("Canada",), ("Bolivia",))}


def test_a_text_cut_short_after_the_speech_verb() -> None:
    found = read("Peru will reopen the border, said", "en")
    assert found.events(EventKind.STATEMENT) == {(("Peru",), ())}
