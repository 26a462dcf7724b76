"""How an instrument is named: a number word or a numeral counts the instruments signed ("sepuluh nota
kesepahaman", "ten memoranda of understanding": one Treaty entity for the list, as the guidelines write it) while
"satu" refers back; an acronym in brackets right after an instrument's name is that instrument ("Persetujuan …
(MCEPA)" … "meratifikasi MCEPA"); the act done to the instrument opening a law's title is no part of its name
("Undang-Undang tentang Pengesahan Persetujuan …"). Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

MEKONG = "Persetujuan Kemitraan Ekonomi Komprehensif Mekong"


@pytest.mark.parametrize(("text", "lang", "parties", "treaty"), [
    ("Indonesia dan Jepang menandatangani sepuluh nota kesepahaman di Tokyo.", "id", ("Indonesia", "Jepang"),
     "nota kesepahaman"),
    ("Indonesia dan Jepang menandatangani 10 nota kesepahaman di Tokyo.", "id", ("Indonesia", "Jepang"),
     "nota kesepahaman"),
    ("Indonesia and Japan signed ten memoranda of understanding in Tokyo.", "en", ("Indonesia", "Japan"),
     "memoranda of understanding"),
])
def test_a_counted_list_of_instruments_is_a_treaty_with_its_signers(text: str, lang: str, parties: tuple[str, str],
                                                                    treaty: str) -> None:
    found = read(text, lang)
    assert found.types()[treaty] == "Treaty"
    assert found.relations(RelationKind.TREATY_PARTY) == {(p, treaty) for p in parties}
    assert found.events(EventKind.AGREEMENT) == {(parties, ())}


def test_one_instrument_said_with_satu_is_no_new_name() -> None:
    found = read("Indonesia dan Jepang menandatangani satu nota kesepahaman di Tokyo.", "id")
    assert "Treaty" not in found.types().values()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
    assert found.events(EventKind.AGREEMENT) == {(("Indonesia", "Jepang"), ())}


def test_an_acronym_in_brackets_after_an_instrument_is_that_instrument() -> None:
    found = read(f"Indonesia dan Vietnam menandatangani {MEKONG} (MCEPA) di Hanoi. Kamboja juga meratifikasi MCEPA "
                 "pada Februari.", "id")
    assert "MCEPA" not in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == {("Indonesia", MEKONG), ("Vietnam", MEKONG),
                                                          ("Kamboja", MEKONG)}


def test_an_acronym_in_brackets_after_a_body_stays_the_body() -> None:
    found = read(f"Indonesia dan Vietnam menandatangani {MEKONG} di kantor Komisi Sungai Mekong (KSM) di Vientiane.",
                 "id")
    assert found.types()["Komisi Sungai Mekong"] == "Organization"
    assert found.types()[MEKONG] == "Treaty"
    assert found.relations(RelationKind.TREATY_PARTY) == {("Indonesia", MEKONG), ("Vietnam", MEKONG)}


@pytest.mark.parametrize(("title", "treaty"), [
    (f"Undang-Undang tentang Pengesahan {MEKONG}", MEKONG),
    (f"Undang-Undang tentang {MEKONG}", MEKONG),
])
def test_the_act_opening_a_law_title_is_no_part_of_the_instrument_name(title: str, treaty: str) -> None:
    found = read(f"Dewan Perwakilan Rakyat mengesahkan {title} pada Selasa.", "id")
    assert found.types()[treaty] == "Treaty"
    assert not any(name.startswith("Pengesahan") for name in found.entity_names())
