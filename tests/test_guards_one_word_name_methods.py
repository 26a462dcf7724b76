"""The method recorded for a one-word name read as a person (``kg.nlp.names.classify``, the provenance each mention
keeps), issue 9 (branch mut15, seed 181): after a phrase that names its speaker next ("according to"), and a
common word repeating the family name of a person named before ("Marta Well … Well met …"). Each beside a twin
without the cue, which names nobody. Names and sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def found(text: str, lang: str) -> dict[str, tuple[str, list[str]]]:
    """Entity name → (type, the method of each of its mentions in the order of the text)."""
    return {e.name: (e.type.value, [m.method for m in e.mentions]) for e in read(text, lang).extraction.entities}


def test_a_one_word_name_after_according_to_is_the_speaker() -> None:
    """English only: Indonesian "menurut" is one word, and the speaker phrases read here have several."""
    text = "The talks went well, according to Kalvaro."
    assert found(text, "en") == {"Kalvaro": ("Person", ["names-speaker"])}
    assert read(text, "en").events(EventKind.STATEMENT) == {(("Kalvaro",), ())}


def test_a_capitalised_common_word_after_according_to_names_nobody() -> None:
    assert found("The talks went well, according to Officials.", "en") == {}


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("Marta Well arrived in Lima on Monday. On Tuesday, Well met Carlos Soto there.", "en", "Marta Well"),
    ("Ana Baru tiba di Lima pada hari Senin. Pada hari Selasa, Baru bertemu Carlos Soto di sana.", "id", "Ana Baru"),
])
def test_a_common_word_repeating_a_family_name_is_that_person(text: str, lang: str, person: str) -> None:
    assert found(text, lang)[person] == ("Person", ["names", "names-family-name-again"])
    assert read(text, lang).events(EventKind.MEETING) == {(tuple(sorted((person, "Carlos Soto"))), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("On Tuesday, Well met Carlos Soto there.", "en"),
    ("Pada hari Selasa, Baru bertemu Carlos Soto di sana.", "id"),
])
def test_a_common_word_no_person_was_named_by_names_nobody(text: str, lang: str) -> None:
    assert found(text, lang) == {"Carlos Soto": ("Person", ["names"])}
