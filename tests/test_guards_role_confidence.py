"""Without the calibration table (``NEWSKG_CALIBRATION=none``) an office carries the number its rule gives: a title
right before the name is the surest reading (0.85), an apposition or a title after a comma 0.8, a leader taken up
by "pemimpin Rusia itu" 0.75; the rule is the relation's evidence. Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.calibration import TABLE_ENV
from kg.model import Document


@pytest.mark.parametrize(("text", "lang", "relation"), [
    ("Presiden Brasil Maria Costa tiba di Tokyo.", "id",
     ("leaderOf", "Maria Costa", "Brasil", "title-before-name", 0.85)),
    ("Menteri Energi Brasil, Maria Costa, tiba di Tokyo.", "id",
     ("officialOf", "Maria Costa", "Brasil", "title-apposition", 0.8)),
    ("Duta Besar Brasil untuk Jepang, Maria Costa, tiba di Tokyo.", "id",
     ("officialOf", "Maria Costa", "Brasil", "title-apposition", 0.8)),
    ("The Brazilian ambassador to Japan, Maria Costa, arrived in Tokyo.", "en",
     ("officialOf", "Maria Costa", "Brazil", "title-apposition", 0.8)),
    ("Maria Costa, Brazil's foreign minister, arrived in Tokyo.", "en",
     ("officialOf", "Maria Costa", "Brazil", "name-comma-genitive-title", 0.8)),
    ("Maria Costa, the foreign minister of Brazil, arrived in Tokyo.", "en",
     ("officialOf", "Maria Costa", "Brazil", "name-comma-title", 0.8)),
    ("Vladimir Putin bertemu Maria Costa di Moskwa. Pemimpin Rusia itu mengatakan pembicaraan berjalan baik.", "id",
     ("leaderOf", "Vladimir Putin", "Rusia", "leader-role-phrase", 0.75)),
    # a title before a surname only the gazetteer's people of a named country carry (mut22, seed 211: roles._implicit)
    ("Senator Kerry said the United States would support the plan.", "en",
     ("officialOf", "Kerry", "United States of America", "title-surname-country", 0.65)),
    ("Menteri Kerry mengatakan Amerika Serikat akan mendukung rencana itu.", "id",
     ("officialOf", "Kerry", "Amerika Serikat", "title-surname-country", 0.65)),
    # "its spokesman" after a body named before: the office of what the determiner refers to (roles._before)
    ("Hamas denied it. Its spokesman, Ana Ruiz, said Peru was wrong.", "en",
     ("officialOf", "Ana Ruiz", "Hamas", "title-possessor", 0.7)),
])
def test_without_calibration_an_office_has_its_rule_s_confidence(text: str, lang: str, relation: tuple,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TABLE_ENV, "none")
    x = extract(Document("t", text, lang, "test"))
    name = {e.key: e.name for e in x.entities}
    assert [(r.kind.value, name[r.subject], name[r.object], r.evidence.rule, r.evidence.confidence)
            for r in x.relations] == [relation]
