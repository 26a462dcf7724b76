"""Guards of ``roles._sender`` and ``roles._capacity`` (session 13): a title is the sender's office only when the verb
of sending stands right before it and its subject is a country or body ("sent word to Defence Minister X" sends no
one); an office in capacity ("selaku Ketua ASEAN") is its clause subject's after a fronted phrase's comma, not a
name inside the fronted phrase; a text ending at a name. Made-up sentences, each failing with its one-token mutant
applied by hand."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

ASEAN = "Association of Southeast Asian Nations"


@pytest.mark.parametrize(("text", "lang", "sender"), [
    ("Ukraine sent Defence Minister Ana Ruiz to the talks.", "en", "Ukraine"),
    ("Ukraina mengirim Menteri Pertahanan Ana Ruiz ke perundingan itu.", "id", "Ukraina"),
])
def test_the_title_right_after_the_verb_of_sending_is_the_senders(text: str, lang: str, sender: str) -> None:
    assert read(text, lang).relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", sender)}


@pytest.mark.parametrize(("text", "lang"), [
    # the verb's object is something else: the titled person receives it
    ("Ukraine sent word to Defence Minister Ana Ruiz.", "en"),
    ("Ukraina mengirim surat kepada Menteri Pertahanan Ana Ruiz.", "id"),
    # a person sends no one to an office of theirs
    ("Carlos Soto sent Defence Minister Ana Ruiz to the talks.", "en"),
    ("Carlos Soto mengirim Menteri Pertahanan Ana Ruiz ke perundingan itu.", "id"),
])
def test_no_senders_office_when_no_country_sends_the_titled_person(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Ana Ruiz" in found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_the_capacity_is_the_subjects_after_a_fronted_source() -> None:
    found = read("Menurut Carlos Soto, Ana Ruiz selaku Ketua ASEAN membuka pertemuan.", "id")
    assert found.relations(RelationKind.LEADER_OF) == {("Ana Ruiz", ASEAN)}


def test_a_fronted_capacity_is_not_the_fronted_sources() -> None:
    found = read("Selaku ketua ASEAN, menurut Carlos Soto, Ana Ruiz mengundang kedua pemimpin.", "id")
    assert "Carlos Soto" in found.entity_names()
    assert found.relations(RelationKind.LEADER_OF) == set()


def test_a_text_ending_at_a_name() -> None:
    found = read("Indonesia memuji Ana Ruiz", "id")
    assert found.types() == {"Indonesia": "Country", "Ana Ruiz": "Person"}
