"""Indonesian constructions of ordinary news that the word windows missed (issue 9, unseen-news work): each a
class of sentences, tested with sentences written for the purpose, positive and negative, by the exact fact."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

EU, BELARUS, US, CUBA = "Uni Eropa", "Belarus", "Amerika Serikat", "Kuba"


# --------------------------------------------------------------------------- sanksi sebagai kata benda


@pytest.mark.parametrize(("text", "imposer", "target"), [
    # a relative passive clause: its agent right after the verb, or after "oleh"
    ("Sanksi yang dijatuhkan Uni Eropa kepada Belarus diperpanjang.", EU, BELARUS),
    ("Sanksi yang diberlakukan oleh Amerika Serikat terhadap Kuba sudah berlangsung puluhan tahun.", US, CUBA),
    ("Embargo yang diberlakukan Amerika Serikat terhadap Kuba dikritik banyak negara.", US, CUBA),
    # a possessor right after the noun, a capital standing for its government
    ("Sanksi Washington terhadap Moskwa mulai berlaku pekan lalu.", "Washington", "Moscow"),
    ("Sanksi Amerika Serikat atas Kuba diperluas.", US, CUBA),
])
def test_a_nominal_sanction_names_its_imposer_and_target(text: str, imposer: str, target: str) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == {((imposer,), (target,))}


def test_a_sanction_imposed_by_no_one_named_has_no_imposer() -> None:
    assert read("Sanksi yang dijatuhkan kepada Belarus diperpanjang.", "id").events(
        EventKind.SANCTION) == {((), (BELARUS,))}


@pytest.mark.parametrize("text", [
    "Uni Eropa mencabut sanksi yang dijatuhkan kepada Belarus.",  # lifted
    "Uni Eropa mengancam akan menjatuhkan sanksi kepada Belarus.",  # threatened
])
def test_lifted_or_negated_nominal_sanctions_are_not_asserted(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.SANCTION) == set()
    assert {EU, BELARUS} <= found.entity_names()



# --------------------------------------------------------------------------- nama organisasi di awal kalimat


def test_a_name_opening_a_sentence_keeps_a_common_first_word_the_text_writes_inside_a_sentence() -> None:
    found = read("Human Rights Watch menuduh Israel melanggar hukum internasional. Israel membantah laporan Human "
                 "Rights Watch.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Human Rights Watch",), ("Israel",))}


@pytest.mark.parametrize(("text", "accuser"), [
    # the common word opens a longer run than the one written inside: it is no word of the name
    ("Laporan Human Rights Watch menuduh Israel. Israel membantah laporan Human Rights Watch.", "Human Rights Watch"),
    # a run with a known name in it stays the known name ("Pemerintah" by metonymy)
    ("Pemerintah Indonesia menuduh Israel. Israel membantah tuduhan Pemerintah Indonesia.", "Indonesia"),
])
def test_a_common_word_before_a_name_at_a_sentence_start_stays_out_of_it(text: str, accuser: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.ACCUSATION) == {((accuser,), ("Israel",))}


@pytest.mark.parametrize("text", [
    "Organisasi HAM Amnesty International menuduh Myanmar menyiksa tahanan.",
    "Kelompok HAM Amnesty International menuduh Myanmar menyiksa tahanan.",
])
def test_a_class_noun_and_its_field_before_a_name_are_not_the_name(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.ACCUSATION) == {(("Amnesty International",), ("Myanmar",))}


def test_the_speaker_named_after_a_class_noun_and_its_field_speaks() -> None:
    found = read("Menurut Organisasi HAM Amnesty International, Myanmar menyiksa tahanan.", "id")
    assert found.events(EventKind.STATEMENT) == {(("Amnesty International",), ())}


def test_an_organisation_named_with_its_class_noun_and_no_acronym_keeps_it() -> None:
    found = read("Organisasi Kerja Sama Islam mengecam Israel.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Organisation of Islamic Cooperation",), ("Israel",))}


# --------------------------------------------------------------------------- kesepakatan dan perjanjian


@pytest.mark.parametrize("text", [
    "Indonesia dan Australia menyepakati Perjanjian Kemitraan Ekonomi Komprehensif.",
    # the partner after the instrument agreed on
    "Indonesia menyepakati Perjanjian Kemitraan Ekonomi Komprehensif dengan Australia.",
])
def test_the_instrument_agreed_on_is_no_party_of_the_agreement(text: str) -> None:
    assert read(text, "id").events(EventKind.AGREEMENT) == {(("Australia", "Indonesia"), ())}


def test_agreeing_on_an_instrument_alone_is_no_agreement() -> None:
    found = read("Indonesia menyepakati Perjanjian Kemitraan Ekonomi Komprehensif pada 2019.", "id")
    assert found.events(EventKind.AGREEMENT) == set()
    assert "Indonesia" in found.entity_names()


@pytest.mark.parametrize(("text", "parties"), [
    # "kedua pihak" (both sides): countries, or a country and an organisation
    ("Indonesia dan Uni Eropa merundingkan Perjanjian Kemitraan Ekonomi Komprehensif sejak 2016. Kedua pihak "
     "menandatangani perjanjian itu di Brussel.", ("Indonesia", EU)),
    ("Jepang merundingkan Perjanjian Kemitraan Ekonomi dengan Vietnam. Kedua pihak menandatangani perjanjian itu "
     "pada Senin.", ("Jepang", "Vietnam")),
])
def test_both_sides_sign_the_treaty_named_before(text: str, parties: tuple[str, str]) -> None:
    found = read(text, "id")
    treaty = next(name for name in found.entity_names() if name.startswith("Perjanjian"))
    assert found.relations(RelationKind.TREATY_PARTY) == {(p, treaty) for p in parties}
    assert found.events(EventKind.AGREEMENT) == {(tuple(sorted(parties)), ())}


@pytest.mark.parametrize("text", [
    "Indonesia dan Uni Eropa merundingkan Perjanjian Kemitraan Ekonomi Komprehensif. Kedua pihak belum "
    "menandatangani perjanjian itu.",  # not yet signed
    "Indonesia dan Uni Eropa merundingkan Perjanjian Kemitraan Ekonomi Komprehensif. Kedua pihak batal "
    "menandatangani perjanjian itu.",  # called off
])
def test_a_treaty_named_before_and_not_signed_has_no_party(text: str) -> None:
    found = read(text, "id")
    assert found.relations(RelationKind.TREATY_PARTY) == set()
    assert {"Indonesia", EU} <= found.entity_names()



# --------------------------------------------------------------------------- batal, ditunda


@pytest.mark.parametrize(("text", "lang"), [
    ("Pertemuan antara Joe Biden dan Vladimir Putin batal digelar.", "id"),
    ("Pertemuan antara Joe Biden dan Vladimir Putin dibatalkan.", "id"),
    ("The meeting between Joe Biden and Vladimir Putin was cancelled.", "en"),
])
def test_an_event_noun_called_off_after_it_is_not_asserted(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.MEETING) == set()
    assert {"Joe Biden", "Vladimir Putin"} <= found.entity_names()


@pytest.mark.parametrize(("text", "lang"), [
    ("Pertemuan antara Joe Biden dan Vladimir Putin berlangsung di Jenewa.", "id"),
    # the calling off belongs to a relative clause: the meeting took place
    ("Pertemuan antara Joe Biden dan Vladimir Putin, yang sempat ditunda, berlangsung di Jenewa.", "id"),
    ("The meeting between Joe Biden and Vladimir Putin took place in Geneva.", "en"),
])
def test_an_event_noun_not_called_off_is_asserted(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.MEETING) == {(("Joe Biden", "Vladimir Putin"), ())}


def test_a_visit_called_off_after_its_noun_is_not_asserted() -> None:
    assert read("Kunjungan Presiden Joko Widodo ke Jepang dibatalkan.", "id").events(EventKind.VISIT) == set()
    assert read("Kunjungan Presiden Joko Widodo ke Jepang berlangsung tiga hari.", "id").events(
        EventKind.VISIT) == {(("Joko Widodo",), ("Jepang",))}


def test_a_possessed_visit_called_off_is_not_asserted() -> None:
    """ "X's visit": the noun reading (not the verb "visit"), so the called-off word after it applies."""
    assert read("Joe Biden's visit to Japan was postponed.", "en").events(EventKind.VISIT) == set()
    assert read("Joe Biden's visit to Japan lasted three days.", "en").events(
        EventKind.VISIT) == {(("Joe Biden",), ("Japan",))}


# --------------------------------------------------------------------------- subjek berkoordinasi


@pytest.mark.parametrize(("text", "lang", "kind", "facts"), [
    ("Jepang dan Korea Selatan menjatuhkan sanksi terhadap Korea Utara.", "id", EventKind.SANCTION,
     {(("Jepang", "Korea Selatan"), ("Korea Utara",))}),
    ("Japan and South Korea imposed sanctions on North Korea.", "en", EventKind.SANCTION,
     {(("Japan", "South Korea"), ("North Korea",))}),
    ("Amerika Serikat dan Inggris menuduh Rusia meracuni Alexei Navalny.", "id", EventKind.ACCUSATION,
     {((US, "Britania Raya"), ("Rusia",))}),
    # one imposer, coordinated targets: one fact
    ("Amerika Serikat menuduh Rusia dan Belarus melanggar perjanjian.", "id", EventKind.ACCUSATION,
     {((US,), ("Rusia", BELARUS))}),
    ("Jepang menjatuhkan sanksi terhadap Korea Utara.", "id", EventKind.SANCTION, {(("Jepang",), ("Korea Utara",))}),
])
def test_coordinated_subjects_all_impose_or_accuse(text: str, lang: str, kind: EventKind,
                                                          facts: set[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
    assert read(text, lang).events(kind) == facts


# --------------------------------------------------------------------------- percakapan telepon


@pytest.mark.parametrize("text", [
    "Presiden Joe Biden berbicara melalui telepon dengan Presiden Tiongkok Xi Jinping.",
    "Presiden Joe Biden menelepon Presiden Tiongkok Xi Jinping pada Selasa.",
    "Joe Biden melakukan pembicaraan telepon dengan Xi Jinping.",
])
def test_a_phone_call_is_a_meeting_of_caller_and_called(text: str) -> None:
    assert read(text, "id").events(EventKind.MEETING) == {(("Joe Biden", "Xi Jinping"), ())}


def test_a_negated_phone_call_is_no_meeting() -> None:
    found = read("Joe Biden tidak menelepon Xi Jinping.", "id")
    assert found.events(EventKind.MEETING) == set()
    assert {"Joe Biden", "Xi Jinping"} <= found.entity_names()


@pytest.mark.parametrize(("text", "lang", "visits"), [
    ("Kanselir Jerman Olaf Scholz dan Presiden Prancis Emmanuel Macron mengunjungi Kyiv.", "id",
     {(("Emmanuel Macron", "Olaf Scholz"), ("Kiev",))}),
    ("German Chancellor Olaf Scholz and French President Emmanuel Macron visited Kyiv.", "en",
     {(("Emmanuel Macron", "Olaf Scholz"), ("Kiev",))}),
    # each from their own home: the host arriving in his own capital visits nothing
    ("Presiden Indonesia Joko Widodo dan Perdana Menteri Jepang Fumio Kishida tiba di Tokyo.", "id",
     {(("Joko Widodo",), ("Tokyo",))}),
])
def test_coordinated_travellers_visit_from_their_own_homes(
        text: str, lang: str, visits: set[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
    assert read(text, lang).events(EventKind.VISIT) == visits


# --------------------------------------------------------------------------- kecaman atas tindakan pihak lain


def test_a_condemned_act_of_several_words_is_its_owners() -> None:
    found = read("Dewan Keamanan PBB mengutuk uji coba rudal Korea Utara.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("United Nations Security Council",), ("Korea Utara",))}


def test_a_name_after_a_place_phrase_owns_no_condemned_act() -> None:
    found = read("Rusia mengecam rencana latihan militer gabungan di dekat perbatasan Ukraina.", "id")
    assert found.events(EventKind.ACCUSATION) == set()
    assert {"Rusia", "Ukraina"} <= found.entity_names()


# --------------------------------------------------------------------------- sanksi atas anggota tak bernama

RUSSIA, MYANMAR, IRAN, NORTH_KOREA, VENEZUELA = "Rusia", "Myanmar", "Iran", "Korea Utara", "Venezuela"
UK = "Britania Raya"


@pytest.mark.parametrize(("text", "imposer", "target"), [
    # GUIDELINES: a sanction on unnamed people or bodies of a named country is a sanction on that country
    ("Uni Eropa menjatuhkan sanksi terhadap lima pejabat Rusia.", EU, RUSSIA),
    ("Inggris menjatuhkan sanksi kepada sepuluh pemimpin militer Myanmar.", UK, MYANMAR),
    ("Kanada menjatuhkan sanksi terhadap tiga bank Iran pada Selasa.", "Kanada", IRAN),
    ("Inggris menjatuhkan sanksi terhadap para jenderal Myanmar.", UK, MYANMAR),
    ("Uni Eropa menjatuhkan sanksi terhadap beberapa individu dan entitas Belarus.", EU, BELARUS),
    ("Amerika Serikat menjatuhkan sanksi terhadap perusahaan-perusahaan Venezuela.", US, VENEZUELA),
    # what links the members to their country: origin, ownership, its government
    ("Jepang menjatuhkan sanksi terhadap sejumlah perusahaan asal Korea Utara.", "Jepang", NORTH_KOREA),
    ("Australia menjatuhkan sanksi terhadap dua kapal milik Iran.", "Australia", IRAN),
    ("Amerika Serikat menjatuhkan sanksi terhadap empat pejabat pemerintah Venezuela.", US, VENEZUELA),
    # passive and nominal
    ("Lima pejabat Rusia dijatuhi sanksi oleh Uni Eropa.", EU, RUSSIA),
    ("Sanksi Amerika Serikat atas tiga bank Iran mulai berlaku pekan ini.", US, IRAN),
])
def test_a_sanction_on_unnamed_members_of_a_country_is_on_the_country(text: str, imposer: str, target: str) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == {((imposer,), (target,))}


def test_a_named_member_is_the_target_rather_than_its_country() -> None:
    found = read("Amerika Serikat menjatuhkan sanksi terhadap pejabat Rusia Sergei Lavrov.", "id")
    assert found.events(EventKind.SANCTION) == {((US,), ("Sergei Lavrov",))}


@pytest.mark.parametrize("text", [
    "Amerika Serikat mencabut sanksi terhadap dua perusahaan Venezuela.",  # lifted
    "Uni Eropa akan menjatuhkan sanksi terhadap lima pejabat Rusia.",  # future
    "Kanada belum menjatuhkan sanksi terhadap tiga bank Iran.",  # not yet
    "Inggris tidak menjatuhkan sanksi kepada sepuluh pemimpin militer Myanmar.",  # negated
    "Jepang mengancam akan menjatuhkan sanksi terhadap sejumlah pejabat Rusia.",  # threatened
])
def test_lifted_future_or_negated_sanctions_on_members_are_not_asserted(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.SANCTION) == set()
    assert len(found.entity_names()) == 2  # both countries are still found


@pytest.mark.parametrize(("text", "named"), [
    # the companies only helped Russia: they are not Russia's
    ("Amerika Serikat menjatuhkan sanksi terhadap dua perusahaan yang membantu Rusia.", {US, RUSSIA}),
    # members of no country named after them: nobody to put the sanction on
    ("Uni Eropa menjatuhkan sanksi terhadap lima pejabat di Minsk.", {EU, "Minsk"}),
])
def test_members_of_no_country_named_after_them_give_no_target(text: str, named: set[str]) -> None:
    found = read(text, "id")
    assert found.events(EventKind.SANCTION) == set()
    assert named <= found.entity_names()


# ------------------------------------------------------------------- nama organisasi ala Inggris di awal kalimat


@pytest.mark.parametrize(("text", "accuser"), [
    # named once, at the sentence start: an organisation word ends the name, its first word is a content word
    ("Human Rights Watch menuduh pemerintah Myanmar menahan aktivis.", "Human Rights Watch"),
    ("Amnesty International menuduh militer Myanmar melakukan kejahatan perang.", "Amnesty International"),
    ("Transparency International menuduh pemerintah Myanmar menutupi korupsi.", "Transparency International"),
    # a time word opening the sentence is no word of the name
    ("Kemarin Amnesty International menuduh militer Myanmar menyiksa tahanan.", "Amnesty International"),
    ("Kemarin Human Rights Watch menuduh militer Myanmar menyiksa tahanan.", "Human Rights Watch"),
])
def test_an_organisation_named_once_at_a_sentence_start_keeps_its_first_word(text: str, accuser: str) -> None:
    assert read(text, "id").events(EventKind.ACCUSATION) == {((accuser,), (MYANMAR,))}


def test_a_function_word_opening_the_sentence_stays_out_of_the_organisation_name() -> None:
    found = read("Menurut Human Rights Watch, militer Myanmar menahan aktivis.", "id")
    assert found.events(EventKind.STATEMENT) == {(("Human Rights Watch",), ())}
    assert "Menurut Human Rights Watch" not in found.entity_names()


# --------------------------------------------------------------------------- "sepakat untuk": niat, bukan fakta


@pytest.mark.parametrize(("text", "kind"), [
    ("Joko Widodo dan Fumio Kishida sepakat untuk bertemu kembali tahun depan.", EventKind.MEETING),
    ("Joko Widodo dan Anwar Ibrahim sepakat akan bertemu lagi di Kuala Lumpur.", EventKind.MEETING),
    ("Indonesia dan Malaysia setuju untuk menjatuhkan sanksi terhadap Myanmar.", EventKind.SANCTION),
    ("Anwar Ibrahim berjanji untuk mengunjungi Jakarta.", EventKind.VISIT),
])
def test_what_the_parties_agreed_to_do_is_not_yet_done(text: str, kind: EventKind) -> None:
    found = read(text, "id")
    assert found.events(kind) == set()
    assert len(found.entity_names()) >= 2  # the names are found: the act is not asserted


def test_agreeing_to_do_something_is_an_agreement_between_the_parties() -> None:
    found = read("Joko Widodo dan Fumio Kishida sepakat untuk bertemu kembali tahun depan.", "id")
    assert found.events(EventKind.AGREEMENT) == {(("Fumio Kishida", "Joko Widodo"), ())}


def test_a_meeting_after_they_agreed_on_something_is_asserted() -> None:
    found = read("Joko Widodo bertemu dengan Fumio Kishida dan keduanya sepakat memperluas perdagangan.", "id")
    assert found.events(EventKind.MEETING) == {(("Fumio Kishida", "Joko Widodo"), ())}


@pytest.mark.parametrize(("text", "kind", "asserted"), [
    # Malay shares the construction: what was agreed or promised is not yet done
    ("Anwar Ibrahim dan Joko Widodo bersetuju untuk bertemu semula tahun depan.", EventKind.MEETING, False),
    ("Anwar Ibrahim dan Joko Widodo bertemu di Putrajaya.", EventKind.MEETING, True),
    ("Anwar Ibrahim berjanji untuk melawat Jakarta.", EventKind.VISIT, False),
    ("Anwar Ibrahim melawat Jakarta.", EventKind.VISIT, True),
])
def test_malay_agreed_or_promised_acts_are_not_yet_done(text: str, kind: EventKind, asserted: bool) -> None:
    found = read(text, "ms")
    assert bool(found.events(kind)) is asserted
    assert "Anwar Ibrahim" in found.entity_names()


# --------------------------------------------------------------------------- kesepakatan dengan mitra


@pytest.mark.parametrize("text", [
    # the partner after "dengan", past a common noun of the object: no possessor of it
    "Indonesia sepakat dengan Malaysia untuk memperluas perdagangan.",
    "Indonesia mencapai kesepakatan dengan Malaysia.",
    "Indonesia mencapai kesepakatan dagang dengan Malaysia.",
])
def test_an_agreement_with_a_partner_after_dengan_has_both_parties(text: str) -> None:
    assert read(text, "id").events(EventKind.AGREEMENT) == {(("Indonesia", "Malaysia"), ())}


@pytest.mark.parametrize("text", [
    "Indonesia tidak sepakat dengan Malaysia.",  # negated
    "Indonesia menyetujui usulan Malaysia.",  # Malaysia only owns what was approved
])
def test_no_agreement_when_negated_or_the_name_owns_the_object(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.AGREEMENT) == set()
    assert {"Indonesia", "Malaysia"} <= found.entity_names()


# --------------------------------------------------------------------------- pernyataan bersama


@pytest.mark.parametrize(("text", "parties"), [
    # signing a joint statement: the signers agreed on its text (GUIDELINES: agreement); no treaty is named
    ("Indonesia dan Malaysia menandatangani pernyataan bersama di Jakarta.", ("Indonesia", "Malaysia")),
    ("Joko Widodo menandatangani pernyataan bersama dengan Anwar Ibrahim.", ("Anwar Ibrahim", "Joko Widodo")),
])
def test_signing_a_joint_statement_is_an_agreement_without_a_treaty(text: str, parties: tuple[str, str]) -> None:
    found = read(text, "id")
    assert found.events(EventKind.AGREEMENT) == {(parties, ())}
    assert found.relations(RelationKind.TREATY_PARTY) == set()


@pytest.mark.parametrize("text", [
    "Indonesia dan Malaysia belum menandatangani pernyataan bersama.",  # not yet
    "Indonesia dan Malaysia akan menandatangani pernyataan bersama pekan depan.",  # future
    "Indonesia dan Malaysia batal menandatangani pernyataan bersama.",  # called off
])
def test_a_joint_statement_not_signed_is_no_agreement(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.AGREEMENT) == set()
    assert {"Indonesia", "Malaysia"} <= found.entity_names()


# --------------------------------------------------------------------------- sanksi yang dicabut


@pytest.mark.parametrize(("text", "lang"), [
    # revoked after the noun: "lifting of sanctions is not a sanction fact" (GUIDELINES)
    ("Sanksi terhadap dua bank Rusia itu dicabut pekan lalu.", "id"),
    ("Sanksi Uni Eropa terhadap Rusia dicabut pada 2020.", "id"),
    ("Sanksi Amerika Serikat terhadap Rusia dihapuskan.", "id"),
    ("Sekatan terhadap Rusia ditarik balik.", "ms"),
])
def test_a_sanction_revoked_after_its_noun_is_not_asserted(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.SANCTION) == set()
    assert RUSSIA in found.entity_names()


@pytest.mark.parametrize(("text", "lang"), [
    ("Sanksi terhadap Rusia diperpanjang enam bulan.", "id"),
    ("Sekatan terhadap Rusia dilanjutkan.", "ms"),
])
def test_a_sanction_extended_after_its_noun_is_asserted(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {((), (RUSSIA,))}


# --------------------------------------------------------------------------- "Rencananya, …": adverbia kalimat


@pytest.mark.parametrize(("text", "lang", "kind"), [
    # a cue opening the sentence as its adverb (a comma, or "-nya") puts what follows under its modality
    ("Rencananya Indonesia dan Malaysia menandatangani pernyataan bersama.", "id", EventKind.AGREEMENT),
    ("Rencananya, Indonesia dan Malaysia mencapai kesepakatan.", "id", EventKind.AGREEMENT),
    ("Kemungkinan, Jepang menjatuhkan sanksi terhadap Rusia.", "id", EventKind.SANCTION),
    ("Perhaps, Japan imposed sanctions on Russia.", "en", EventKind.SANCTION),
])
def test_a_modal_sentence_adverb_blocks_what_follows(text: str, lang: str, kind: EventKind) -> None:
    found = read(text, lang)
    assert found.events(kind) == set()
    assert len(found.entity_names()) == 2


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("Tidak lama kemudian, Indonesia dan Malaysia mencapai kesepakatan.", "id", EventKind.AGREEMENT),  # not a negation
    ("Akhirnya Indonesia dan Malaysia mencapai kesepakatan.", "id", EventKind.AGREEMENT),  # no cue
    ("Yesterday, Japan imposed sanctions on Russia.", "en", EventKind.SANCTION),
    # a trip or a meeting stated as scheduled is reported (GUIDELINES)
    ("Rencananya, Joko Widodo bertemu dengan Fumio Kishida pekan depan.", "id", EventKind.MEETING),
])
def test_other_sentence_openers_leave_the_fact_asserted(text: str, lang: str, kind: EventKind) -> None:
    assert len(read(text, lang).events(kind)) == 1


# --------------------------------------------------------------------------- singkatan sebelum kata kecil


def test_a_lowercase_word_after_an_abbreviation_continues_the_sentence() -> None:
    found = read("Presiden Filipina Ferdinand Marcos Jr. tiba di Canberra untuk kunjungan resmi.", "id")
    assert found.events(EventKind.VISIT) == {(("Bongbong Marcos",), ("Canberra",))}


def test_a_capitalised_word_after_a_full_stop_still_opens_a_sentence() -> None:
    found = read("Joko Widodo tiba di Tokyo. Ia bertemu Fumio Kishida.", "id")
    assert found.events(EventKind.VISIT) == {(("Joko Widodo",), ("Tokyo",))}
    assert found.events(EventKind.MEETING) == {(("Fumio Kishida", "Joko Widodo"), ())}
    visit = next(e for e in found.extraction.events if e.kind is EventKind.VISIT)
    assert visit.evidence.sentence == "Joko Widodo tiba di Tokyo."


# --------------------------------------------------------------------------- menandatangani kesepakatan itu


@pytest.mark.parametrize("text", [
    "Perdana Menteri Malaysia Anwar Ibrahim dan Presiden Filipina Ferdinand Marcos Jr. menandatangani kesepakatan "
    "itu di Putrajaya.",
    "Anwar Ibrahim dan Ferdinand Marcos Jr. meneken perjanjian tersebut di Putrajaya.",
])
def test_signing_an_agreement_told_before_is_an_agreement_of_its_signers(text: str) -> None:
    assert read(text, "id").events(EventKind.AGREEMENT) == {(("Anwar Ibrahim", "Bongbong Marcos"), ())}


def test_the_partner_after_signing_an_agreement_told_before_is_a_party() -> None:
    assert read("Indonesia menandatangani perjanjian itu dengan Peru di Lima.", "id").events(
        EventKind.AGREEMENT) == {(("Indonesia", "Peru"), ())}


def test_two_countries_that_negotiated_sign_the_agreement_told_before() -> None:
    found = read("Indonesia dan Peru merundingkan perjanjian kemitraan ekonomi selama dua tahun. Kedua negara "
                 "akhirnya menandatangani perjanjian itu di Lima pada November.", "id")
    assert found.events(EventKind.AGREEMENT) == {(("Indonesia", "Peru"), ())}


@pytest.mark.parametrize("text", [
    "Anwar Ibrahim dan Ferdinand Marcos Jr. tidak menandatangani kesepakatan itu.",  # negated
    "Anwar Ibrahim dan Ferdinand Marcos Jr. menyambut baik kesepakatan itu.",  # welcomed, not signed: told before
    "Kesepakatan itu disambut baik oleh Anwar Ibrahim dan Ferdinand Marcos Jr.",
])
def test_an_agreement_told_before_and_not_signed_here_is_no_new_agreement(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.AGREEMENT) == set()
    assert {"Anwar Ibrahim", "Bongbong Marcos"} <= found.entity_names()


# --------------------------------------------------------------------------- menurut X, Y + klausa


@pytest.mark.parametrize(("text", "speaker"), [
    # the name after the comma has a verb of its own: it opens the main clause, the source before it speaks
    ("Menurut kantor berita Korea Utara KCNA, Kim Jong Un meninjau peluncuran rudal.", "Kantor Berita Pusat Korea"),
    # an apposition closed by a comma, a preposition or the sentence's end names the speaker
    ("Menurut penasihat kebijakan luar negeri Putin, Yuri Ushakov, Rusia siap berunding.", "Yuri Ushakov"),
    ("Rusia siap berunding, kata penasihat kebijakan luar negeri Putin, Yuri Ushakov kepada wartawan.",
     "Yuri Ushakov"),
    ("Rusia siap berunding, kata penasihat kebijakan luar negeri Putin, Yuri Ushakov.", "Yuri Ushakov"),
])
def test_a_name_after_the_source_speaks_only_in_apposition(text: str, speaker: str) -> None:
    assert read(text, "id").events(EventKind.STATEMENT) == {((speaker,), ())}


# --------------------------------------------------------------------------- pasif: pelaku tepat setelah kata kerja


@pytest.mark.parametrize(("text", "denier"), [
    ("Rusia menuduh Ukraina menyerang fasilitas nuklir, tuduhan yang dibantah Kyiv.", "Ukraina"),  # the capital's
    ("Tuduhan itu dibantah oleh Pyongyang.", "Pyongyang"),
    ("Tuduhan itu ditepis Menteri Luar Negeri Iran Abbas Araghchi.", "Abbas Araghchi"),
])
def test_a_claim_denied_in_the_passive_names_its_denier(text: str, denier: str) -> None:
    assert read(text, "id").events(EventKind.DENIAL) == {((denier,), ())}


def test_a_claim_not_denied_in_the_passive_is_no_denial() -> None:
    found = read("Tuduhan itu tidak dibantah Pyongyang.", "id")
    assert found.events(EventKind.DENIAL) == set()
    assert "Pyongyang" in found.entity_names()


@pytest.mark.parametrize(("text", "kind", "agent", "target"), [
    ("Korea Utara dijatuhi sanksi Dewan Keamanan PBB.", EventKind.SANCTION, "United Nations Security Council",
     "Korea Utara"),
    ("Israel dikecam Amerika Serikat karena serangan itu.", EventKind.ACCUSATION, US, "Israel"),
])
def test_the_agent_right_after_a_passive_verb_acts(text: str, kind: EventKind, agent: str, target: str) -> None:
    assert read(text, "id").events(kind) == {((agent,), (target,))}


def test_a_passive_verb_before_another_verb_names_no_agent() -> None:
    found = read("Rusia dituduh melakukan kejahatan perang di Ukraina.", "id")
    assert found.events(EventKind.ACCUSATION) == set()
    assert {"Rusia", "Ukraina"} <= found.entity_names()


def test_a_trade_representative_is_an_official_of_the_country_named_with_the_title() -> None:
    found = read("Menteri Perdagangan Budi Santoso bertemu Perwakilan Dagang AS Maria Costa di Jenewa.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Maria Costa", US)}
    assert found.events(EventKind.MEETING) == {(("Budi Santoso", "Maria Costa"), ())}
    assert "Perwakilan Dagang" not in found.entity_names()


# --------------------------------------------------------------------------- kunjungan kenegaraan, surat kepercayaan


@pytest.mark.parametrize("kind_of_visit", ["kenegaraan", "resmi"])
def test_receiving_a_state_or_official_visit_is_a_meeting_and_the_guests_visit(kind_of_visit: str) -> None:
    found = read(f"Presiden Prabowo Subianto menerima kunjungan {kind_of_visit} Perdana Menteri Belanda Dick Schoof "
                 "di Istana Merdeka.", "id")
    assert found.events(EventKind.MEETING) == {(("Dick Schoof", "Prabowo Subianto"), ())}
    assert found.events(EventKind.VISIT) == {(("Dick Schoof",), ("Istana Merdeka",))}


def test_an_ambassador_presenting_credentials_meets_the_head_of_state() -> None:
    found = read("Duta Besar Indonesia untuk Rusia Budi Santoso menyerahkan surat kepercayaan kepada Presiden "
                 "Vladimir Putin di Kremlin.", "id")
    assert found.events(EventKind.MEETING) == {(("Budi Santoso", "Vladimir Putin"), ())}


def test_credentials_presented_to_no_one_named_are_no_meeting() -> None:
    found = read("Duta Besar Indonesia untuk Rusia Budi Santoso menyerahkan surat kepercayaan di Moskwa.", "id")
    assert found.events(EventKind.MEETING) == set()
    assert "Budi Santoso" in found.entity_names()


def test_the_partner_after_a_treaty_told_before_signs_it() -> None:
    found = read("Menteri Pertahanan Australia Richard Marles menandatangani perjanjian kerja sama pertahanan itu "
                 "bersama Menteri Pertahanan Sjafrie Sjamsoeddin.", "id")
    assert found.events(EventKind.AGREEMENT) == {(("Richard Marles", "Sjafrie Sjamsoeddin"), ())}


# ---------------------------------------------------------------- sanksi: ordinal "ke-"


@pytest.mark.parametrize("text", [
    "Uni Eropa menyetujui paket sanksi ke-16 terhadap Rusia.",
    "Uni Eropa menjatuhkan paket sanksi ke-9 terhadap Rusia pada Senin.",
])
def test_an_ordinal_with_ke_between_sanction_and_target_is_no_preposition(text: str) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == {(("Uni Eropa",), ("Rusia",))}


def test_ke_written_apart_before_a_name_is_still_the_preposition_no_sanction_target() -> None:
    found = read("Uni Eropa menyetujui paket sanksi ke Rusia.", "id")
    assert found.events(EventKind.SANCTION) == set()
    assert {"Uni Eropa", "Rusia"} <= found.entity_names()


# --------------------------------------------------------------------------- delegasi yang dipimpin X


@pytest.mark.parametrize("text", [
    "Delegasi Peru yang dipimpin Menteri Luar Negeri Alberto van Klaveren tiba di Jakarta pada Selasa.",
    "Delegasi Peru yang dipimpin oleh Menteri Luar Negeri Alberto van Klaveren tiba di Jakarta pada Selasa.",
    "Rombongan Peru yang diketuai Menteri Luar Negeri Alberto van Klaveren tiba di Jakarta pada Selasa.",
])
def test_the_leader_of_a_countrys_delegation_is_the_visitor_and_holds_the_office_for_it(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.VISIT) == {(("Alberto van Klaveren",), ("Jakarta",))}
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Alberto van Klaveren", "Peru")}


def test_the_leader_of_a_delegation_meets_for_it() -> None:
    found = read("Delegasi Peru yang dipimpin Menteri Luar Negeri Alberto van Klaveren bertemu Presiden Prabowo "
                 "Subianto.", "id")
    assert found.events(EventKind.MEETING) == {(("Alberto van Klaveren", "Prabowo Subianto"), ())}


@pytest.mark.parametrize(("text", "visitor"), [
    ("Delegasi Peru tiba di Jakarta pada Selasa.", "Peru"),  # no leader named: the country travels
    # a country led by someone is no delegation: the country is the subject, its leader holds the country's office
    ("Peru yang dipimpin Presiden Gabriel Boric tiba di Jakarta pada Selasa.", "Peru"),
])
def test_without_a_delegation_led_by_someone_the_subject_stays(text: str, visitor: str) -> None:
    assert read(text, "id").events(EventKind.VISIT) == {((visitor,), ("Jakarta",))}


# --------------------------------------------------------------------------- merundingkan: talks, not an agreement


@pytest.mark.parametrize("text", [
    "Indonesia dan Peru merundingkan perjanjian perbatasan laut.",
    "Indonesia merundingkan perjanjian dagang dengan Peru.",
    "Indonesia dan Peru sedang menegosiasikan kesepakatan dagang.",
])
def test_negotiating_an_agreement_is_a_meeting_of_the_negotiators_not_an_agreement(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.MEETING) == {(("Indonesia", "Peru"), ())}
    assert found.events(EventKind.AGREEMENT) == set()


@pytest.mark.parametrize("text", [
    "Indonesia dan Peru menolak merundingkan perjanjian perbatasan laut.",  # refused
    "Indonesia merundingkan perjanjian perbatasan laut.",  # one party
])
def test_refused_or_one_sided_negotiations_are_no_meeting(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.MEETING) == set()
    assert "Indonesia" in found.entity_names()


# --------------------------------------------------------------------------- gelar kerajaan: Pangeran, Putra Mahkota


@pytest.mark.parametrize(("text", "prince"), [
    ("Pangeran Hamzah bin Faisal mengunjungi Jakarta pada Senin.", "Hamzah bin Faisal"),
    ("Putra Mahkota Yordania Pangeran Hamzah mengunjungi Jakarta pada Senin.", "Hamzah"),
])
def test_a_princely_title_stays_out_of_the_name(text: str, prince: str) -> None:
    assert read(text, "id").events(EventKind.VISIT) == {((prince,), ("Jakarta",))}


@pytest.mark.parametrize("text", [
    "Putra Mahkota Yordania Pangeran Hamzah bertemu Presiden Prabowo Subianto di Amman.",
    "Pangeran Mahkota Yordania Hamzah bin Faisal bertemu Presiden Prabowo Subianto di Amman.",
])
def test_a_crown_prince_is_no_leader_of_the_country(text: str) -> None:
    found = read(text, "id")
    assert len(found.events(EventKind.MEETING)) == 1
    assert found.relations(RelationKind.LEADER_OF) == set()
    assert "Yordania" in found.entity_names()


def test_a_king_still_leads_the_country() -> None:
    found = read("Raja Yordania Abdullah II bertemu Presiden Prabowo Subianto di Amman.", "id")
    assert ("Abdullah II of Jordan", "Yordania") in found.relations(RelationKind.LEADER_OF)


# --------------------------------------------------------------------------- "bin" + nama yang juga nama tempat


@pytest.mark.parametrize(("text", "lang"), [
    ("Pangeran Abdulaziz bin Turki bertemu Menteri Luar Negeri Sugiono di Jakarta.", "id"),
    ("Prince Abdulaziz bin Turki met Foreign Minister Sugiono in Jakarta.", "en"),
])
def test_a_place_name_after_a_name_connector_is_a_word_of_the_persons_name(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.MEETING) == {(("Abdulaziz bin Turki", "Sugiono"), ())}
    assert found.types()["Abdulaziz bin Turki"] == "Person"


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("KTT G20 digelar di Rio de Janeiro pada Senin.", "id", "Rio de Janeiro"),  # the gazetteer's whole name
    ("Presiden Prabowo Subianto mengunjungi Turki pada Senin.", "id", "Turki"),  # no connector: the country
])
def test_a_place_name_without_a_given_name_and_connector_before_it_stays_a_place(text: str, lang: str,
                                                                                 place: str) -> None:
    assert read(text, lang).types()[place] in ("Place", "Country")


# --------------------------------------------------------------------------- nama tempat deskriptif di kota lain
# The gazetteer lists Jakarta's palaces (no QID): a linked palace takes the entry's name, "Istana Merdeka".


@pytest.mark.parametrize(("text", "palace"), [
    ("Presiden Prabowo Subianto tiba di Istana Kepresidenan di Hanoi, Vietnam, pada Rabu.", "Istana Kepresidenan"),
    ("Presiden Prabowo Subianto bertemu Presiden Vietnam To Lam di Istana Negara di Kuala Lumpur.", "Istana Negara"),
    ("Presiden Prabowo Subianto bertemu Presiden Vietnam To Lam di Istana Kepresidenan, Hanoi.",
     "Istana Kepresidenan"),
])
def test_a_palace_the_text_locates_in_another_country_is_not_linked_to_its_namesake(text: str, palace: str) -> None:
    found = read(text, "id")
    assert palace in found.entity_names()
    assert "Istana Merdeka" not in found.entity_names()


@pytest.mark.parametrize("text", [
    "Presiden Prabowo Subianto menerima Presiden Vietnam To Lam di Istana Kepresidenan di Jakarta.",
    "Presiden Prabowo Subianto menerima Presiden Vietnam To Lam di Istana Kepresidenan.",
])
def test_a_palace_located_in_its_own_city_or_nowhere_is_linked(text: str) -> None:
    found = read(text, "id")
    assert "Istana Merdeka" in found.entity_names()
    assert "Istana Kepresidenan" not in found.entity_names()


# ------------------------------------------------------ "Presiden" tanpa nama, "ia" sebagai subjek pasif


@pytest.mark.parametrize("second", [
    "Ia disambut oleh Wakil Perdana Menteri Chile Ana Flores.",
    "Setibanya di bandara, Presiden disambut oleh Wakil Perdana Menteri Chile Ana Flores.",
    "Presiden diterima Wakil Perdana Menteri Chile Ana Flores di istana.",
])
def test_a_guest_told_before_by_a_pronoun_or_a_bare_title_is_received(second: str) -> None:
    found = read("Presiden Prabowo Subianto tiba di Santiago, Rabu. " + second, "id")
    assert found.events(EventKind.MEETING) == {(("Ana Flores", "Prabowo Subianto"), ())}


@pytest.mark.parametrize("second", [
    "Usulan itu diterima Wakil Perdana Menteri Chile Ana Flores.",  # a thing received: no guest
    "Mereka disambut oleh Wakil Perdana Menteri Chile Ana Flores.",  # a plural pronoun: one person named before
])
def test_a_received_thing_or_an_unresolved_plural_is_no_guest(second: str) -> None:
    found = read("Presiden Prabowo Subianto tiba di Santiago, Rabu. " + second, "id")
    assert found.events(EventKind.MEETING) == set()
    assert "Ana Flores" in found.entity_names()


def test_a_bare_title_refers_only_to_someone_named_with_it() -> None:
    found = read("Menteri Luar Negeri Sugiono tiba di Santiago, Rabu. Presiden mengatakan kerja sama itu kuat.", "id")
    assert found.events(EventKind.STATEMENT) == set()
    assert found.events(EventKind.VISIT) == {(("Sugiono",), ("Santiago",))}


def test_a_bare_title_opening_a_sentence_speaks_for_the_person_named_with_it() -> None:
    found = read("Presiden Prabowo Subianto tiba di Santiago, Rabu. Presiden mengatakan kerja sama itu kuat.", "id")
    assert found.events(EventKind.STATEMENT) == {(("Prabowo Subianto",), ())}


# ------------------------------------------------- pronomina + kata kerja ringan + kata benda peristiwa


@pytest.mark.parametrize(("second", "kind", "fact"), [
    ("Ia kemudian melakukan kunjungan ke Tokyo.", EventKind.VISIT, (("Prabowo Subianto",), ("Tokyo",))),
    ("Beliau juga akan melanjutkan perjalanan ke Tokyo.", EventKind.VISIT, (("Prabowo Subianto",), ("Tokyo",))),
    ("Ia menggelar pertemuan dengan Presiden Chile Gabriel Boric.", EventKind.MEETING,
     (("Gabriel Boric", "Prabowo Subianto"), ())),
])
def test_a_pronoun_before_a_light_verb_is_the_subject_of_its_event_noun(second: str, kind: EventKind,
                                                                       fact: tuple) -> None:
    found = read("Presiden Prabowo Subianto tiba di Hanoi, Rabu. " + second, "id")
    assert fact in found.events(kind)


@pytest.mark.parametrize("second", [
    "Ia tidak melakukan kunjungan ke Tokyo.",  # negated
    "Kunjungan ke Tokyo dilakukan tahun lalu oleh Perdana Menteri Jepang.",  # no pronoun: nobody told before
])
def test_a_negated_or_subjectless_light_verb_visit_is_not_the_earlier_persons(second: str) -> None:
    found = read("Presiden Prabowo Subianto tiba di Hanoi, Rabu. " + second, "id")
    assert found.events(EventKind.VISIT) == {(("Prabowo Subianto",), ("Hanoi",))}
    assert "Tokyo" in found.entity_names()


# --------------------------------------------------------------------------- "kedua pihak" setelah pertemuan dua orang


@pytest.mark.parametrize("phrase", ["Kedua pihak", "Kedua belah pihak", "Kedua delegasi"])
def test_both_sides_after_a_meeting_of_two_people_are_those_two(phrase: str) -> None:
    found = read("Menteri Luar Negeri Chile Alberto van Klaveren bertemu Menteri Luar Negeri Sugiono di Jakarta. "
                 f"{phrase} sepakat memperluas kerja sama perikanan.", "id")
    assert found.events(EventKind.AGREEMENT) == {(("Alberto van Klaveren", "Sugiono"), ())}


def test_both_sides_after_a_meeting_of_two_countries_are_those_two() -> None:
    found = read("Indonesia dan Chile bertemu di Jakarta. Kedua pihak sepakat memperluas kerja sama.", "id")
    assert found.events(EventKind.AGREEMENT) == {(("Chili", "Indonesia"), ())}


def test_both_sides_that_did_not_agree_agree_on_nothing() -> None:
    found = read("Menteri Luar Negeri Chile Alberto van Klaveren bertemu Menteri Luar Negeri Sugiono di Jakarta. "
                 "Kedua pihak belum sepakat soal kerja sama perikanan.", "id")
    assert found.events(EventKind.AGREEMENT) == set()
    assert len(found.events(EventKind.MEETING)) == 1


# --------------------------------------------------------------------------- "dijadwalkan bertemu": kelas modalitas


def test_dijadwalkan_is_the_scheduled_modality() -> None:
    from kg.extract.modality import ModalityReader
    from kg.extract.view import DocView
    from kg.model import Modality
    from kg.nlp.pipeline import make_pipeline
    from kg.nlp.resources import load

    doc = make_pipeline("id")("Presiden Prabowo Subianto dijadwalkan bertemu Presiden Chile Gabriel Boric.")
    reader = ModalityReader(DocView(doc, load("id"), []))
    verb = next(t.i for t in doc if t.text == "bertemu")
    assert reader.of(verb, next(iter(doc.sents))) == {Modality.SCHEDULED}


@pytest.mark.parametrize("verb", ["dijadwalkan bertemu", "akan bertemu"])
def test_a_meeting_the_text_states_as_scheduled_is_reported_like_a_scheduled_trip(verb: str) -> None:
    found = read(f"Presiden Prabowo Subianto {verb} Presiden Chile Gabriel Boric di Santiago.", "id")
    assert found.events(EventKind.MEETING) == {(("Gabriel Boric", "Prabowo Subianto"), ())}


@pytest.mark.parametrize("verb", ["berencana bertemu", "batal bertemu", "dijadwalkan tidak bertemu"])
def test_a_meeting_planned_called_off_or_negated_is_not(verb: str) -> None:
    found = read(f"Presiden Prabowo Subianto {verb} Presiden Chile Gabriel Boric di Santiago.", "id")
    assert found.events(EventKind.MEETING) == set()
    assert {"Prabowo Subianto", "Gabriel Boric"} <= found.entity_names()


# ------------------------------------------------------------------ menuntaskan perundingan: kesepakatan tercapai


@pytest.mark.parametrize(("text", "parties"), [
    ("Indonesia dan Peru menuntaskan perundingan perjanjian dagang setelah enam tahun.", ("Indonesia", "Peru")),
    ("Indonesia merampungkan perundingan perjanjian dagang dengan Peru.", ("Indonesia", "Peru")),
])
def test_concluding_negotiations_is_an_agreement(text: str, parties: tuple[str, str]) -> None:
    assert read(text, "id").events(EventKind.AGREEMENT) == {(parties, ())}


@pytest.mark.parametrize("text", [
    "Indonesia dan Peru belum menuntaskan perundingan perjanjian dagang.",  # not yet
    "Indonesia dan Peru menargetkan menuntaskan perundingan tahun depan.",  # a target
    "Indonesia dan Peru akan menuntaskan perundingan tahun depan.",  # announced, not reached
])
def test_negotiations_not_yet_concluded_are_no_agreement(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.AGREEMENT) == set()
    assert {"Indonesia", "Peru"} <= found.entity_names()


# --------------------------------------------------------------------------- gelar + kata yang dipimpinnya sebelum nama


def test_a_title_and_what_it_leads_before_a_name_do_not_make_the_name_an_owner() -> None:
    found = read("Menteri Luar Negeri Sugiono bertemu pemimpin junta Min Aung Hlaing di Naypyidaw.", "id")
    assert found.events(EventKind.MEETING) == {(("Min Aung Hlaing", "Sugiono"), ())}


@pytest.mark.parametrize("text", [
    "Menteri Luar Negeri Sugiono menerima bantuan pemimpin junta Min Aung Hlaing.",  # what was received: aid
    "Menteri Luar Negeri Sugiono menerima surat pemimpin junta Min Aung Hlaing.",  # a letter
])
def test_a_common_noun_before_the_title_still_heads_the_object(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.MEETING) == set()
    assert {"Sugiono", "Min Aung Hlaing"} <= found.entity_names()
