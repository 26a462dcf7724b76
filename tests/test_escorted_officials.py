"""An official travelling with a leader — "accompanied by Foreign Minister X", "didampingi Menteri Luar Negeri X" —
holds an office of the leader's country, not of the country the article is filed from: under a dateline, a bare
title was the dateline country's office, so the visiting leader's own minister became the host's. A bare title
with no one escorted stays the dateline's. Issue 9 (branch en14a). English and Indonesian (lexicon
``escort_phrases``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

EN_VISIT = "SUVA - Prime Minister Christopher Luxon of New Zealand arrived in Fiji on Monday, "
ID_VISIT = "SUVA - Perdana Menteri Selandia Baru Christopher Luxon tiba di Fiji pada Senin, "


@pytest.mark.parametrize(("text", "lang", "country"), [
    (EN_VISIT + "accompanied by Foreign Minister Winston Peters.", "en", "New Zealand"),
    ("SUVA - Prime Minister Christopher Luxon of New Zealand, who was accompanied by Foreign Minister Winston "
     "Peters, arrived in Fiji on Monday.", "en", "New Zealand"),
    (ID_VISIT + "didampingi Menteri Luar Negeri Winston Peters.", "id", "Selandia Baru"),
])
def test_an_escorted_leader_s_minister_serves_the_leader_s_country(text: str, lang: str, country: str) -> None:
    found = read(text, lang)
    assert ("Winston Peters", country) in found.relations(RelationKind.OFFICIAL_OF)
    assert ("Winston Peters", "Fiji") not in found.relations(RelationKind.OFFICIAL_OF)


@pytest.mark.parametrize(("text", "lang"), [
    ("SUVA - Prime Minister Christopher Luxon of New Zealand met Foreign Minister Lisiate Akolo in Fiji on Monday.",
     "en"),
    ("SUVA - Perdana Menteri Selandia Baru Christopher Luxon bertemu Menteri Luar Negeri Lisiate Akolo di Fiji pada "
     "Senin.", "id"),
])
def test_a_bare_title_met_there_is_still_the_dateline_country_s(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("Lisiate Akolo", "Fiji") in found.relations(RelationKind.OFFICIAL_OF)


def test_an_escort_of_no_one_named_is_no_office_of_the_dateline() -> None:
    found = read("SUVA - New Zealand's leader arrived in Fiji on Monday. He was accompanied by Foreign Minister "
                 "Winston Peters.", "en")
    assert "Winston Peters" in found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
