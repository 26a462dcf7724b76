"""What joins the words of one instrument's name: an en dash between its two partners inside the title
("Perjanjian … Indonesia–Turki", "the Australia–India Economic Cooperation and Trade Agreement"), a coordinator in
an Indonesian title opened by its head ("Perjanjian Persahabatan dan Kerja Sama"), and a hyphened modifier of a
common-noun instrument ("perjanjian militer antar-Korea", "an inter-Korean military agreement"). Two names
joined by a dash outside a title, a second instrument or a known name after the coordinator stay apart.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "parties", "treaty"), [
    ("Presiden Prabowo dan Presiden Erdoğan meneken Perjanjian Kerja Sama Industri Pertahanan Indonesia–Turki "
     "yang akan menjadi dasar produksi.", "id", {"Prabowo", "Erdoğan"},
     "Perjanjian Kerja Sama Industri Pertahanan Indonesia–Turki"),
    ("DPR telah meratifikasi Persetujuan Kemitraan Ekonomi Komprehensif Indonesia–Uni Emirat Arab melalui "
     "undang-undang.", "id", {"Dewan Perwakilan Rakyat"},
     "Persetujuan Kemitraan Ekonomi Komprehensif Indonesia–Uni Emirat Arab"),
    ("Australia and India signed the Australia–India Economic Cooperation and Trade Agreement on Saturday.", "en",
     {"Australia", "India"}, "Australia–India Economic Cooperation and Trade Agreement"),
    ("Thailand meratifikasi Perjanjian Persahabatan dan Kerja Sama pada 1976.", "id", {"Thailand"},
     "Perjanjian Persahabatan dan Kerja Sama"),
    ("Korea Selatan dan Korea Utara menandatangani perjanjian militer antar-Korea tahun 2018 di Pyongyang.", "id",
     {"Korea Selatan", "Korea Utara"}, "perjanjian militer antar-Korea"),
    ("South Korea and North Korea signed an inter-Korean military agreement in 2018.", "en",
     {"South Korea", "North Korea"}, "inter-Korean military agreement"),
])
def test_the_whole_title_is_one_treaty_and_its_signers_are_parties(
        text: str, lang: str, parties: set[str], treaty: str) -> None:
    found = read(text, lang)
    assert found.types()[treaty] == "Treaty"
    assert found.relations(RelationKind.TREATY_PARTY) == {(p, treaty) for p in parties}


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Hubungan Indonesia–Turki semakin erat.", "id", {"Indonesia", "Turki"}),
    ("Ties between Australia–India and Japan grew.", "en", {"Australia", "India", "Japan"}),
    ("Kedua negara menegaskan komitmen terhadap Piagam ASEAN dan Perjanjian Persahabatan dan Kerja Sama.", "id",
     {"Piagam ASEAN", "Perjanjian Persahabatan dan Kerja Sama"}),
    ("Thailand menandatangani Perjanjian Paris dan Indonesia menyambutnya.", "id",
     {"Thailand", "Perjanjian Paris", "Indonesia"}),
])
def test_names_outside_a_title_stay_apart(text: str, lang: str, names: set[str]) -> None:
    assert read(text, lang).entity_names() == names
