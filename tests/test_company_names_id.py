"""Companies named in Indonesian copy (issue 9, session 12, branch id12), by the exact entity types and facts:

- a class noun, lowercase words of its trade and the owner's country before an unknown name ("perusahaan asuransi
  Rusia Ingosstrakh"): the name is the company's, and the sanction on it is on it;
- English head words of company names written in Indonesian copy ("Shoon Energy", "Pars Shipping", "Hua Holdings").
A person after a noun of people ("pengusaha Rusia X") or a portfolio ("Menteri Energi X") stays a person.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def test_a_company_after_its_trade_and_owner_is_an_organisation_that_is_sanctioned() -> None:
    found = read("Inggris menjatuhkan sanksi kepada perusahaan asuransi Rusia Ingosstrakh.", "id")
    assert found.types()["Ingosstrakh"] == "Organization"
    assert found.events(EventKind.SANCTION) == {(("Britania Raya",), ("Ingosstrakh",))}


@pytest.mark.parametrize("name", ["Shoon Energy", "Pars Shipping", "Hua Holdings", "Sepehr Energy"])
def test_english_company_heads_make_organisations(name: str) -> None:
    found = read(f"Amerika Serikat menjatuhkan sanksi terhadap {name}.", "id")
    assert found.types()[name] == "Organization"
    assert found.events(EventKind.SANCTION) == {(("Amerika Serikat",), (name,))}


@pytest.mark.parametrize(("text", "person"), [
    ("Menteri Energi Bahlil Lahadalia bertemu pengusaha Rusia Oleg Deripaska.", "Oleg Deripaska"),
    ("Menteri Energi Bahlil Lahadalia bertemu pengusaha Rusia Oleg Deripaska.", "Bahlil Lahadalia"),
])
def test_people_after_a_noun_of_people_or_a_portfolio_stay_people(text: str, person: str) -> None:
    assert read(text, "id").types()[person] == "Person"
