"""The office of a bare title in an article filed from a country (``roles._dateline_office``) is recorded with its
own rule, ``title-dateline-country`` — the key of its cell in the calibration table, which sets its confidence —
issue 9 (branch mut15, seed 181). Without the dateline no office is read. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

VISITS = {
    "en": "Swedish Prime Minister Ana Ruiz arrived in Norway on Friday. Ruiz also met Foreign Minister Luis Rojas.",
    "id": "Perdana Menteri Swedia Ana Ruiz tiba di Norwegia pada hari Jumat. Ruiz juga bertemu Menteri Luar Negeri "
          "Luis Rojas.",
}
NORWAY = {"en": "Norway", "id": "Norwegia"}


def _offices(text: str, lang: str) -> set[tuple[str, str, str]]:
    x = read(text, lang)
    return {(x.names[r.subject], x.names[r.object], r.evidence.rule)
            for r in x.extraction.relations if r.kind is RelationKind.OFFICIAL_OF}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_bare_title_under_a_dateline_is_recorded_with_the_dateline_rule(lang: str) -> None:
    assert _offices(f"OSLO — {VISITS[lang]}", lang) == {("Luis Rojas", NORWAY[lang], "title-dateline-country")}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_bare_title_with_no_dateline_holds_no_office(lang: str) -> None:
    assert _offices(VISITS[lang], lang) == set()
