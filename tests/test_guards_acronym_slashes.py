"""A slash with no space around it inside one acronym ("XYZ/A": a movement and its armed wing) joins one name
(``RunReader._acronym_slash``); only when the words on both sides are all capitals: a capitalised word and an
acronym across a slash are two names. Invented names, sentences written for these tests.
"""

from __future__ import annotations

import pytest
from facts import read

TEXT = {
    "en": "Officials of the {} met envoys of Uganda in Kampala on Monday.",
    "id": "Pejabat {} bertemu utusan Uganda di Kampala pada Senin.",
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_an_acronym_slash_joins_one_organisation(lang: str) -> None:
    assert read(TEXT[lang].format("ZLMF/A"), lang).types() == {
        "ZLMF/A": "Organization", "Uganda": "Country", "Kampala": "Place"}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_capitalised_word_and_an_acronym_across_a_slash_stay_apart(lang: str) -> None:
    facts = read(TEXT[lang].format("Zlmf/ZA"), lang)
    names = facts.entity_names()
    assert "Zlmf/ZA" not in names
    assert {"ZA", "Uganda", "Kampala"} <= names


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("acronym", ["ZLMF/AL", "ZLMF/LA"])
def test_an_acronym_slash_ending_in_a_name_particle_stays_one_organisation(lang: str, acronym: str) -> None:
    """The piece after the slash is spelled like a lowercase particle of names ("al", "la"), which is cut off a
    name's end — but not off an acronym joined by its slash (mut18, seed 193: ``_classify`` 229)."""
    assert read(TEXT[lang].format(acronym), lang).types() == {
        acronym: "Organization", "Uganda": "Country", "Kampala": "Place"}
