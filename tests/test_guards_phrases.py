"""Names made of common words: treaties named by a phrase after a signing verb (``NameFinder._treaty_phrases``)
and an organisation's acronym in brackets after its name (``Coreference._merge_bracketed_acronyms``), as minimal
pairs in both languages. Each test asserts the entities found (name, type) and the facts they take part in.
Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

# --------------------------------------------------------------------------- treaty phrases


@pytest.mark.parametrize(("text", "lang", "treaty", "parties"), [
    # English modifiers come before the head, Indonesian ones after it
    ("Brazil and Australia signed a free trade agreement in Canberra.", "en", "free trade agreement",
     ("Australia", "Brazil")),
    ("Brazil and Australia signed a new trade agreement last week.", "en", "trade agreement", ("Australia", "Brazil")),
    ("Brasil dan Australia menandatangani perjanjian perdagangan bebas di Canberra.", "id",
     "perjanjian perdagangan bebas", ("Australia", "Brasil")),
    # a time phrase after the head is not part of the treaty's name
    ("Brasil dan Australia menandatangani perjanjian perdagangan pekan lalu.", "id", "perjanjian perdagangan",
     ("Australia", "Brasil")),
])
def test_a_treaty_named_by_a_phrase_after_the_signing_verb_has_the_signers_as_parties(
        text: str, lang: str, treaty: str, parties: tuple[str, ...]) -> None:
    found = read(text, lang)
    assert treaty in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == {(p, treaty) for p in parties}
    assert {agents for agents, _ in found.events(EventKind.AGREEMENT)} == {parties}


@pytest.mark.parametrize(("text", "lang", "agreements"), [
    # the English noun frame reads "signed the agreement" as the two signers' agreement
    ("Brazil and Australia signed the agreement last week.", "en", {("Australia", "Brazil")}),
    # "perjanjian itu" refers back to a treaty told before; signing it is still the signers' agreement
    ("Brasil dan Australia menandatangani perjanjian itu pekan lalu.", "id", {("Australia", "Brasil")}),
])
def test_a_bare_treaty_noun_after_the_signing_verb_names_no_new_treaty(text: str, lang: str,
                                                                        agreements: set[tuple[str, ...]]) -> None:
    """ "the agreement", "perjanjian itu" refer back: no treaty (and so no treaty party) is made up from the
    common noun."""
    found = read(text, lang)
    assert found.entity_names() == ({"Australia", "Brazil"} if lang == "en" else {"Australia", "Brasil"})
    assert found.relations(RelationKind.TREATY_PARTY) == set()
    assert {agents for agents, _ in found.events(EventKind.AGREEMENT)} == agreements


# --------------------------------------------------------------------------- "Long Name (ACR)"


@pytest.mark.parametrize(("text", "lang", "body", "countries"), [
    # the acronym spells the name's initials
    ("The United Renewal Front (URF) accused Brazil of torture. The URF also accused Peru.", "en",
     "United Renewal Front", ("Brazil", "Peru")),
    ("Kelompok pemberontak Front Pembaruan Bersatu (FPB) menuduh Brasil melakukan penyiksaan. FPB juga menuduh "
     "Peru.", "id", "Front Pembaruan Bersatu", ("Brasil", "Peru")),
    # an unknown organisation's acronym from its name in another language
    ("Kelompok pemberontak Front Pembaruan Bersatu (URF) menuduh Brasil melakukan penyiksaan. URF juga menuduh "
     "Peru.", "id", "Front Pembaruan Bersatu", ("Brasil", "Peru")),
])
def test_an_acronym_in_brackets_after_an_organisation_is_that_organisation(
        text: str, lang: str, body: str, countries: tuple[str, ...]) -> None:
    found = read(text, lang)
    assert found.entity_names() == {body, *countries}
    assert found.events(EventKind.ACCUSATION) == {((body,), (c,)) for c in countries}


@pytest.mark.parametrize(("text", "lang", "region"), [
    ("Negara-negara Afrika Timur (IGAD) menuduh Brasil melakukan penyiksaan. IGAD juga menuduh Peru.", "id",
     "Afrika Timur"),
    ("Kenya (IGAD) accused Brazil of torture. IGAD also accused Peru.", "en", "Kenya"),
])
def test_an_acronym_in_brackets_after_a_place_is_not_that_place(text: str, lang: str, region: str) -> None:
    """The acronym is not the region's initials and a place is no organisation: the bloc keeps its own name."""
    found = read(text, lang)
    igad = "Intergovernmental Authority on Development"
    assert region in found.entity_names() and igad in found.entity_names()
    assert {agents for agents, _ in found.events(EventKind.ACCUSATION)} == {(igad,)}


def test_an_organisation_with_its_acronym_at_the_start_of_a_sentence_keeps_its_first_word() -> None:
    found = read("Front Pembaruan Bersatu (FPB) menuduh Brasil melakukan penyiksaan. FPB juga menuduh Peru.", "id")
    body = "Front Pembaruan Bersatu"
    assert found.entity_names() == {body, "Brasil", "Peru"}
    assert found.events(EventKind.ACCUSATION) == {((body,), ("Brasil",)), ((body,), ("Peru",))}
