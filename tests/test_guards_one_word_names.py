"""How a one-word unknown name gets its type (``kg.nlp.names``): each reading asserts the entity (name and type)
and the method of each mention — the provenance the extraction keeps — beside a twin without the cue, which names
nobody. Both languages where the construction exists. Names and sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def found(text: str, lang: str) -> dict[str, tuple[str, list[str]]]:
    """Entity name → (type, the method of each of its mentions in the order of the text)."""
    return {e.name: (e.type.value, [m.method for m in e.mentions]) for e in read(text, lang).extraction.entities}


@pytest.mark.parametrize(("text", "lang"), [
    ("Kalvaro said the talks went well.", "en"),
    ("Kalvaro mengatakan perundingan berjalan baik.", "id"),
])
def test_a_one_word_name_that_speaks_is_a_person(text: str, lang: str) -> None:
    assert found(text, lang) == {"Kalvaro": ("Person", ["names-speaker"])}
    assert read(text, lang).events(EventKind.STATEMENT) == {(("Kalvaro",), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Kalvaro said the talks went well. The report mentioned Kalvaro twice.", "en"),
    ("Kalvaro mengatakan perundingan berjalan baik. Laporan itu menyebut Kalvaro dua kali.", "id"),
])
def test_a_weak_mention_joins_the_same_name_found_by_a_cue(text: str, lang: str) -> None:
    assert found(text, lang) == {"Kalvaro": ("Person", ["names-speaker", "names-weak"])}


@pytest.mark.parametrize(("text", "lang"), [
    ("The report mentioned Kalvaro twice.", "en"),
    ("Laporan itu menyebut Kalvaro dua kali.", "id"),
])
def test_a_weak_mention_alone_names_nobody(text: str, lang: str) -> None:
    assert found(text, lang) == {}


@pytest.mark.parametrize(("text", "lang"), [
    ("The president arrived with his daughter, Kalvina, on Monday.", "en"),
    ("Presiden tiba bersama putrinya, Kalvina, pada hari Senin.", "id"),
])
def test_a_relative_named_in_apposition_is_a_person(text: str, lang: str) -> None:
    assert found(text, lang) == {"Kalvina": ("Person", ["names-kin-apposition"])}


@pytest.mark.parametrize(("text", "lang"), [
    ("The president arrived with the daughter, Kalvina, on Monday.", "en"),  # no possessor
    ("The president arrived with his delegation, Kalvina, on Monday.", "en"),  # no kinship noun
    ("Presiden tiba bersama delegasinya, Kalvina, pada hari Senin.", "id"),
])
def test_an_apposition_to_no_possessed_kinship_noun_names_nobody(text: str, lang: str) -> None:
    assert found(text, lang) == {}


@pytest.mark.parametrize(("text", "lang"), [
    ("Kalvaro met Ostrani on Monday.", "en"),
    ("Kalvaro bertemu dengan Ostrani pada hari Senin.", "id"),
    ("Kalvaro has also met Ostrani.", "en"),  # auxiliaries and adverbs between the subject and the verb
    ("Kalvaro juga telah bertemu dengan Ostrani pada hari Senin.", "id"),
])
def test_two_one_word_names_on_either_side_of_a_verb_of_meeting_are_people_who_met(text: str, lang: str) -> None:
    assert found(text, lang) == {"Kalvaro": ("Person", ["names-meeting-party"]),
                                 "Ostrani": ("Person", ["names-meeting-party"])}
    assert read(text, lang).events(EventKind.MEETING) == {(("Kalvaro", "Ostrani"), ())}


def test_a_capitalised_common_noun_meeting_a_name_makes_neither_a_person() -> None:
    assert found("Officials met Ostrani on Monday.", "en") == {}


@pytest.mark.parametrize(("text", "lang"), [
    ("The letter was sent to Albanese on Monday.", "en"),
    ("Surat itu dikirim kepada Albanese pada hari Senin.", "id"),
])
def test_a_known_surname_after_a_preposition_of_direction_is_a_person(text: str, lang: str) -> None:
    assert found(text, lang) == {"Albanese": ("Person", ["names-surname"])}


@pytest.mark.parametrize(("text", "lang", "leader"), [
    ("The plan was rejected by the Biden Administration on Monday.", "en", "Biden"),
    ("The Albanese Administration rejected the plan.", "en", "Albanese"),
])
def test_the_leader_a_government_is_named_after_is_a_person(text: str, lang: str, leader: str) -> None:
    """"the Biden Administration": the government is named after its leader, a known person's name; the person is
    found by that reading (the body itself is named by no name of its own)."""
    assert found(text, lang) == {leader: ("Person", ["names-leader-body"])}


@pytest.mark.parametrize("body", ["Pemerintahan", "Kabinet"])
def test_the_leader_an_indonesian_government_is_named_after_is_a_person(body: str) -> None:
    """Head-initial: "Pemerintahan Albanese". The leader-body word is no organisation head of Indonesian, so the
    two words were once read as one person, "Pemerintahan Albanese"."""
    assert found(f"Rencana itu ditolak oleh {body} Albanese pada hari Senin.", "id") == {
        "Albanese": ("Person", ["names-leader-body"])}


def test_a_cabinet_named_by_common_words_names_no_leader() -> None:
    """ "Kabinet Kerja" is named by what it stands for: the cabinet is an organisation, no leader is read."""
    assert found("Rencana itu ditolak oleh Kabinet Kerja pada hari Senin.", "id") == {
        "Kabinet Kerja": ("Organization", ["names-named-body"])}
