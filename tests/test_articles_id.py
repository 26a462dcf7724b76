"""Indonesian constructions of article-length news (issue 9, session 9): what the body of an article says with
long titles, counterparts, attributions and references back. Each a class of sentences, tested with sentences
written for the purpose, positive and negative, by the exact fact."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

# --------------------------------------------------------------------------- gelar panjang sebelum nama


@pytest.mark.parametrize(("text", "person", "body"), [
    # a name ending like an English abstract noun ("-tion") is still a name when a title stands before it
    ("Menteri Dalam Negeri Malaysia Saifuddin Nasution mengatakan patroli itu sah.", "Saifuddin Nasution",
     "Malaysia"),
    ("Menteri Pertahanan Filipina Rudi Hartation menolak klaim itu.", "Rudi Hartation", "Filipina"),
    # a head's title, the lowercase portfolio, the body, then the person: an office of the body
    ("Kepala kebijakan luar negeri Uni Eropa Kaja Kallas mengatakan Iran melanggar hukum.", "Kaja Kallas",
     "Uni Eropa"),
    ("Kepala Urusan Politik PBB Budi Santoso menyampaikan laporan itu.", "Budi Santoso",
     "Perserikatan Bangsa-Bangsa"),
])
def test_a_long_title_before_a_name_makes_the_person_an_official_of_the_body(text: str, person: str,
                                                                            body: str) -> None:
    found = read(text, "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {(person, body)}
    assert found.relations(RelationKind.LEADER_OF) == set()


@pytest.mark.parametrize(("text", "person", "body"), [
    # the head's title alone (or with a qualifier) still heads the body
    ("Kepala Uni Eropa Budi Santoso mengatakan Iran melanggar hukum.", "Budi Santoso", "Uni Eropa"),
    ("Presiden sementara Mali Budi Santoso mengatakan itu.", "Budi Santoso", "Mali"),
])
def test_a_head_title_without_a_portfolio_still_leads(text: str, person: str, body: str) -> None:
    found = read(text, "id")
    assert found.relations(RelationKind.LEADER_OF) == {(person, body)}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_an_event_title_ending_like_an_abstract_noun_is_still_no_person() -> None:
    found = read("Dialog Regional Cooperation digelar di Jakarta.", "id")
    assert not any(t == "Person" for t in found.types().values())


# --------------------------------------------------------------------------- mitranya: the counterpart met


@pytest.mark.parametrize(("text", "parties", "office"), [
    # the counterpart noun with its possessive suffix, the person in apposition (a title may open it)
    ("Menlu Sugiono bertemu dengan mitranya, Bui Thanh Son, di Hanoi.", ("Bui Thanh Son", "Sugiono"), None),
    ("Menlu Sugiono bertemu dengan rekan sejawatnya, Menteri Luar Negeri Vietnam Bui Thanh Son.",
     ("Bui Thanh Son", "Sugiono"), ("Bui Thanh Son", "Vietnam")),
    # the country the counterpart is from, then the person: the office of the other, held for that country
    ("Menteri Pertahanan Budi Santoso mengadakan pertemuan dengan mitranya dari Jepang, Gen Nakatani.",
     ("Budi Santoso", "Gen Nakatani"), ("Gen Nakatani", "Jepang")),
    ("Menlu Sugiono bertemu mitranya dari Vietnam, Bui Thanh Son, pada Senin.", ("Bui Thanh Son", "Sugiono"),
     ("Bui Thanh Son", "Vietnam")),
])
def test_a_counterpart_in_apposition_is_who_was_met(text: str, parties: tuple[str, str],
                                                    office: tuple[str, str] | None) -> None:
    found = read(text, "id")
    assert found.events(EventKind.MEETING) == {(parties, ())}
    assert found.relations(RelationKind.OFFICIAL_OF) == ({office} if office else set())


def test_a_counterpart_of_a_leader_from_a_country_leads_it() -> None:
    found = read("Presiden Prabowo bertemu mitranya dari Jepang, Shigeru Ishiba.", "id")
    assert found.events(EventKind.MEETING) == {(("Prabowo", "Shigeru Ishiba"), ())}
    assert found.relations(RelationKind.LEADER_OF) >= {("Shigeru Ishiba", "Jepang")}


def test_a_counterpart_from_a_country_named_alone_is_that_country_met() -> None:
    found = read("Menlu Sugiono bertemu dengan mitranya dari Vietnam di Hanoi.", "id")
    assert found.events(EventKind.MEETING) == {(("Sugiono", "Vietnam"), ())}


@pytest.mark.parametrize("text", [
    "Menlu Sugiono bertemu mitra dagang Vietnam di Jakarta.",  # a trading partner: no counterpart, no one met
    "Menlu Sugiono menerima bantuan mitranya dari Vietnam.",  # what was received is no meeting
])
def test_a_partner_that_is_no_counterpart_met_gives_no_meeting(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.MEETING) == set()
    assert {"Sugiono", "Vietnam"} <= found.entity_names()


def test_english_a_counterpart_from_a_country_in_apposition_is_who_was_met() -> None:
    # the same construction in English (shared code: view.counterpart_apposed)
    found = read("Foreign Minister Penny Wong met her counterpart from Japan, Takeshi Iwaya, in Tokyo.", "en")
    assert found.events(EventKind.MEETING) == {(("Penny Wong", "Takeshi Iwaya"), ())}
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Takeshi Iwaya", "Japan")}


# --------------------------------------------------------------------------- menurut X, …: the source is no party


@pytest.mark.parametrize(("text", "source"), [
    ("Menurut kantor berita Xinhua, Rusia dan Iran juga menyepakati pembangunan jalur pipa.", "Xinhua"),
    ("Menurut Kremlin, Rusia dan Iran menyepakati pembangunan jalur pipa.", "Kremlin"),
])
def test_a_fronted_source_speaks_and_takes_no_part(text: str, source: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.AGREEMENT) == {(("Iran", "Rusia"), ())}
    assert found.events(EventKind.STATEMENT) == {((source,), ())}


def test_names_coordinated_before_the_subject_are_still_its_conjuncts() -> None:
    found = read("Kremlin, Rusia dan Iran menyepakati pembangunan jalur pipa.", "id")
    assert found.events(EventKind.AGREEMENT) == {(("Iran", "Kremlin", "Rusia"), ())}


# --------------------------------------------------------------------------- warga: unnamed citizens sanctioned


def test_sanctioned_citizens_of_a_country_stand_for_it() -> None:
    found = read("Inggris juga mengumumkan pembekuan aset terhadap empat warga Iran pada hari yang sama.", "id")
    assert found.events(EventKind.SANCTION) == {(("Britania Raya",), ("Iran",))}


def test_citizens_met_are_no_country_met() -> None:
    found = read("Presiden Prabowo bertemu warga Indonesia di Tokyo.", "id")
    assert found.events(EventKind.MEETING) == set()
    assert {"Indonesia", "Tokyo"} <= found.entity_names()


# --------------------------------------------------------------------------- mengecam sanksi itu: an event told before


@pytest.mark.parametrize(("text", "lang", "condemner", "doer"), [
    ("Pekan lalu, Uni Eropa menjatuhkan sanksi terhadap enam perusahaan Iran. Pemerintah Iran mengecam sanksi "
     "itu.", "id", "Iran", "Uni Eropa"),
    ("Presiden Taiwan Lai Ching-te berkunjung ke Paraguay. Cina mengecam kunjungan tersebut.", "id",
     "Republik Rakyat Tiongkok", "Lai Ching-te"),
    ("Last week the European Union imposed sanctions on six Iranian firms. Iran condemned the sanctions.", "en",
     "Iran", "European Union"),
])
def test_condemning_an_event_told_before_accuses_who_did_it(text: str, lang: str, condemner: str,
                                                           doer: str) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {((condemner,), (doer,))}


@pytest.mark.parametrize("text", [
    # threatened, so never told as done: no one to accuse
    "Uni Eropa mengancam akan menjatuhkan sanksi terhadap Iran. Iran mengecam sanksi itu.",
    # an event too far back is not what "itu" refers to
    "Uni Eropa menjatuhkan sanksi terhadap Iran. Harga minyak naik. Pasar saham turun. Rupiah melemah. Iran "
    "mengecam sanksi itu.",
])
def test_condemning_an_event_not_told_before_accuses_no_one(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.ACCUSATION) == set()
    assert {"Uni Eropa", "Iran"} <= found.entity_names()


# --------------------------------------------------------------------------- a noun of people after the subject's verb


@pytest.mark.parametrize("text", [
    "Israel membantah menyerang warga sipil.",
    "Israel membantah menargetkan pejabat sipil di kamp itu.",
])
def test_people_named_after_the_verb_do_not_unname_the_subject(text: str) -> None:
    # "Israeli officials" is English word order; in Indonesian the noun of people comes before its country
    assert read(text, "id").events(EventKind.DENIAL) == {(("Israel",), ())}


def test_english_unnamed_officials_still_speak_for_no_one() -> None:
    found = read("Israeli officials denied targeting civilians.", "en")
    assert found.events(EventKind.DENIAL) == set()


# --------------------------------------------------------------------------- the morphological passive (di-)


@pytest.mark.parametrize("text", [
    "Embargo diberlakukan terhadap Iran sejak pekan lalu oleh Kanada.",
    "Sanksi dikenakan oleh Kanada kepada Iran pada hari Senin.",
])
def test_a_passive_carrier_verb_names_the_imposer_after_oleh_anywhere_in_its_clause(text: str) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == {(("Kanada",), ("Iran",))}


def test_oleh_of_another_noun_after_the_target_is_no_imposer() -> None:
    # the carrier's clause ends at a clause word: "setelah serangan oleh Israel" is who attacked
    assert read("Sanksi dijatuhkan terhadap Iran setelah serangan oleh Israel.", "id").events(
        EventKind.SANCTION) == {((), ("Iran",))}


# --------------------------------------------------------------------------- two clauses coordinated


@pytest.mark.parametrize(("text", "lang", "kind", "facts"), [
    ("Jepang mengunjungi Peru dan Brasil mengunjungi Chile.", "id", EventKind.VISIT,
     {(("Jepang",), ("Peru",)), (("Brasil",), ("Chili",))}),
    ("Jepang mengunjungi Peru dan Brasil juga mengunjungi Chile.", "id", EventKind.VISIT,
     {(("Jepang",), ("Peru",)), (("Brasil",), ("Chili",))}),
    ("Presiden Jokowi bertemu Xi Jinping dan Modi bertemu Putin.", "id", EventKind.MEETING,
     {(("Jokowi", "Xi Jinping"), ()), (("Modi", "Putin"), ())}),
    ("Japan visited Peru and Brazil visited Chile.", "en", EventKind.VISIT,
     {(("Japan",), ("Peru",)), (("Brazil",), ("Chile",))}),
])
def test_a_name_opening_the_second_clause_belongs_to_it(text: str, lang: str, kind: EventKind, facts: set) -> None:
    assert read(text, lang).events(kind) == facts


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("Wong mengatakan Australia dan Papua Nugini telah sepakat menuntaskan perjanjian itu.", "id",
     ("Australia", "Papua Nugini")),
    ("Wong said Australia and Papua New Guinea had agreed to finalise the deal.", "en",
     ("Australia", "Papua New Guinea")),
])
def test_names_coordinated_after_a_verb_of_saying_are_the_subjects_of_its_clause(text: str, lang: str,
                                                                                parties: tuple[str, str]) -> None:
    assert read(text, lang).events(EventKind.AGREEMENT) == {(parties, ())}


@pytest.mark.parametrize(("text", "facts"), [
    ("Jepang mengunjungi Peru dan Brasil.", {(("Jepang",), ("Peru", "Brasil"))}),
    ("Peru dan Brasil mengunjungi Chile.", {(("Brasil", "Peru"), ("Chili",))}),
])
def test_names_coordinated_in_one_clause_stay_together(text: str, facts: set) -> None:
    assert read(text, "id").events(EventKind.VISIT) == facts


# ------------------------------------------------------------ treaties named after a city; signing a cooperation


def test_a_treaty_named_after_a_city_opening_a_sentence_is_the_treaty() -> None:
    found = read("Perjanjian Osaka ditandatangani oleh Jepang dan Brasil.", "id")
    assert found.types() == {"Perjanjian Osaka": "Treaty", "Jepang": "Country", "Brasil": "Country"}
    assert found.relations(RelationKind.TREATY_PARTY) == {("Jepang", "Perjanjian Osaka"),
                                                          ("Brasil", "Perjanjian Osaka")}


def test_an_agreement_named_with_its_parties_is_no_treaty_name() -> None:
    found = read("Kesepakatan Jepang dan Brasil ditandatangani pada 2019.", "id")
    assert "Treaty" not in found.types().values()


@pytest.mark.parametrize("text", [
    "Perjanjian Osaka, Jepang dan Brasil menandatangani kerja sama energi.",
    "Jepang menandatangani kerja sama energi dengan Brasil.",
])
def test_signing_a_cooperation_is_an_agreement_of_its_parties(text: str) -> None:
    assert read(text, "id").events(EventKind.AGREEMENT) == {(("Brasil", "Jepang"), ())}


@pytest.mark.parametrize("text", [
    "Jepang dan Brasil tidak menandatangani kerja sama energi.",
    "Jepang dan Brasil membahas kerja sama energi.",
])
def test_a_cooperation_not_signed_is_no_agreement(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.AGREEMENT) == set()
    assert {"Jepang", "Brasil"} <= found.entity_names()


def test_people_named_after_the_object_do_not_unname_the_accused() -> None:
    found = read("Filipina menuduh China membahayakan nyawa awak kapal.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Filipina",), ("Republik Rakyat Tiongkok",))}


def test_unnamed_people_of_a_country_met_are_still_no_country_met() -> None:
    found = read("Menlu Sugiono bertemu tiga eksekutif bank Rusia.", "id")
    assert found.events(EventKind.MEETING) == set()
    assert {"Sugiono", "Rusia"} <= found.entity_names()


# --------------------------------------------------------------------------- a minister's capitalised portfolio


@pytest.mark.parametrize(("text", "office"), [
    ("Menteri Informasi Kamboja Neth Pheaktra mengatakan itu.", ("Neth Pheaktra", "Kamboja")),
    ("Menteri Sumber Daya Alam Peru Budi Santoso menandatangani kontrak itu.", ("Budi Santoso", "Peru")),
])
def test_a_minister_title_and_an_unknown_capitalised_portfolio_hold_an_office(text: str,
                                                                              office: tuple[str, str]) -> None:
    assert read(text, "id").relations(RelationKind.OFFICIAL_OF) == {office}


def test_capitalised_words_after_a_leader_title_are_no_portfolio() -> None:
    found = read("Presiden Majelis Umum PBB Budi Santoso berpidato.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


# --------------------------------------------------------------------------- an act told after a fronted adverbial


def test_the_doer_of_an_act_is_found_past_a_fronted_adverbial() -> None:
    found = read("Jepang dan Peru menandatangani kerangka kerja sama mineral. Sementara itu, Korea Utara menembakkan "
                 "rudal jelajah ke Laut Kuning. Korea Selatan mengecam peluncuran tersebut.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Korea Selatan",), ("Korea Utara",))}
    assert found.events(EventKind.AGREEMENT) == {(("Jepang", "Peru"), ())}


def test_a_fronted_adverbial_before_no_name_gives_no_doer() -> None:
    found = read("Sementara itu, harga minyak naik tajam. Korea Selatan mengecam peluncuran tersebut.", "id")
    assert found.events(EventKind.ACCUSATION) == set()
    assert "Korea Selatan" in found.entity_names()


# ------------------------------------------------------------------------- an unnamed instrument signed in the passive


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("Perjanjian itu ditandatangani oleh Thailand dan Kamboja di Kuala Lumpur.", "id", ("Kamboja", "Thailand")),
    ("The agreement was signed by Thailand and Cambodia in Kuala Lumpur.", "en", ("Cambodia", "Thailand")),
])
def test_those_who_signed_an_unnamed_instrument_agreed(text: str, lang: str, parties: tuple[str, str]) -> None:
    found = read(text, lang)
    assert found.events(EventKind.AGREEMENT) == {(parties, ())}
    assert found.relations(RelationKind.TREATY_PARTY) == set()


@pytest.mark.parametrize("text", [
    "Perjanjian itu tidak ditandatangani oleh Thailand dan Kamboja.",  # negated
    "Surat itu ditandatangani oleh Thailand dan Kamboja.",  # a letter is no instrument
])
def test_an_unsigned_instrument_or_a_signed_letter_is_no_agreement(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.AGREEMENT) == set()
    assert {"Thailand", "Kamboja"} <= found.entity_names()


# --------------------------------------------------------------------------- two sides, each coordinated


def test_each_of_one_side_meets_each_of_the_other_and_not_each_other() -> None:
    found = read("Menlu Sugiono dan Menhan Sjafrie menerima kunjungan Menlu Australia Penny Wong dan Menhan "
                 "Australia Richard Marles di Jakarta.", "id")
    assert found.events(EventKind.MEETING) == {(("Penny Wong", "Sugiono"), ()), (("Richard Marles", "Sugiono"), ()),
                                               (("Penny Wong", "Sjafrie"), ()), (("Richard Marles", "Sjafrie"), ())}
    assert found.events(EventKind.VISIT) == {(("Penny Wong",), ("Jakarta",)), (("Richard Marles",), ("Jakarta",))}


def test_one_host_meets_each_guest() -> None:
    found = read("Sugiono bertemu Penny Wong dan Richard Marles di Jakarta.", "id")
    assert found.events(EventKind.MEETING) == {(("Penny Wong", "Sugiono"), ()), (("Richard Marles", "Sugiono"), ())}


# --------------------------------------------------------------------------- named members in apposition


@pytest.mark.parametrize(("text", "targets"), [
    ("Amerika Serikat menjatuhkan sanksi terhadap dua perusahaan teknologi China, Huawei dan ZTE.",
     ("Huawei", "ZTE")),
    ("Amerika Serikat menjatuhkan sanksi terhadap perusahaan minyak terbesar Rusia, Rosneft, pada Rabu.",
     ("Rosneft",)),
])
def test_members_named_in_apposition_are_the_targets(text: str, targets: tuple[str, ...]) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == {(("Amerika Serikat",), targets)}


@pytest.mark.parametrize(("text", "target"), [
    # lowercase modifiers between the member noun and its country
    ("Amerika Serikat menjatuhkan sanksi terhadap dua perusahaan minyak Rusia.", "Rusia"),
    # a comma after the country and no name: the members stand for it
    ("Amerika Serikat menjatuhkan sanksi terhadap dua perusahaan Rusia, kata pejabat itu.", "Rusia"),
])
def test_unnamed_members_still_stand_for_their_country(text: str, target: str) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == {(("Amerika Serikat",), (target,))}


# --------------------------------------------------------------------------- "kedua negara" after two leaders met


@pytest.mark.parametrize("text", [
    "Presiden Amerika Serikat Donald Trump dan Presiden China Xi Jinping bertemu di Busan pada Kamis. Kedua negara "
    "sepakat menurunkan tarif.",
    # a third country named in between is not one of the two
    "Presiden Amerika Serikat Donald Trump dan Presiden China Xi Jinping bertemu di Busan pada Kamis. Di Busan, Korea "
    "Selatan, Trump mengatakan kedua negara telah mencapai kesepakatan dagang.",
])
def test_the_two_countries_are_those_the_two_leaders_who_met_lead(text: str) -> None:
    assert read(text, "id").events(EventKind.AGREEMENT) == {(("Amerika Serikat", "Republik Rakyat Tiongkok"), ())}


def test_two_ministers_who_met_name_no_two_countries_by_their_offices_alone() -> None:
    found = read("Menlu Sugiono bertemu Menlu Penny Wong di Jakarta. Kedua negara sepakat memperkuat kerja sama.", "id")
    assert found.events(EventKind.AGREEMENT) == set()
