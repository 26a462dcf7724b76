"""Constructions of news that Indonesian and English share, read by the shared argument search (kg.extract.view,
kg.extract.events): each a class of sentences written for the purpose, positive and negative, by the exact fact."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

# --------------------------------------------------------------------------- where a trip starts, then where it goes


@pytest.mark.parametrize(("text", "lang"), [
    ("Presiden Prabowo Subianto bertolak dari Bandara Soekarno-Hatta menuju Santiago, Minggu.", "id"),
    ("Presiden Prabowo Subianto terbang dari Jakarta ke Santiago, Minggu.", "id"),
    ("President Prabowo Subianto flew from Jakarta to Santiago on Sunday.", "en"),
])
def test_a_trip_from_one_place_to_another_visits_the_second(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {(("Prabowo Subianto",), ("Santiago",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Presiden Prabowo Subianto bertolak dari Jakarta, Minggu.", "id"),
    ("President Prabowo Subianto flew from Jakarta on Sunday.", "en"),
])
def test_where_a_trip_starts_is_no_visit(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.VISIT) == set()
    assert "Jakarta" in found.entity_names()


# --------------------------------------------------------------------------- signing an agreement told before


@pytest.mark.parametrize(("text", "lang"), [
    ("Indonesia dan Peru menandatangani perjanjian itu di Lima, Kamis.", "id"),
    ("Indonesia and Peru signed the agreement in Lima on Thursday.", "en"),
])
def test_signing_the_agreement_told_before_is_an_agreement(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.AGREEMENT) == {(("Indonesia", "Peru"), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Indonesia dan Peru membahas perjanjian itu di Lima, Kamis.", "id"),
    ("Indonesia and Peru did not sign the agreement in Lima on Thursday.", "en"),
])
def test_an_agreement_told_before_and_not_signed_is_none(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.AGREEMENT) == set()
    assert {"Indonesia", "Peru"} <= found.entity_names()


# --------------------------------------------------------------------------- a negated lifting: the sanctions stay


@pytest.mark.parametrize(("text", "lang", "imposer"), [
    ("Amerika Serikat tidak akan mencabut sanksi terhadap Kuba.", "id", "Amerika Serikat"),
    ("Amerika Serikat menolak mencabut sanksi terhadap Kuba.", "id", "Amerika Serikat"),
    ("Kanada tidak mencabut sanksi terhadap Kuba.", "id", "Kanada"),
    ("The United States will not lift sanctions on Cuba.", "en", "United States of America"),
    ("Canada refused to lift its sanctions on Cuba.", "en", "Canada"),
])
def test_sanctions_whose_lifting_is_negated_or_refused_are_in_force(text: str, lang: str, imposer: str) -> None:
    cuba = "Kuba" if lang == "id" else "Cuba"
    assert read(text, lang).events(EventKind.SANCTION) == {((imposer,), (cuba,))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Kanada akan mencabut sanksi terhadap Kuba.", "id"),  # a lifting announced
    ("Kanada tidak mengancam akan menjatuhkan sanksi terhadap Kuba.", "id"),  # a threat, negated or not
    ("Kanada tidak menjatuhkan sanksi terhadap Kuba.", "id"),  # no sanction imposed
    ("Canada will lift sanctions on Cuba.", "en"),
    ("Canada did not impose sanctions on Cuba.", "en"),
])
def test_a_lifting_announced_or_a_negated_sanction_is_no_sanction(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.SANCTION) == set()
    assert {"Kanada" if lang == "id" else "Canada"} <= found.entity_names()


# --------------------------------------------------------------------------- coordinated sanction measures


@pytest.mark.parametrize(("text", "lang", "imposer", "target"), [
    ("Inggris menjatuhkan sanksi finansial dan larangan perjalanan kepada Iran.", "id", "Britania Raya", "Iran"),
    ("Uni Eropa menjatuhkan larangan perjalanan dan pembekuan aset kepada sembilan pejabat Belarus.", "id",
     "Uni Eropa", "Belarus"),
    ("Kanada memberlakukan sanksi ekonomi serta embargo senjata terhadap Myanmar.", "id", "Kanada", "Myanmar"),
    ("Canada imposed sanctions and an arms embargo on Myanmar.", "en", "Canada", "Myanmar"),
])
def test_coordinated_sanction_measures_share_the_target_after_them(text: str, lang: str, imposer: str,
                                                                   target: str) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {((imposer,), (target,))}


@pytest.mark.parametrize(("text", "lang"), [
    # the conjunct is another verb phrase: its object is not the sanction's target
    ("Inggris menjatuhkan sanksi finansial dan mengirim utusan kepada Iran.", "id"),
    ("Canada imposed sanctions and sent an envoy to Myanmar.", "en"),
])
def test_a_coordinated_verb_phrase_keeps_its_object(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.SANCTION) == set()
    assert len(found.entity_names()) == 2


# --------------------------------------------------------------------------- agreed in a meeting: they met


@pytest.mark.parametrize(("text", "lang"), [
    ("Indonesia dan Peru sepakat memperluas kerja sama perikanan dalam pertemuan di Lima.", "id"),
    ("Indonesia dan Peru mencapai kesepakatan dagang pada pertemuan bilateral di Lima.", "id"),
    ("Indonesia and Peru agreed to expand fisheries cooperation at a meeting in Lima.", "en"),
])
def test_parties_agreeing_in_a_meeting_met(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.AGREEMENT) == {(("Indonesia", "Peru"), ())}
    assert found.events(EventKind.MEETING) == {(("Indonesia", "Peru"), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Indonesia dan Peru tidak sepakat dalam pertemuan di Lima.", "id"),  # no agreement: nothing to borrow
    ("Indonesia menentang mediasi dalam perundingan dengan Peru.", "id"),  # opposing talks is no part in them
    ("Indonesia opposed mediation in talks with Peru.", "en"),
])
def test_a_meeting_noun_after_in_borrows_no_parties_from_a_negated_or_other_predicate(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.MEETING) == set()
    assert {"Indonesia", "Peru"} <= found.entity_names()


# --------------------------------------------------------------------------- a given name's lowercase second syllable


@pytest.mark.parametrize(("text", "lang"), [
    ("Menteri Luar Negeri Sugiono berbicara dengan Menteri Luar Negeri Korea Selatan Cho Tae-yul.", "id"),
    ("Foreign Minister Sugiono spoke with South Korean Foreign Minister Cho Tae-yul.", "en"),
])
def test_a_hyphenated_given_name_with_a_lowercase_syllable_is_one_name(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.MEETING) == {(("Cho Tae-yul", "Sugiono"), ())}


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("The Jakarta-based group said it would meet on Monday.", "en", "Jakarta"),
    ("Kelompok pro-Rusia di Ukraina mengatakan akan bertemu.", "id", "Rusia"),
])
def test_a_place_before_a_hyphenated_word_of_the_language_stays_the_place(text: str, lang: str, place: str) -> None:
    assert place in read(text, lang).entity_names()


# --------------------------------------------------------------------------- received at a body's seat in a city


@pytest.mark.parametrize(("text", "lang"), [
    ("Menteri Pertahanan Sjafrie Sjamsoeddin menerima kunjungan kehormatan Menteri Pertahanan Chile Maya Fernandez "
     "di Kementerian Pertahanan, Jakarta, Kamis.", "id"),
    ("Defence Minister Sjafrie Sjamsoeddin received Chilean Defence Minister Maya Fernandez at the Defence Ministry "
     "in Jakarta on Thursday.", "en"),
])
def test_a_guest_received_at_a_bodys_seat_visits_the_city_after_it(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.VISIT) == {(("Maya Fernandez",), ("Jakarta",))}
    assert found.events(EventKind.MEETING) == {(("Maya Fernandez", "Sjafrie Sjamsoeddin"), ())}


def test_a_guest_received_at_a_body_with_no_city_named_visits_nowhere_named() -> None:
    found = read("Menteri Pertahanan Sjafrie Sjamsoeddin menerima kunjungan kehormatan Menteri Pertahanan Chile Maya "
                 "Fernandez di Kementerian Pertahanan, Kamis.", "id")
    assert found.events(EventKind.VISIT) == set()
    assert found.events(EventKind.MEETING) == {(("Maya Fernandez", "Sjafrie Sjamsoeddin"), ())}
