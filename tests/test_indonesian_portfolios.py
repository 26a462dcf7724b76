"""Indonesian ministers' portfolios (``titles.portfolios``: "Perekonomian", "Pemuda", "Olahraga", "Sumber Daya
Mineral" …) belong to the title, not to the name after it; a title's portfolios joined by "dan" ("Menteri Energi
dan Sumber Daya Mineral X") go on past the coordination (`NameClassifier._past_coordinated_portfolio`). A name after
"dan" that holds no portfolio word is a name of its own."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize("title", [
    "Menteri Koordinator Perekonomian",
    "Menteri Koordinator Bidang Perekonomian",
    "Menko Perekonomian",
    "Menteri Energi dan Sumber Daya Mineral",
    "Menteri Pemuda dan Olahraga",
])
def test_the_portfolio_is_no_part_of_the_name(title: str) -> None:
    found = read(f"{title} Arga Wirana bertemu Marta Vidal.", "id")
    assert found.entity_names() == {"Arga Wirana", "Marta Vidal"}


def test_a_portfolio_minister_is_an_official_of_the_country_named() -> None:
    found = read("Menteri Koordinator Perekonomian Indonesia Arga Wirana bertemu Marta Vidal.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Arga Wirana", "Indonesia")}


def test_a_name_after_dan_with_no_portfolio_is_its_own() -> None:
    found = read("Menteri Perdagangan Arga Wirana dan Marta Vidal bertemu kemarin.", "id")
    assert found.entity_names() == {"Arga Wirana", "Marta Vidal"}
