"""The name finder's boundaries (``kg.nlp.names``), one sentence each, both languages where the construction
exists in both: what is stripped from the front of a capitalised run (a person cue, a capitalised common word
at the sentence start), where a run splits (a title inside it, "and" between names), what is glued to a name
(an acronym's continuation, a year in brackets). Each asserts every entity of the sentence, name and type,
so a name one token too long or too short fails. Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType, EventKind, RelationKind


def entities(text: str, lang: str) -> set[tuple[str, str]]:
    return {(e.name, e.type.value) for e in read(text, lang).extraction.entities}


@pytest.mark.parametrize(("text", "lang"), [
    ("Mr Kenji Tanaka arrived in Seoul on Monday.", "en"),  # a person cue before the name
    ("Bapak Kenji Tanaka tiba di Seoul pada hari Senin.", "id"),
    ("Maybe Kenji Tanaka will visit Seoul next week.", "en"),  # a modality word, capitalised at the start
    ("Rencananya Kenji Tanaka akan tiba di Seoul pekan depan.", "id"),
    ("Menteri Senior Kenji Tanaka tiba di Seoul pada hari Senin.", "id"),  # a title and its modifier
    ("Secretary General Kenji Tanaka arrived in Seoul on Monday.", "en"),
])
def test_a_cue_or_a_sentence_initial_common_word_is_stripped_and_nothing_more(text: str, lang: str) -> None:
    assert entities(text, lang) == {("Kenji Tanaka", "Person"), ("Seoul", "Place")}


def test_a_title_inside_a_run_splits_a_body_from_its_officer() -> None:
    text = "Bank of Japan Governor Kenji Tanaka arrived in Seoul on Monday."
    found = read(text, "en")
    assert entities(text, "en") == {("Bank of Japan", "Organization"), ("Kenji Tanaka", "Person"),
                                    ("Seoul", "Place")}
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Kenji Tanaka", "Bank of Japan")}


@pytest.mark.parametrize(("text", "lang"), [
    ("President Kenji Tanaka and Prime Minister Maria Costa met in Tokyo.", "en"),
    ("Presiden Kenji Tanaka dan Perdana Menteri Maria Costa bertemu di Tokyo.", "id"),
])
def test_two_unknown_titled_names_joined_by_and_are_two_people(text: str, lang: str) -> None:
    found = read(text, lang)
    assert entities(text, lang) == {("Kenji Tanaka", "Person"), ("Maria Costa", "Person"), ("Tokyo", "Place")}
    assert found.events(EventKind.MEETING) == {(("Kenji Tanaka", "Maria Costa"), ())}


def test_two_unknown_names_joined_by_and_are_two_people() -> None:
    text = "Kenji Tanaka dan Maria Costa bertemu di Tokyo."
    assert entities(text, "id") == {("Kenji Tanaka", "Person"), ("Maria Costa", "Person"), ("Tokyo", "Place")}
    assert read(text, "id").events(EventKind.MEETING) == {(("Kenji Tanaka", "Maria Costa"), ())}


@pytest.mark.parametrize("text", ["Kenji Tanaka and Maria Costa met in Tokyo.",
                                  "On Monday Kenji Tanaka and Maria Costa met in Tokyo."])
def test_two_unknown_names_joined_by_and_are_two_people_in_english(text: str) -> None:
    """English lets "and" glue a name ("Bosnia and Herzegovina"), so the two names come as one run of five words:
    "and" alone splits it, it does not make it the title of an agenda item."""
    assert entities(text, "en") == {("Kenji Tanaka", "Person"), ("Maria Costa", "Person"), ("Tokyo", "Place")}
    assert read(text, "en").events(EventKind.MEETING) == {(("Kenji Tanaka", "Maria Costa"), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("The Review of Farming and Future Direction was adopted in Jakarta.", "en"),
    ("Review of Farming and Future Direction diadopsi di Jakarta.", "id"),
])
def test_a_long_run_with_of_and_and_is_the_title_of_a_text_not_two_people(text: str, lang: str) -> None:
    assert entities(text, lang) == {("Jakarta", "Place")}


def test_an_organisation_and_a_country_joined_by_and_are_two_names() -> None:
    text = "The Asian Development Bank and Vietnam signed a loan agreement."
    assert {("Asian Development Bank", "Organization"), ("Vietnam", "Country")} <= entities(text, "en")
    assert read(text, "en").events(EventKind.AGREEMENT) == {(("Asian Development Bank", "Vietnam"), ())}


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Iran rejected Resolution 2231 (2015) of the Security Council.", "en", "Resolution 2231 (2015)"),
    ("Iran menolak Resolusi 2231 (2015) Dewan Keamanan PBB.", "id", "Resolusi 2231 (2015)"),
])
def test_a_numbered_instrument_takes_its_year_in_brackets_and_stops(text: str, lang: str, name: str) -> None:
    assert entities(text, lang) == {("Iran", "Country"), (name, "Treaty"),
                                    ("United Nations Security Council", "Organization")}


@pytest.mark.parametrize(("text", "lang", "name", "city"), [
    ("BRICS Plus leaders met in Kazan.", "en", "BRICS Plus", "Kazan"),
    ("Para pemimpin BRICS Plus bertemu di Kazan.", "id", "BRICS Plus", "Kazan"),
    ("ASEAN Plus Three ministers met in Jakarta.", "en", "ASEAN Plus Three", "Jakarta"),
    ("Para menteri ASEAN Plus Three bertemu di Jakarta.", "id", "ASEAN Plus Three", "Jakarta"),
])
def test_a_short_piece_after_an_acronym_continues_it(text: str, lang: str, name: str, city: str) -> None:
    assert entities(text, lang) == {(name, "Organization"), (city, "Place")}


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Myanmar accused Kalmar Jihad of the attack.", "en", "Kalmar Jihad"),
    ("Myanmar menuduh Jihad Kalmar melakukan serangan itu.", "id", "Jihad Kalmar"),
])
def test_a_word_of_organisation_names_makes_an_unknown_name_an_organisation(text: str, lang: str, name: str) -> None:
    """ "Islamic Jihad", "Kurdistan Workers": the evidence names the rule that typed the mention."""
    found = {e.name: (e.type.value, [m.method for m in e.mentions]) for e in read(text, lang).extraction.entities}
    assert found == {"Myanmar": ("Country", ["gazetteer"]), name: ("Organization", ["names-org-word"])}


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Front Pembebasan Kalmar menuduh Myanmar melakukan serangan itu.", "id", "Front Pembebasan Kalmar"),
    ("Kalmar Liberation Front accused Myanmar of the attack.", "en", "Kalmar Liberation Front"),
])
def test_a_head_word_opening_a_sentence_opens_the_name(text: str, lang: str, name: str) -> None:
    """Indonesian names put their head first: capitalised at the sentence start, "Front" is the name's first word,
    not a common word to strip."""
    assert entities(text, lang) == {(name, "Organization"), ("Myanmar", "Country")}
    assert read(text, lang).events(EventKind.ACCUSATION) == {((name,), ("Myanmar",))}


def test_a_head_word_opening_a_sentence_and_a_country_are_two_names() -> None:
    text = "Bank Pembangunan Kalmar dan Vietnam menandatangani perjanjian pinjaman."
    assert {("Bank Pembangunan Kalmar", "Organization"), ("Vietnam", "Country")} <= entities(text, "id")
    assert read(text, "id").events(EventKind.AGREEMENT) == {(("Bank Pembangunan Kalmar", "Vietnam"), ())}


def test_a_head_word_before_a_known_country_alone_stays_the_country() -> None:
    """ "Pemerintah Myanmar" at a sentence start: the rest of the run is one known name, so the head word is the
    common noun and the country acts (metonymy), as before."""
    text = "Pemerintah Myanmar menuduh Thailand melakukan serangan itu."
    assert entities(text, "id") == {("Myanmar", "Country"), ("Thailand", "Country")}
    assert read(text, "id").events(EventKind.ACCUSATION) == {(("Myanmar",), ("Thailand",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Prime Minister Budi Santoso arrived in Seoul on Monday.", "en"),
    ("Perdana Menteri Budi Santoso tiba di Seoul pada hari Senin.", "id"),
])
def test_a_given_name_before_a_known_one_word_name_is_one_person(text: str, lang: str) -> None:
    """The gazetteer knows a politician named "Santoso" alone; "Budi Santoso" is another person, one entity."""
    found = {e.name: (e.type.value, e.qid, [m.method for m in e.mentions])
             for e in read(text, lang).extraction.entities}
    assert found["Budi Santoso"] == ("Person", None, ["names-given-name"])
    assert set(found) == {"Budi Santoso", "Seoul"}
    assert read(text, lang).events(EventKind.VISIT) == {(("Budi Santoso",), ("Seoul",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Santoso arrived in Seoul on Monday.", "en"),
    ("Santoso tiba di Seoul pada hari Senin.", "id"),
])
def test_the_known_one_word_name_alone_stays_the_gazetteer_name(text: str, lang: str) -> None:
    found = {e.name: (e.type.value, [m.method for m in e.mentions]) for e in read(text, lang).extraction.entities}
    assert found == {"Santoso": ("Person", ["gazetteer"]), "Seoul": ("Place", ["gazetteer"])}


def test_a_word_that_opens_no_known_name_before_a_city_leaves_the_city() -> None:
    """ "Greater Tokyo": a capitalised word no person of the gazetteer is named with is no given name."""
    assert entities("Floods hit Greater Tokyo on Monday.", "en") == {("Tokyo", "Place")}


@pytest.mark.parametrize(("text", "lang", "bank"), [
    ("Kenji Tanaka of the Bank of Japan arrived in Seoul on Monday.", "en", "Bank of Japan"),
    ("Deputy Governor Kenji Tanaka of the Bank of Japan arrived in Seoul on Monday.", "en", "Bank of Japan"),
    ("Kenji Tanaka dari Bank of Japan tiba di Seoul pada hari Senin.", "id", "Bank Jepang"),  # its Indonesian label
])
def test_a_name_of_a_known_body_is_the_name_and_the_body(text: str, lang: str, bank: str) -> None:
    """English glues "of" into a name ("Bank of Japan"), so the person and the body came as one run, typed by the
    body's head word as one organisation; Indonesian "dari" never glued them."""
    assert entities(text, lang) == {("Kenji Tanaka", "Person"), (bank, "Organization"), ("Seoul", "Place")}
    assert read(text, lang).events(EventKind.VISIT) == {(("Kenji Tanaka",), ("Seoul",))}


def test_a_body_named_with_of_a_known_country_stays_one_name() -> None:
    """A head word before "of" makes the run one body: "Kalmar Development Bank of Japan"."""
    assert entities("The Kalmar Development Bank of Japan raised its rates.", "en") == {
        ("Kalmar Development Bank of Japan", "Organization")}


@pytest.mark.parametrize(("text", "treaty"), [
    ("The two countries signed the Agreement on Trade in Goods in Hanoi.", "Agreement on Trade in Goods"),
    ("The Agreement on Cooperation in Science was signed in Jakarta.", "Agreement on Cooperation in Science"),
])
def test_an_instrument_titled_by_its_subject_keeps_a_capitalised_word_after_in(text: str, treaty: str) -> None:
    """ "… on Trade in Goods": the words after "in" end the title, they name no place."""
    x = read(text, "en")
    types = {e.name: e.type for e in x.extraction.entities}
    assert types[treaty] is EntityType.TREATY
    assert [n for n, t in types.items() if t is EntityType.PLACE] == [text.rstrip(".").split()[-1]]


@pytest.mark.parametrize("text", [
    "The Agreement on Trade in Hanoi was praised.",  # a known place after "in" stays a place
    "The Framework Agreement in Geneva was praised.",  # no subject named with "on"/"of": a bare head
])
def test_a_known_place_or_a_bare_instrument_head_does_not_swallow_the_place_after_in(text: str) -> None:
    types = {e.name: e.type for e in read(text, "en").extraction.entities}
    assert any(t is EntityType.PLACE for t in types.values())
