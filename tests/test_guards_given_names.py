"""Given names before a one-word name the gazetteer knows make one person with it: before a known person's
family name ("Luiz Inacio Lula" is the Lula the gazetteer knows) or before a place that is also a family name
("John Henry Washington" is a person, not Washington the city). Sentences written for these tests (the names of
the made-up people are invented)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def entities(text: str, lang: str) -> set[tuple[str, str]]:
    return {(e.name, e.type.value) for e in read(text, lang).extraction.entities}


@pytest.mark.parametrize(("text", "lang"), [
    ("Luiz Inacio Lula arrived in Tokyo.", "en"),
    ("Luiz Inacio Lula tiba di Tokyo.", "id"),
])
def test_two_given_names_before_a_known_family_name_are_that_person(text: str, lang: str) -> None:
    found = read(text, lang)
    assert entities(text, lang) == {("Luiz Inácio Lula da Silva", "Person"), ("Tokyo", "Place")}
    assert found.events(EventKind.VISIT) == {(("Luiz Inácio Lula da Silva",), ("Tokyo",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("John Henry Washington arrived in Tokyo.", "en"),
    ("John Henry Washington tiba di Tokyo.", "id"),
    ("John Washington arrived in Tokyo.", "en"),
])
def test_given_names_before_a_place_that_is_a_family_name_make_a_person(text: str, lang: str) -> None:
    person = text.split(" arrived")[0].split(" tiba")[0]
    found = read(text, lang)
    assert entities(text, lang) == {(person, "Person"), ("Tokyo", "Place")}
    assert found.events(EventKind.VISIT) == {((person,), ("Tokyo",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Carlos Luiz Inacio Lula arrived in Tokyo.", "en"),
    ("Carlos Luiz Inacio Lula tiba di Tokyo.", "id"),
])
def test_three_given_names_before_a_known_family_name_are_one_person(text: str, lang: str) -> None:
    assert entities(text, lang) == {("Carlos Luiz Inacio Lula", "Person"), ("Tokyo", "Place")}
    assert read(text, lang).events(EventKind.VISIT) == {(("Carlos Luiz Inacio Lula",), ("Tokyo",))}
