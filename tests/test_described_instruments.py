"""A bare instrument head that a singular indefinite word introduces and a relative clause describes is a new
instrument its signers are parties of: "signed a declaration that guarantees the truce", "menandatangani sebuah
deklarasi yang menjamin …". A definite one refers back, and an indefinite one no clause describes names none.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "sides", "name"), [
    ("Chile and Peru signed a declaration that guarantees the truce.", "en", ("Chile", "Peru"), "declaration"),
    ("Indonesia dan Vietnam menandatangani sebuah deklarasi yang menjamin gencatan senjata itu.", "id",
     ("Indonesia", "Vietnam"), "deklarasi"),
])
def test_an_instrument_described_by_a_relative_clause_is_named(text: str, lang: str, sides: tuple[str, str],
                                                                name: str) -> None:
    found = read(text, lang)
    assert found.types().get(name) == "Treaty"
    assert found.relations(RelationKind.TREATY_PARTY) == {(side, name) for side in sides}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile and Peru signed the declaration that guarantees the truce.", "en"),
    ("Chile and Peru signed a declaration on Monday.", "en"),
    ("Indonesia dan Vietnam menandatangani sebuah deklarasi pada Senin.", "id"),
])
def test_a_definite_or_undescribed_bare_head_names_no_instrument(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.entity_names() & {"Chile", "Indonesia"}
    assert "Treaty" not in found.types().values()
