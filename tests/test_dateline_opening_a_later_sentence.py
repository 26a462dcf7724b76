"""A wire dateline may open a sentence run on after a summary on the same line (issue 9, session 17, branch fix17):
"Peru and Chile met last year. LIMA - Chilean President Ana Ruiz began a state visit on Monday." — a word in
capitals the gazetteer knows as a place, after a sentence's closing punctuation and before a dash, is the dateline's
place (no organisation: before, "LIMA" was read as an acronym and as her country); the demonym or the name after
the title names her country, and the visit without a destination goes to the dateline's place. A known body in
capitals there stays a body. English and Indonesian, by the exact fact.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "country", "place"), [
    ("Peru and Chile met last year. LIMA - Chilean President Ana Ruiz began a state visit on Monday.", "en",
     "Chile", "Lima"),
    ("Peru and Chile met last year. SANTIAGO - Peruvian President Ana Ruiz began a state visit on Monday.", "en",
     "Peru", "Santiago"),
    ("Peru dan Chile bertemu tahun lalu. SANTIAGO - Presiden Peru Ana Ruiz memulai kunjungan kenegaraan pada hari "
     "Senin.", "id", "Peru", "Santiago"),
], ids=["en-lima", "en-santiago", "id-santiago"])
def test_the_dateline_is_the_place_of_the_visit(text: str, lang: str, country: str, place: str) -> None:
    found = read(text, lang)
    assert found.types()[place] == "Place"
    assert found.relations(RelationKind.LEADER_OF) == {("Ana Ruiz", country)}
    assert found.events(EventKind.VISIT) == {(("Ana Ruiz",), (place,))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Peru and Chile met last year. NATO - the alliance - met on Monday.", "en"),
    ("Peru dan Chile bertemu tahun lalu. PBB - badan dunia itu - bertemu pada hari Senin.", "id"),
], ids=["en-nato", "id-pbb"])
def test_a_body_in_capitals_after_a_sentence_stays_a_body(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Organization" in found.types().values()
    assert "Place" not in found.types().values()
    assert found.events(EventKind.VISIT) == set()
