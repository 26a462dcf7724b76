"""Arabic and Portuguese full names (issue 9, session 13, branch id13), by the exact entity and fact:

- an honorific of address opening a name ("Sheikh", "Syekh") is no word of it, in both languages, and the
  person it addresses is the one named in full before ("Sheikh Abdullah" after "Sheikh Abdullah bin Zayed Al
  Nahyan");
- the particles of a patronymic or family name ("bin", "Al", "dos", "da") are no words of the name when its length
  is weighed: "Mohammed bin Abdulrahman bin Jassim Al Thani" is one person, not a long title of a thing; "dos"
  joins "José Eduardo dos Santos" as "da" joins "Lula da Silva".
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

UAE_ID, UAE_EN = "Uni Emirat Arab", "United Arab Emirates"


@pytest.mark.parametrize("honorific", ["Sheikh", "Syekh"])
def test_an_honorific_opens_no_name_and_the_holder_leads(honorific: str) -> None:
    found = read(f"Menteri Luar Negeri Uni Emirat Arab {honorific} Abdullah bin Zayed Al Nahyan bertemu "
                 "Menlu Sugiono di Jakarta.", "id")
    assert found.types()["Abdullah bin Zayed Al Nahyan"] == "Person"
    assert found.relations(RelationKind.OFFICIAL_OF) >= {("Abdullah bin Zayed Al Nahyan", UAE_ID)}
    assert found.events(EventKind.MEETING) == {(("Abdullah bin Zayed Al Nahyan", "Sugiono"), ())}


def test_the_title_holder_after_a_country_visits_not_the_country() -> None:
    found = read("Presiden Uni Emirat Arab Sheikh Mohamed bin Zayed Al Nahyan tiba di Jakarta pada Rabu.", "id")
    assert found.events(EventKind.VISIT) == {(("Mohamed bin Zayed Al Nahyan",), ("Jakarta",))}
    assert found.relations(RelationKind.LEADER_OF) == {("Mohamed bin Zayed Al Nahyan", UAE_ID)}


def test_the_honorific_and_given_name_later_refer_to_the_full_name() -> None:
    found = read("Sheikh Abdullah bin Zayed Al Nahyan tiba di Beijing. "
                 "Sheikh Abdullah bertemu Menteri Luar Negeri China Wang Yi.", "id")
    assert found.events(EventKind.MEETING) == {(("Abdullah bin Zayed Al Nahyan", "Wang Yi"), ())}
    assert "Sheikh Abdullah" not in found.entity_names()


def test_an_honorific_opens_no_name_in_english() -> None:
    found = read("UAE Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan met Secretary of State Marco Rubio.", "en")
    assert found.events(EventKind.MEETING) == {(("Abdullah bin Zayed Al Nahyan", "Marco Rubio"), ())}
    assert found.relations(RelationKind.OFFICIAL_OF) >= {("Abdullah bin Zayed Al Nahyan", UAE_EN)}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_particles_do_not_make_a_long_name_a_title(lang: str) -> None:
    text = {"id": "Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani tiba di Kairo.",
            "en": "Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani arrived in Cairo."}[lang]
    found = read(text, lang)
    assert found.types()["Mohammed bin Abdulrahman bin Jassim Al Thani"] == "Person"
    assert len(found.events(EventKind.VISIT)) == 1


def test_six_capitalised_words_with_no_particle_are_still_no_person() -> None:
    found = read("Laporan Tinjauan Kebijakan Keamanan Kawasan Tahunan diterbitkan di Jakarta.", "id")
    assert not any(kind == "Person" for kind in found.types().values())


def test_dos_joins_a_portuguese_family_name() -> None:
    found = read("Mantan Presiden Angola José Eduardo dos Santos tiba di Lisbon.", "id")
    assert found.events(EventKind.VISIT) == {(("José Eduardo dos Santos",), ("Lisbon",))}
    assert "Santos" not in found.entity_names()
