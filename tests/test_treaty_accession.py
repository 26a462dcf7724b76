"""Joining a treaty alone: "acceded to T", "deposited its instrument of accession to T", "menjadi (negara) pihak
T" make the subject a party, agreeing with no one — not the depositary the instrument is handed to. Refusing to
join, withdrawing, or only approving another's accession makes no party. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "party", "treaty"), [
    ("Palestine acceded to the Rome Statute in 2015.", "en", "Palestine", "Rome Statute"),
    ("Sweden deposited its instrument of accession to the Rome Statute with the State Department.", "en",
     "Sweden", "Rome Statute"),
    ("Timor Leste resmi menjadi negara pihak Perjanjian Paris pada Senin.", "id", "Timor Leste", "Perjanjian Paris"),
    ("Timor Leste menjadi pihak Perjanjian Paris tahun lalu.", "id", "Timor Leste", "Perjanjian Paris"),
])
def test_who_joins_a_treaty_alone_is_its_only_party(text: str, lang: str, party: str, treaty: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(party, treaty)}
    assert found.events(EventKind.AGREEMENT) == set()


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    ("Sweden refused to accede to the Rome Statute.", "en", "Rome Statute"),
    ("Argentina withdrew from the Paris Agreement on Wednesday.", "en", "Paris Agreement"),
    ("Hungary approved Sweden's accession to the Rome Statute.", "en", "Rome Statute"),
    ("Timor Leste menolak menjadi pihak Perjanjian Paris.", "id", "Perjanjian Paris"),
    ("Timor Leste menjadi tuan rumah pertemuan tentang Perjanjian Paris.", "id", "Perjanjian Paris"),
    ("Argentina keluar dari Perjanjian Paris pada Rabu.", "id", "Perjanjian Paris"),
])
def test_refusing_withdrawing_or_hosting_makes_no_party(text: str, lang: str, treaty: str) -> None:
    found = read(text, lang)
    assert treaty in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
