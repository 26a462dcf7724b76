"""The paper or agency of a dateline written in the ways Indonesian desks write it (issue 9, session 15, branch
id15), by the exact entities: "Jakarta, CNN Indonesia --" (a place written as a name, a source holding a country's
name, a doubled hyphen), "TEMPO.CO, Jakarta -" (the source first), "GYEONGJU, KOMPAS.com -" (a place in capitals the
gazetteer does not know: a place, not an acronym). The same words inside a sentence name no source."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("line", "source", "place"), [
    ("Jakarta, CNN Indonesia -- ", "CNN Indonesia", "Jakarta"),
    ("TEMPO.CO, Jakarta - ", "TEMPO.CO", "Jakarta"),
    ("GYEONGJU, KOMPAS.com - ", "KOMPAS.com", "GYEONGJU"),
])
def test_the_source_of_a_dateline_is_one_organisation(line: str, source: str, place: str) -> None:
    found = read(line + "Uni Eropa menjatuhkan sanksi terhadap Myanmar.", "id")
    assert found.types()[source] == "Organization"
    assert found.types()[place] == "Place"
    assert found.events(EventKind.SANCTION) == {(("Uni Eropa",), ("Myanmar",))}


def test_a_country_inside_a_sentence_is_no_source() -> None:
    found = read("Pejabat CNN mengatakan Indonesia - negara terbesar di ASEAN - mendukung resolusi itu.", "id")
    assert "CNN Indonesia" not in found.entity_names()
    assert found.types().get("Indonesia") == "Country"


def test_a_dateline_place_and_its_country_are_no_source() -> None:
    """ "LIMA, Peru —": a place the gazetteer knows between the comma and the dash is the dateline's country, not
    its paper, and the capitals before it are the place (found by the full suite on the merged code)."""
    found = read("LIMA, Peru — Chile's President Ana Ruiz met Marta Vidal during her state visit.", "en")
    assert found.types() == {"Lima": "Place", "Peru": "Country", "Chile": "Country", "Ana Ruiz": "Person",
                             "Marta Vidal": "Person"}
