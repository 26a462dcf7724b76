"""A relative clause set off by dashes or brackets between a subject and its verb ("X – who arrived on Monday –
will visit Y"): the name before the aside is the verb's subject (``ArgumentSearch._aside_subject``); a name that
can act for nobody (a place) gives no subject, and the name inside the aside is not taken instead. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

ALBANESE, OSAKA = "Anthony Albanese", "Ōsaka"


@pytest.mark.parametrize(("text", "lang"), [
    ("Prime Minister Anthony Albanese – who arrived on Monday – will visit Osaka on Tuesday.", "en"),
    ("Prime Minister Anthony Albanese (who arrived on Monday) will visit Osaka on Tuesday.", "en"),
    ("Perdana Menteri Anthony Albanese – yang tiba pada Senin – akan mengunjungi Osaka pada Selasa.", "id"),
])
def test_the_name_before_a_relative_aside_is_the_subject(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {((ALBANESE,), (OSAKA,))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Police in Sydney – who arrested Anthony Albanese – will visit Osaka on Tuesday.", "en"),
])
def test_a_place_before_the_aside_gives_no_subject(text: str, lang: str) -> None:
    facts = read(text, lang)
    assert facts.events(EventKind.VISIT) == set()
    assert {"Sydney", ALBANESE, OSAKA} <= facts.entity_names()
