"""Acronyms that name a body the document also names in full. An acronym the gazetteer spells in mixed case
("Caricom") is matched in capitals too ("CARICOM"), so it is linked and joins its full name. An unknown acronym that
spells the initials of the one unknown body named in full is that body, brackets or not ("the paramilitary Rapid
Support Forces … The RSF denied"); with two bodies of those initials it stays apart. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType, EventKind

CARICOM = "Q205995"


@pytest.mark.parametrize(("text", "lang"), [
    ("Guyana's President Irfaan Ali met CARICOM leaders in Georgetown on Monday.", "en"),
    ("Presiden Guyana Irfaan Ali bertemu para pemimpin CARICOM di Georgetown pada Senin.", "id"),
])
def test_a_mixed_case_acronym_written_in_capitals_is_linked(text: str, lang: str) -> None:
    entities = read(text, lang).extraction.entities
    assert [e.qid for e in entities if "CARICOM" in (e.name, *e.aliases)] == [CARICOM]


def test_the_full_name_and_the_acronym_in_brackets_are_one_body() -> None:
    r = read("The Caribbean Community (CARICOM) condemned the attack. Guyana thanked CARICOM on Tuesday.", "en")
    assert [e.qid for e in r.extraction.entities if e.type is EntityType.ORGANIZATION] == [CARICOM]


@pytest.mark.parametrize(("text", "lang", "body"), [
    ("Sudan accused the paramilitary Rapid Support Forces of shelling the city. The RSF denied the claim on "
     "Monday.", "en", "Rapid Support Forces"),
    ("Angkatan Bersenjata Revolusioner Kalvaro menyerang kota itu. ABRK membantah tuduhan tersebut pada Senin.", "id",
     "Angkatan Bersenjata Revolusioner Kalvaro"),
])
def test_an_acronym_of_the_one_body_named_in_full_is_that_body(text: str, lang: str, body: str) -> None:
    r = read(text, lang)
    assert [e.name for e in r.extraction.entities if e.type is EntityType.ORGANIZATION] == [body]
    assert {agents for agents, _ in r.events(EventKind.DENIAL)} == {(body,)}


def test_two_bodies_of_those_initials_leave_the_acronym_apart() -> None:
    r = read("The Rapid Support Forces and the Regional Security Forum met in Jeddah. The RSF denied the claim.", "en")
    names = {e.name for e in r.extraction.entities if e.type is EntityType.ORGANIZATION}
    assert names == {"Rapid Support Forces", "Regional Security Forum", "RSF"}
