"""The dateline's country is only a guess for a bare title (issue 9, session 12, branch id12), by the exact offices:

- not for a person whose office of that kind the text tells elsewhere: "Menteri Luar Negeri Iran Abbas Araghchi …
  Menlu Araghchi menjelaskan …" in copy filed from Jakarta is no Indonesian minister;
- not where the text qualifies the dateline country's own titles: in copy filed from Kuala Lumpur that names
  "Menteri Luar Negeri Malaysia Mohamad Hasan", a bare "Menlu Sugiono" is a foreigner's title, not Malaysia's.
The guess still holds where neither is told (tests/test_dateline_offices.py).
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

CALL = "Menteri Luar Negeri Iran Abbas Araghchi menelepon Menteri Luar Negeri Jepang Takeshi Iwaya pada Minggu."


def test_a_bare_title_of_a_person_whose_office_was_told_is_not_the_dateline_country_s_id() -> None:
    found = read(f"JAKARTA, KOMPAS.com - {CALL} Menlu Araghchi menjelaskan situasi di Teheran kepada Indonesia.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Abbas Araghchi", "Iran"), ("Takeshi Iwaya", "Jepang")}


def test_a_bare_title_of_a_person_whose_office_was_told_is_not_the_dateline_country_s_en() -> None:
    text = ("LISBON — Spanish Foreign Minister Ana Ruiz arrived in Portugal on Friday. Foreign Minister Ruiz "
            "said the grid deal was ready.")
    found = read(text, "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "Spain")}


@pytest.mark.parametrize(("text", "lang", "holders"), [
    ("KUALA LUMPUR - Menteri Luar Negeri Malaysia Mohamad Hasan membuka pertemuan itu. Menlu Budi Santoso "
     "bertemu dengan Menteri Luar Negeri Jepang Takeshi Iwaya.", "id", {"Mohamad Hasan", "Takeshi Iwaya"}),
    ("LISBON — Portuguese Foreign Minister Luis Rojas opened the meeting. Foreign Minister Ana Ruiz met "
     "Japanese Foreign Minister Takeshi Iwaya.", "en", {"Luis Rojas", "Takeshi Iwaya"}),
])
def test_a_bare_title_where_the_dateline_country_s_titles_are_qualified_names_no_country(
        text: str, lang: str, holders: set[str]) -> None:
    assert {p for p, _ in read(text, lang).relations(RelationKind.OFFICIAL_OF)} == holders


@pytest.mark.parametrize(("text", "lang", "person", "country"), [
    ("KUALA LUMPUR - Menteri Luar Negeri Jepang Takeshi Iwaya tiba di Malaysia. Menlu Budi Santoso "
     "menyambutnya.", "id", "Budi Santoso", "Malaysia"),
    ("LISBON — Japanese Foreign Minister Takeshi Iwaya arrived in Portugal. Foreign Minister Ana Ruiz "
     "welcomed him.", "en", "Ana Ruiz", "Portugal"),
])
def test_a_bare_title_still_guesses_the_dateline_country_when_nothing_tells_otherwise(
        text: str, lang: str, person: str, country: str) -> None:
    assert (person, country) in read(text, lang).relations(RelationKind.OFFICIAL_OF)


@pytest.mark.parametrize(("text", "lang"), [
    ("ABU DHABI, KOMPAS.com - Presiden Prabowo Subianto tiba di Uni Emirat Arab pada Selasa.", "id"),
    ("ABU DHABI — President Prabowo Subianto arrived in the United Arab Emirates on Tuesday.", "en"),
])
def test_a_gazetteer_person_of_another_country_holds_no_office_of_the_dateline_s(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Prabowo Subianto" in found.entity_names()
    assert not any(p == "Prabowo Subianto" for p, _ in found.relations(RelationKind.LEADER_OF))
