"""Titles of a body's officials held for a domain (issue 9, session 18, branch id18), Indonesian, by the exact fact:
"Kepala Hak Asasi Manusia PBB X" is the head of one portfolio of the body — an official of it, as "kepala diplomasi
Uni Eropa X" already was (a title, then its capitalised portfolio words, then the body); before, the portfolio's
capitals hid the title, X held no office, and a dateline's news agency took X's acts. "Pelapor Khusus PBB untuk
wilayah Palestina, X": a place's class noun ("wilayah", "kawasan") may stand between the post's preposition and the
place it is held for. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

UN = "Perserikatan Bangsa-Bangsa"


@pytest.mark.parametrize(("text", "person"), [
    ("Kepala Hak Asasi Manusia PBB Volker Türk mengecam serangan itu.", "Volker Türk"),
    ("Kepala HAM PBB Volker Türk mengecam serangan itu.", "Volker Türk"),
    ("Kepala Bantuan Kemanusiaan PBB Tom Fletcher mengecam serangan itu.", "Tom Fletcher"),
    ("Amerika Serikat menjatuhkan sanksi kepada Pelapor Khusus PBB untuk wilayah Palestina, Francesca Albanese.",
     "Francesca Albanese"),
    ("Pelapor Khusus PBB untuk wilayah Palestina Francesca Albanese mengecam serangan itu.", "Francesca Albanese"),
], ids=["rights-head", "acronym-portfolio", "aid-head", "wilayah-apposition", "wilayah-before-name"])
def test_an_official_of_the_body(text: str, person: str) -> None:
    found = read(text, "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {(person, UN)}
    assert found.relations(RelationKind.LEADER_OF) == set()


def test_the_official_not_the_dateline_agency_acts() -> None:
    found = read("JENEWA, VOA Indonesia - Kepala Hak Asasi Manusia PBB Volker Türk mengutuk pembunuhan warga sipil di "
                 "El Fasher, Sudan, oleh Pasukan Dukungan Cepat.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Volker Türk",), ("Pasukan Dukungan Cepat",))}


@pytest.mark.parametrize(("text", "kind", "fact"), [
    # a head of state's title is no portfolio's head: the leader of the country, as before
    ("Kepala Negara Chili Gabriel Boric mengecam serangan itu.", RelationKind.LEADER_OF, ("Gabriel Boric", "Chili")),
    # the body's own head, no portfolio between: its leader
    ("Sekretaris Jenderal PBB Antonio Guterres mengecam serangan itu.", RelationKind.LEADER_OF,
     ("Antonio Guterres", UN)),
], ids=["head-of-state", "body-head"])
def test_heads_without_a_portfolio_lead(text: str, kind: RelationKind, fact: tuple[str, str]) -> None:
    found = read(text, "id")
    assert found.relations(kind) == {fact}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_a_place_told_after_arriving_holds_no_post() -> None:
    # "wilayah" after a verb of travel, not after a post's preposition: the name after the comma holds nothing
    found = read("Pelapor itu tiba di wilayah Palestina, kata Francesca Albanese.", "id")
    assert {"Palestina", "Francesca Albanese"} <= found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
