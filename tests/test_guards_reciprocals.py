"""Guards of the reciprocal reading ("A and B accused each other": two accusations, one each way), issue 9
(branch mut12): an act done together stays one event of both; a name between the verb and the reciprocal is the
verb's object and the reciprocal belongs to a later clause; an adverb may stand before the reciprocal. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Armenia and Azerbaijan met each other on Tuesday.", "en"),
    ("Armenia dan Azerbaijan bertemu satu sama lain pada hari Selasa.", "id"),
])
def test_a_symmetric_act_with_a_reciprocal_is_one_event_of_both(text: str, lang: str) -> None:
    x = read(text, lang)
    assert x.events(EventKind.MEETING) == {(("Armenia", "Azerbaijan"), ())}
    assert x.events(EventKind.ACCUSATION) == set()


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Chile and Peru accused Bolivia of ignoring each other.", "en", (("Chile", "Peru"), ("Bolivia",))),
    ("Armenia dan Azerbaijan menuduh Rusia mengabaikan satu sama lain.", "id",
     (("Armenia", "Azerbaijan"), ("Rusia",))),
])
def test_a_name_before_the_reciprocal_is_the_object(text: str, lang: str, fact: tuple) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {fact}


def test_an_adverb_may_stand_before_the_reciprocal() -> None:
    assert read("Chile and Peru accused again each other.", "en").events(EventKind.ACCUSATION) == {
        (("Chile",), ("Peru",)), (("Peru",), ("Chile",))}

