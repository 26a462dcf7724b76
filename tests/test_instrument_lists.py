"""Instruments listed after a signing: "X and Y signed eight agreements, including A and B" — each listed
common-noun instrument is a Treaty the signers are parties of; "The documents signed included …", "Among the
documents were …", "Dokumen yang ditandatangani antara lain …" — the signers of the signing told just before.
Not a list after a signing to come, after a refused one, or of things that are no instruments. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "parties", "listed"), [
    ("Chile and Peru signed six agreements on Monday, including a fisheries agreement and a memorandum of "
     "understanding on mining cooperation.", "en", {"Chile", "Peru"},
     {"fisheries agreement", "memorandum of understanding on mining cooperation"}),
    ("Indonesia dan Vietnam menandatangani enam perjanjian pada Senin, termasuk perjanjian perikanan dan nota "
     "kesepahaman tentang kerja sama pertambangan.", "id", {"Indonesia", "Vietnam"},
     {"perjanjian perikanan", "nota kesepahaman tentang kerja sama pertambangan"}),
])
def test_instruments_listed_after_a_signing_have_its_signers(text: str, lang: str, parties: set[str],
                                                              listed: set[str]) -> None:
    found = read(text, lang)
    assert all(found.types().get(name) == "Treaty" for name in listed)
    party_of = found.relations(RelationKind.TREATY_PARTY)
    for name in listed:
        assert {p for p, t in party_of if t == name} == parties


@pytest.mark.parametrize(("text", "lang", "parties", "listed"), [
    ("Chile and Peru signed six agreements on Monday. Among the documents were a fisheries agreement and an "
     "agreement on mining cooperation.", "en", {"Chile", "Peru"},
     {"fisheries agreement", "agreement on mining cooperation"}),
    ("Indonesia dan Vietnam menandatangani enam perjanjian pada Senin. Dokumen yang ditandatangani antara lain "
     "perjanjian perikanan dan nota kesepahaman tentang kerja sama pertambangan.", "id", {"Indonesia", "Vietnam"},
     {"perjanjian perikanan", "nota kesepahaman tentang kerja sama pertambangan"}),
])
def test_documents_listed_after_a_signing_told_before_have_its_signers(text: str, lang: str, parties: set[str],
                                                                       listed: set[str]) -> None:
    found = read(text, lang)
    party_of = found.relations(RelationKind.TREATY_PARTY)
    for name in listed:
        assert found.types().get(name) == "Treaty"
        assert {p for p, t in party_of if t == name} == parties


@pytest.mark.parametrize(("text", "lang", "listed"), [
    ("Chile and Peru will sign six agreements next month, including a fisheries agreement.", "en",
     "fisheries agreement"),
    ("Chile and Peru did not sign the six agreements, including a fisheries agreement.", "en",
     "fisheries agreement"),
    ("Indonesia dan Vietnam akan menandatangani enam perjanjian bulan depan, termasuk perjanjian perikanan.", "id",
     "perjanjian perikanan"),
])
def test_a_list_after_a_signing_not_asserted_names_no_party(text: str, lang: str, listed: str) -> None:
    found = read(text, lang)
    assert found.entity_names() & {"Chile", "Indonesia"}
    assert not {t for _, t in found.relations(RelationKind.TREATY_PARTY) if t == listed}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile and Peru signed six agreements on Monday. Among the issues they discussed were a fisheries "
     "agreement and a mining agreement.", "en"),
    ("Chile sanctioned six companies on Monday, including a fishing company.", "en"),
    ("Indonesia dan Vietnam menandatangani enam perjanjian pada Senin. Isu yang dibahas antara lain perjanjian "
     "perikanan dan perjanjian pertambangan.", "id"),
])
def test_a_list_of_other_things_names_no_instrument_signed(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.entity_names() & {"Chile", "Indonesia"}
    assert not {t for _, t in found.relations(RelationKind.TREATY_PARTY)} - {"agreements", "perjanjian"}
