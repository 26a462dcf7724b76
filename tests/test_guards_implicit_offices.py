"""A known person, a comma and a bare title ("Anthony Albanese, the prime minister, …"): the office is of the
country the gazetteer gives the person, when the document names that country. The title may end at a comma, a full
stop or a semicolon — as in a list of people with their offices separated by semicolons. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read_uncalibrated

from kg.extract import extract
from kg.model import Document

LEADER = ("leaderOf", "Anthony Albanese", "Australia", "title-gazetteer-country")


def offices(text: str, lang: str) -> set[tuple[str, str, str, str]]:
    x = extract(Document("t", text, lang, "test"))
    name = {e.key: e.name for e in x.entities}
    return {(r.kind.value, name[r.subject], name[r.object], r.evidence.rule) for r in x.relations}


@pytest.mark.parametrize(("text", "lang"), [
    ("Australia and Japan signed a deal. Anthony Albanese, the prime minister, arrived in Tokyo.", "en"),
    ("Australia dan Jepang sepakat. Anthony Albanese, perdana menteri, tiba di Tokyo.", "id"),
    ("Australia and Japan signed a deal. Anthony Albanese, the prime minister.", "en"),
])
def test_a_bare_title_after_a_known_person_is_an_office_of_the_person_s_country(text: str, lang: str) -> None:
    assert offices(text, lang) == {LEADER}


@pytest.mark.parametrize(("text", "lang"), [
    ("Australia sent a delegation to Tokyo. It included Anthony Albanese, the prime minister; Penny Wong, the "
     "foreign minister; and Richard Marles, the defence minister.", "en"),
    ("Australia mengirim delegasi ke Tokyo. Delegasi itu terdiri atas Anthony Albanese, perdana menteri; Penny Wong, "
     "menteri luar negeri; dan Richard Marles, menteri pertahanan.", "id"),
])
def test_a_title_ending_at_a_semicolon_in_a_list_of_people_is_an_office(text: str, lang: str) -> None:
    assert LEADER in offices(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Anthony Albanese, the prime minister, arrived in Tokyo.", "en"),  # the country is not named
    ("Australia and Japan signed a deal. Anthony Albanese, a former prime minister, arrived in Tokyo.", "en"),
])
def test_no_office_without_the_country_named_or_for_a_former_title(text: str, lang: str) -> None:
    assert offices(text, lang) == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("Australia and Japan signed a deal. Anthony Albanese, the prime minister, arrived in Tokyo.", "en"),
    ("Australia dan Jepang sepakat. Perdana Menteri Albanese tiba di Tokyo.", "id"),
])
def test_without_a_calibration_table_the_office_keeps_the_rule_s_own_confidence(text: str, lang: str) -> None:
    """With ``NEWSKG_CALIBRATION=none`` (an empty table) a fact's confidence is its rule's own number: 0.7 for an
    office whose country the gazetteer gives the person."""
    x = read_uncalibrated(text, lang).extraction
    assert [(r.evidence.rule, r.evidence.confidence) for r in x.relations] == [("title-gazetteer-country", 0.7)]
