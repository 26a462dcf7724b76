"""Name constructions of news in both languages that the name finder (kg.nlp.names) misread — each a class of
phrases, tested with sentences written for the purpose, positive and negative, by the exact fact."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

US = {"id": "Amerika Serikat", "en": "United States of America"}


# --------------------------------------------------------------------------- a title, then a surname that is a city


@pytest.mark.parametrize(("text", "lang"), [
    ("Menteri Pertahanan AS Lloyd Austin tiba di Manila.", "id"),
    ("Menteri Pertahanan AS, Lloyd Austin, tiba di Manila.", "id"),  # the title in apposition, before a comma
    ("US Defense Secretary Lloyd Austin arrived in Manila.", "en"),
    ("The US Defense Secretary, Lloyd Austin, arrived in Manila.", "en"),
])
def test_a_title_holds_one_person_whose_surname_is_a_city(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Lloyd Austin", US[lang])}
    assert found.events(EventKind.VISIT) == {(("Lloyd Austin",), ("Manila",))}
    assert "Austin" not in found.entity_names()


@pytest.mark.parametrize(("text", "lang"), [
    ("Tim Merah Manila tiba di Jakarta.", "id"),
    ("Team Red Manila arrived in Jakarta.", "en"),
])
def test_without_a_title_a_city_after_capitalised_words_stays_the_city(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Manila" in found.entity_names()
    assert not any("Manila" in name for name in found.entity_names() - {"Manila"})


# --------------------------------------------------------------------------- a cabinet with a name of its own


@pytest.mark.parametrize("text", [
    "Presiden melantik para menteri Kabinet Merah Putih di Istana Negara.",
    "Kabinet Merah Putih menggelar sidang paripurna di Istana Negara.",  # opening a sentence
    "Kabinet Indonesia Maju menggelar sidang paripurna di Istana Negara.",  # a country's name inside it
])
def test_a_cabinet_named_by_what_it_stands_for_is_an_organisation(text: str) -> None:
    found = read(text, "id")
    name = "Kabinet Indonesia Maju" if "Maju" in text else "Kabinet Merah Putih"
    assert found.types()[name] == "Organization"
    assert not any(t == "Person" for t in found.types().values())


@pytest.mark.parametrize(("text", "accuser"), [
    ("Kabinet Albanese menuduh Israel melanggar hukum internasional.", "Albanese"),  # named after its leader
    ("Pemerintahan Indonesia menuduh Israel melanggar hukum internasional.", "Indonesia"),  # the country's own
])
def test_a_cabinet_named_by_a_leader_or_a_country_alone_is_no_body_of_its_own(text: str, accuser: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.ACCUSATION) == {((accuser,), ("Israel",))}
    assert not any(name.startswith(("Kabinet", "Pemerintahan")) for name in found.entity_names())


# --------------------------------------------------------------------------- a company after its country


@pytest.mark.parametrize(("text", "company"), [
    ("Amerika Serikat menjatuhkan sanksi terhadap perusahaan Rusia Zolotar.", "Zolotar"),
    ("Amerika Serikat menjatuhkan sanksi terhadap perusahaan Rusia Zolotar Marine Logistics.",
     "Zolotar Marine Logistics"),
])
def test_a_company_named_after_its_country_is_the_sanctioned_organisation(text: str, company: str) -> None:
    found = read(text, "id")
    assert found.types()[company] == "Organization"
    assert found.events(EventKind.SANCTION) == {((US["id"],), (company,))}
    assert "Rusia" in found.entity_names()  # the country is still named


def test_a_company_opening_a_sentence_after_its_country_is_a_party_of_its_own() -> None:
    found = read("Perusahaan Korea Selatan Daeyang dan pemerintah Vietnam menandatangani kesepakatan investasi.",
                 "id")
    assert found.types()["Daeyang"] == "Organization"
    assert found.events(EventKind.AGREEMENT) == {(("Daeyang", "Vietnam"), ())}


def test_companies_of_a_country_with_no_name_after_them_stand_for_the_country() -> None:
    found = read("Amerika Serikat menjatuhkan sanksi terhadap dua perusahaan Rusia.", "id")
    assert found.events(EventKind.SANCTION) == {((US["id"],), ("Rusia",))}
    assert found.entity_names() == {US["id"], "Rusia"}


def test_an_organisation_the_gazetteer_knows_after_its_cue_and_country_stays_the_known_name() -> None:
    found = read("Kantor Berita Rusia TASS melaporkan Vladimir Putin tiba di Pyongyang.", "id")
    assert found.events(EventKind.STATEMENT) == {(("TASS",), ())}
    assert found.qid("TASS") is not None  # the gazetteer's entry, linked
    assert found.events(EventKind.VISIT) == {(("Vladimir Putin",), ("Pyongyang",))}
