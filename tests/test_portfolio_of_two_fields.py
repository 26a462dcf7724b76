"""A minister's portfolio of two fields joined by a conjunction (session 18, the lead): "Menteri Pertanian dan
Pembangunan Pedesaan Vietnam X" is Vietnam's official, as "Menteri Pertanian Vietnam X" already was — before, the
lowercase "dan" ended the portfolio and no title was read. The conjunction must join two capitalised words of the
portfolio; it never joins a country to it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize("text", [
    "Menteri Pertanian dan Pembangunan Pedesaan Vietnam Le Van Tam hadir dalam pertemuan itu.",
    "Menteri Kelautan dan Perikanan Vietnam Le Van Tam hadir dalam pertemuan itu.",
    "Nota itu ditandatangani oleh Menteri Perindustrian dan Perdagangan Vietnam Le Van Tam.",
])
def test_a_portfolio_of_two_fields_is_an_office_of_the_country(text: str) -> None:
    assert read(text, "id").relations(RelationKind.OFFICIAL_OF) == {("Le Van Tam", "Vietnam")}


@pytest.mark.parametrize(("text", "facts"), [
    # one field, as before
    ("Menteri Pertanian Vietnam Le Van Tam hadir dalam pertemuan itu.", {("Le Van Tam", "Vietnam")}),
    # the conjunction joins two countries, not two fields of a portfolio: no office of Chile
    ("Delegasi Chili dan Peru Le Van Tam hadir dalam pertemuan itu.", set()),
])
def test_a_conjunction_outside_a_portfolio_makes_no_office(text: str, facts: set) -> None:
    assert read(text, "id").relations(RelationKind.OFFICIAL_OF) == facts
