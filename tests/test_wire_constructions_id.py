"""Indonesian wire-copy constructions (issue 9, session 11, branch id11), each with sentences written for it, positive
and negative, by the exact fact:

- "X menyebut …" (X calls something so, says of it): a statement by X; an opening adverbial before its comma still
  dates the verbs of the clause ("Pada Senin, X mengatakan … dan bertemu …": a verb of saying with its complement
  opens the main clause, it is no reporting clause like ", kata X");
- an act condemned with its doer after "oleh", past the act's own object ("mengecam peluncuran rudal balistik oleh
  X"): X is accused;
- a lawsuit ("menggugat X ke Mahkamah Internasional", "mengajukan gugatan terhadap X") accuses X;
- a sanction on a sector or an industry of a country ("sanksi terhadap sektor minyak Iran") is on the country;
- a wire dateline whose place has two or three words ("KUALA LUMPUR, KOMPAS.com -") names its agency or paper;
- an Indonesian name of three parts whose middle word the gazetteer knows alone ("Teddy Indra Wijaya") is one
  person.
"""

from __future__ import annotations

import pytest
from facts import read
from spacy.tokens import Doc
from test_event_dates import dated

from kg.model import EventKind, RelationKind
from kg.nlp.pipeline import make_pipeline
from kg.nlp.syntax import has_model, sentence_parser

MONDAY = "2024-06-17"  # the documents of test_event_dates are published on Wednesday 19 June 2024

# --------------------------------------------------------------------------- "X menyebut …": a statement


@pytest.mark.parametrize(("text", "speaker"), [
    ("Juru bicara Kementerian Luar Negeri Iran Esmaeil Baghaei menyebut sanksi itu ilegal.", "Esmaeil Baghaei"),
    ("Presiden Rusia Vladimir Putin menyebut hubungan kedua negara berada pada titik tertinggi.", "Vladimir Putin"),
    ("Perdana Menteri Malaysia Anwar Ibrahim menyebutnya sebagai langkah yang berani.", "Anwar Ibrahim"),
])
def test_calling_something_so_is_a_statement_of_the_subject(text: str, speaker: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.STATEMENT) == {((speaker,), ())}
    assert found.events(EventKind.ACCUSATION) == set()


def test_not_mentioning_something_is_no_statement() -> None:
    found = read("Presiden Rusia Vladimir Putin tidak menyebut nama Zelensky dalam pidatonya.", "id")
    assert found.events(EventKind.STATEMENT) == set()
    assert "Vladimir Putin" in found.entity_names()


def test_a_report_mentioning_a_name_makes_no_statement() -> None:
    found = read("Laporan itu menyebut Anwar Ibrahim dua kali.", "id")
    assert found.events(EventKind.STATEMENT) == set()


@pytest.mark.parametrize("verb", ["mengatakan lawatan itu penting", "menyebut lawatan itu penting"])
def test_an_opening_adverbial_dates_a_verb_of_saying_and_the_verb_after_it(verb: str) -> None:
    text = f"Pada Senin, Presiden Lula {verb} dan bertemu Perdana Menteri Albanese di Tokyo."
    assert dated(text, "id") == {("Statement", ("Lula",), (), MONDAY),
                                 ("Meeting", ("Albanese", "Lula"), (), MONDAY)}


def test_a_reporting_clause_after_the_comma_still_has_no_date_of_the_act() -> None:
    text = "Pada Senin, kata juru bicara kementerian, Presiden Lula bertemu Perdana Menteri Albanese di Tokyo."
    assert ("Meeting", ("Albanese", "Lula"), (), None) in dated(text, "id")


# --------------------------------------------------------------------------- "mengecam N … oleh X"


@pytest.mark.parametrize("text", [
    "Jepang dan Korea Selatan mengecam peluncuran rudal balistik oleh Korea Utara ke Laut Jepang.",
    "Jepang dan Korea Selatan mengecam serangan oleh Korea Utara.",
])
def test_the_doer_of_a_condemned_act_after_oleh_is_accused(text: str) -> None:
    assert read(text, "id").events(EventKind.ACCUSATION) == {(("Jepang", "Korea Selatan"), ("Korea Utara",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Jepang mengecam peluncuran rudal yang dipantau oleh Korea Selatan.", "id"),  # who watched did not launch
    ("Japan condemned the launch of a missile tracked by South Korea.", "en"),  # an unmarked participle
])
def test_an_agent_of_another_verb_after_the_act_is_not_accused(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.ACCUSATION) == set()
    assert len(found.entity_names()) == 2


# --------------------------------------------------------------------------- a lawsuit


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("Afrika Selatan menggugat Israel ke Mahkamah Internasional atas tuduhan genosida.", "Afrika Selatan", "Israel"),
    ("Nikaragua mengajukan gugatan terhadap Jerman di Mahkamah Internasional.", "Nikaragua", "Jerman"),
])
def test_suing_someone_accuses_them(text: str, accuser: str, accused: str) -> None:
    assert read(text, "id").events(EventKind.ACCUSATION) == {((accuser,), (accused,))}


def test_a_lawsuit_not_filed_accuses_no_one() -> None:
    found = read("Afrika Selatan tidak akan menggugat Israel ke Mahkamah Internasional.", "id")
    assert found.events(EventKind.ACCUSATION) == set()
    assert {"Afrika Selatan", "Israel"} <= found.entity_names()


# --------------------------------------------------------------------------- a sector of a country


@pytest.mark.parametrize(("text", "imposer", "target"), [
    ("Amerika Serikat menjatuhkan sanksi baru terhadap sektor minyak Iran.", "Amerika Serikat", "Iran"),
    ("Uni Eropa menjatuhkan sanksi terhadap industri baja Rusia.", "Uni Eropa", "Rusia"),
])
def test_a_sanction_on_a_sector_of_a_country_is_on_the_country(text: str, imposer: str, target: str) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == {((imposer,), (target,))}


def test_a_sector_of_no_country_named_is_no_target() -> None:
    found = read("Amerika Serikat menjatuhkan sanksi terhadap sektor swasta.", "id")
    assert found.events(EventKind.SANCTION) == set()
    assert found.entity_names() == {"Amerika Serikat"}


# --------------------------------------------------------------------------- datelines, three-part names


@pytest.mark.parametrize(("text", "source"), [
    ("KUALA LUMPUR, KOMPAS.com - Presiden Turki Recep Tayyip Erdogan tiba di Malaysia.", "KOMPAS.com"),
    ("NEW YORK, VOA - Presiden Turki Recep Tayyip Erdogan tiba di Amerika Serikat.", "Voice of America"),
])
def test_the_source_of_a_dateline_with_a_place_of_two_words(text: str, source: str) -> None:
    found = read(text, "id")
    assert found.types()[source] == "Organization"


def test_capitals_inside_a_line_open_no_dateline() -> None:
    found = read("Wartawan di KUALA LUMPUR, KOMPAS.com - melaporkan kedatangan Erdogan.", "id")
    assert "KOMPAS.com" not in found.entity_names()


@pytest.mark.parametrize(("text", "person"), [
    ("Sekretaris Kabinet Teddy Indra Wijaya mengatakan kedua negara siap.", "Teddy Indra Wijaya"),
    ("Budi Santoso Wijaya mengatakan kedua negara siap.", "Budi Santoso Wijaya"),
])
def test_a_name_of_three_parts_is_one_person(text: str, person: str) -> None:
    found = read(text, "id")
    assert found.entity_names() == {person}
    assert found.events(EventKind.STATEMENT) == {((person,), ())}


def test_a_weekday_after_a_name_is_no_part_of_it() -> None:
    found = read('"Kami siap," kata Budi Santoso Senin (12/3).', "id")
    assert found.entity_names() == {"Budi Santoso"}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


# --------------------------------------------------------------------------- missions and national bodies


@pytest.mark.parametrize(("text", "body"), [
    ("Kedutaan Besar China di Manila membantah tuduhan tersebut.", "Kedutaan Besar China"),
    ("Kedutaan Besar Amerika Serikat di Jakarta membantah tuduhan tersebut.", "Kedutaan Besar Amerika Serikat"),
])
def test_an_embassy_is_a_body_of_its_own(text: str, body: str) -> None:
    found = read(text, "id")
    assert found.types()[body] == "Organization"
    assert found.events(EventKind.DENIAL) == {((body,), ())}


def test_an_ambassador_is_a_person_of_the_country() -> None:
    found = read("Duta Besar China untuk Filipina Huang Xilian membantah tuduhan tersebut.", "id")
    assert found.events(EventKind.DENIAL) == {(("Huang Xilian",), ())}
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Huang Xilian", "Republik Rakyat Tiongkok")}


@pytest.mark.parametrize(("text", "body"), [
    ("Presiden Marcos memanggil Dewan Keamanan Nasional untuk rapat darurat.", "Dewan Keamanan Nasional"),
    ("Presiden Marcos memanggil Badan Intelijen Nasional untuk rapat darurat.", "Badan Intelijen Nasional"),
    ("Juru bicara Penjaga Pantai Filipina Jay Tarriela mengatakan kapal itu rusak.", "Penjaga Pantai Filipina"),
])
def test_a_national_body_keeps_its_last_word(text: str, body: str) -> None:
    found = read(text, "id")
    assert found.types()[body] == "Organization"
    assert "United Nations Security Council" not in found.entity_names()


def test_the_security_council_of_the_un_is_still_linked() -> None:
    found = read("Dewan Keamanan PBB menggelar rapat darurat.", "id")
    assert found.entity_names() == {"United Nations Security Council"}


def test_a_domain_word_alone_after_a_head_is_no_longer_name() -> None:
    found = read("Presiden Marcos memanggil Dewan Nasional untuk rapat darurat.", "id")
    assert "Dewan Nasional" not in found.entity_names()


# --------------------------------------------------------------------------- a one-word name with a bare title


def test_a_mononym_with_a_bare_title_holds_the_office_of_its_gazetteer_country_when_named() -> None:
    found = read("Menteri Luar Negeri Sugiono menerima kunjungan kehormatan Duta Besar Australia untuk Indonesia "
                 "Rod Brazier di Jakarta.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Sugiono", "Indonesia"), ("Rod Brazier", "Australia")}


@pytest.mark.parametrize("text", [
    "Menteri Luar Negeri Sugiono mengatakan ASEAN harus bersatu.",  # the country is not named
    "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Australia Penny Wong di Canberra.",  # another one is
])
def test_a_mononym_whose_country_is_not_named_holds_no_office(text: str) -> None:
    found = read(text, "id")
    assert ("Sugiono", "Australia") not in found.relations(RelationKind.OFFICIAL_OF)
    assert {o for p, o in found.relations(RelationKind.OFFICIAL_OF) if p == "Sugiono"} == set()


# --------------------------------------------------------------------------- a paragraph's line break


def test_a_line_break_before_a_sentence_does_not_become_its_subject_in_the_parse() -> None:
    """The line break opening a paragraph is a token of the sentence; parsed as a word, it became the subject of
    "melaporkan" and the agency in apposition spoke no more."""
    text = "Jepang mengecam peluncuran itu.\nKantor berita resmi Korea Utara, KCNA, melaporkan bahwa uji itu berhasil."
    assert (("Kantor Berita Pusat Korea",), ()) in read(text, "id").events(EventKind.STATEMENT)


def test_the_parser_reads_a_sentence_after_a_line_break_as_it_reads_it_alone() -> None:
    if not has_model("id"):
        pytest.skip("no Indonesian parser model")
    nlp, parser = make_pipeline("id"), sentence_parser("id")
    alone = next(iter(nlp("Kantor berita resmi Korea Utara, KCNA, melaporkan bahwa uji itu berhasil.").sents))
    after = list(nlp("Jepang mengecam peluncuran itu.\nKantor berita resmi Korea Utara, KCNA, melaporkan bahwa uji "
                     "itu berhasil.").sents)[-1]
    assert not after[0].is_space  # the line break ends the sentence before (kg_sentence_quotes)
    assert after.text == alone.text
    tree_alone, tree_after = parser(alone), parser(after)
    def subjects(tree: Doc) -> list[str]:
        return [t.text for t in tree if t.dep_ == "nsubj" and t.head.text == "melaporkan"]

    assert subjects(tree_after) == subjects(tree_alone) == ["Kantor"]
