"""A monarch's title ("Sultan", "Raja", "King") stands before a given (regnal) name, never before a family name
alone: a one-word name after one is linked only to a leader whose first name it is, so a made-up sultan called
Ibrahim is no Anwar Ibrahim. A head of government's title before the same word still links the leader who bears
it as a surname. Sentences written for these tests; entries are the gazetteer's."""

from __future__ import annotations

import pytest
from facts import read

from kg import gazetteer, link
from kg.link.cues import Cues
from kg.model import EntityType

MALAYSIA = "Q833"


def _people(text: str, lang: str) -> set[tuple[str, str | None]]:
    return {(e.name, e.qid) for e in read(text, lang).extraction.entities if e.type is EntityType.PERSON}


@pytest.mark.parametrize(("text", "lang"), [
    ("Raja Malaysia Sultan Ibrahim menerima Presiden Prancis di Kuala Lumpur.", "id"),
    ("Sultan Ibrahim menerima Presiden Prancis di istana di Kuala Lumpur, Malaysia.", "id"),
    ("Malaysia's King Sultan Ibrahim received the French president in Kuala Lumpur.", "en"),
    ("King Ibrahim of Malaysia received the French president in Kuala Lumpur.", "en"),
])
def test_a_monarchs_given_name_is_no_leaders_family_name(text: str, lang: str) -> None:
    assert _people(text, lang) == {("Ibrahim", None)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Perdana Menteri Malaysia Ibrahim menerima Presiden Prancis di Kuala Lumpur.", "id"),
    ("Malaysian Prime Minister Ibrahim received the French president in Kuala Lumpur.", "en"),
])
def test_a_head_of_governments_title_before_the_same_word_links_the_leader(text: str, lang: str) -> None:
    assert _people(text, lang) == {("Anwar Ibrahim", "Q299574")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Raja Yordania Abdullah menerima Presiden Prancis di Amman.", "id"),
    ("Jordan's King Abdullah received the French president in Amman.", "en"),
])
def test_a_monarchs_title_before_a_leaders_first_name_links_the_leader(text: str, lang: str) -> None:
    assert _people(text, lang) == {("Abdullah II of Jordan", "Q57464")}


@pytest.mark.parametrize(("regnal", "linked"), [(True, None), (False, "Anwar Ibrahim")])
def test_the_linker_takes_only_a_first_name_after_a_monarchs_title(regnal: bool, linked: str | None) -> None:
    cues = Cues(lang="id", after_leader_title=True, after_regnal_title=regnal)
    chosen = link.choose(EntityType.PERSON, ["Ibrahim"], [], {MALAYSIA}, cues, gazetteer.load())
    assert (chosen.entry.name_en if chosen.entry is not None else None) == linked


@pytest.mark.parametrize(("text", "lang"), [
    ("Anwar Ibrahim tiba di Jakarta pada Senin. Ibrahim kemudian bertemu Presiden Indonesia.", "id"),
    ("Anwar Ibrahim arrived in Jakarta on Monday. Ibrahim then met the Indonesian president.", "en"),
])
def test_a_surname_alone_is_the_person_named_in_full_before(text: str, lang: str) -> None:
    assert _people(text, lang) == {("Anwar Ibrahim", "Q299574")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Anwar Ibrahim bertemu Raja Malaysia Sultan Ibrahim di Kuala Lumpur.", "id"),
    ("Anwar Ibrahim met Malaysia's King Sultan Ibrahim in Kuala Lumpur.", "en"),
])
def test_a_monarch_is_not_joined_to_a_namesake_named_in_full(text: str, lang: str) -> None:
    assert _people(text, lang) == {("Anwar Ibrahim", "Q299574"), ("Ibrahim", None)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Abdullah Wirasena tiba di Amman pada Senin. Raja Abdullah kemudian bertemu Presiden Prancis.", "id"),
    ("Abdullah Wirasena arrived in Amman on Monday. King Abdullah then met the French president.", "en"),
])
def test_a_monarchs_given_name_joins_the_full_name_it_opens(text: str, lang: str) -> None:
    assert _people(text, lang) == {("Abdullah Wirasena", None)}
