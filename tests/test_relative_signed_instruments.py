"""An instrument a relative clause says was signed is named by the common-noun phrase before the relative pronoun:
"a peace agreement between Chile and Peru that was signed in June" (its parties the pair after "between"),
"Perjanjian dagang yang ditandatangani Indonesia dan Vietnam …", "perjanjian kerja sama pertahanan kedua negara
yang diteken …" (the pair closes the phrase, and is its parties). A bare head refers back and names none ("the
agreement that was signed", "Perjanjian itu yang diteken"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "name", "parties"), [
    ("The deal builds on a peace agreement between Chile and Peru that was signed in Lima in June.", "en",
     "peace agreement", {"Chile", "Peru"}),
    ("Perjanjian dagang yang ditandatangani Indonesia dan Vietnam pada Januari belum berlaku.", "id",
     "Perjanjian dagang", {"Indonesia", "Vietnam"}),
    ("Indonesia dan Vietnam bertemu. Perjanjian kerja sama pertahanan kedua negara yang diteken pada Januari belum "
     # the pair after the instrument are its parties (session 18, en18t: tests/test_instrument_of_the_pair.py)
     "diratifikasi.", "id", "Perjanjian kerja sama pertahanan", {"Indonesia", "Vietnam"}),
])
def test_an_instrument_before_a_relative_signing_is_named(text: str, lang: str, name: str,
                                                          parties: set[str]) -> None:
    found = read(text, lang)
    assert found.types().get(name) == "Treaty"
    assert {p for p, t in found.relations(RelationKind.TREATY_PARTY) if t == name} == parties


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile said the agreement that was signed in Lima in June had failed.", "en"),
    ("Chile mengatakan perjanjian itu yang diteken pada Januari belum berlaku.", "id"),
])
def test_a_bare_head_before_a_relative_signing_names_none(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Chile" in found.entity_names() or "Chili" in found.entity_names()
    assert "Treaty" not in found.types().values()
