""""LIMA (Daily Courier) - …", "SURABAYA, Kabarnusa.com - …": the agency or paper of a wire dateline, between the
place's comma or bracket and the dash, is an organisation, recorded with the method ``names-dateline-source`` (the
provenance each mention keeps; ``kg.nlp.names.classify``). The same name elsewhere in a sentence is read by other
rules. Issue 9 (branch mut16, seed 191). Names and sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read


def found(text: str, lang: str) -> dict[str, tuple[str, list[str]]]:
    """Entity name → (type, the method of each of its mentions in the order of the text)."""
    return {e.name: (e.type.value, [m.method for m in e.mentions]) for e in read(text, lang).extraction.entities}


@pytest.mark.parametrize(("text", "lang", "source"), [
    ("LIMA (Daily Courier) - Ana Ruiz arrived in Quito on Monday.", "en", "Daily Courier"),
    ("SURABAYA, Kabarnusa.com - Ana Ruiz tiba di Lima pada hari Senin.", "id", "Kabarnusa.com"),
])
def test_the_source_of_a_wire_dateline_is_an_organisation(text: str, lang: str, source: str) -> None:
    assert found(text, lang)[source] == ("Organization", ["names-dateline-source"])


@pytest.mark.parametrize(("text", "lang"), [
    ("Ana Ruiz told the Daily Courier in Quito on Monday.", "en"),
    ("Ana Ruiz berbicara kepada Kabarnusa.com di Lima pada hari Senin.", "id"),
])
def test_the_same_name_outside_a_dateline_is_no_dateline_source(text: str, lang: str) -> None:
    methods = [method for _, ms in found(text, lang).values() for method in ms]
    assert "names" in methods  # the person is found
    assert "names-dateline-source" not in methods


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("QUITO (Daily Courier) - Ana Ruiz arrived in Lima on Monday.", "en", "Quito"),
    ("SURABAYA, Kabarnusa.com - Ana Ruiz tiba di Lima pada hari Senin.", "id", "Surabaya"),
])
def test_the_place_of_a_wire_dateline_is_recorded_as_such(text: str, lang: str, place: str) -> None:
    """The dateline's place keeps the method ``names-dateline`` (mut18, seed 193: ``_dateline_place`` 42)."""
    assert found(text, lang)[place] == ("Place", ["names-dateline"])


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Ana Ruiz arrived in Quito on Monday.", "en", "Quito"),
    ("Ana Ruiz tiba di Surabaya pada hari Senin.", "id", "Surabaya"),
])
def test_the_same_place_inside_a_sentence_is_no_dateline(text: str, lang: str, place: str) -> None:
    assert found(text, lang)[place] == ("Place", ["gazetteer"])


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("In QUITO, Ana Ruiz met Marta Vidal.", "en", "QUITO"),
    ("Di SURABAYA, Ana Ruiz bertemu Marta Vidal.", "id", "SURABAYA"),
])
def test_a_place_in_capitals_after_a_word_of_its_line_is_no_dateline(text: str, lang: str, place: str) -> None:
    """A dateline opens its line: a word before the capitals on the same line makes them part of a sentence."""
    assert "names-dateline" not in found(text, lang)[place][1]
