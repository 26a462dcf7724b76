"""The subject of a wire lead opened by a dateline (session 18, en18r): nothing in the dateline is the subject, and a
day after "on" is no subject either. "JENEWA, VOA Indonesia - Kepala HAM PBB X mengutuk …" made the agency the
condemner when the title before X was not read as one (``tokens.after_dateline`` knew only the agency in
parentheses, "LIMA (AP) -", not the agency after a comma and a city in capitals); "GENEVA — The head of X, Y, on
Tuesday accused …" found no accuser, the small model having taken "Tuesday" for the verb's subject
(``Grammar._subject``: a noun right after a preposition is none). Seen in two batches (team-id-i, team-mixed-d).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "facts"), [
    ("JENEWA, VOA Indonesia - Kepala Hak Asasi Manusia PBB Volker Türk mengutuk serangan oleh Rusia.", "id",
     {(("Volker Türk",), ("Rusia",))}),
    ("KUALA LUMPUR, KOMPAS.com - Perdana Menteri Malaysia Anwar Ibrahim mengecam serangan oleh Rusia.", "id",
     {(("Anwar Ibrahim",), ("Rusia",))}),
    ("GENEVA — The head of UNHCR, Filippo Grandi, on Tuesday accused Russia of shelling the town.", "en",
     {(("Filippo Grandi",), ("Russia",))}),
    ("GENEVA — Chile's foreign minister, Alberto van Klaveren, on Tuesday accused Russia of shelling the town.",
     "en", {(("Alberto van Klaveren",), ("Russia",))}),
])
def test_the_lead_s_subject_follows_the_dateline(text: str, lang: str, facts: set) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == facts


@pytest.mark.parametrize(("text", "lang"), [
    # unnamed people accuse: no one named, the dateline's agency neither
    ("JENEWA, VOA Indonesia - Seorang pejabat senior pada Selasa mengutuk serangan oleh Rusia.", "id"),
    ("GENEVA — Chilean officials on Tuesday accused Russia of shelling the town.", "en"),
])
def test_an_unnamed_subject_after_a_dateline_names_no_accuser(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.ACCUSATION) == set()
    assert not any("VOA" in agent for agents, _ in found.events(EventKind.STATEMENT) for agent in agents)
