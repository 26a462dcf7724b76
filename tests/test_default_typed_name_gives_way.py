"""The same unknown name read as a person only by default at one mention (capitalised words, no cue, no title) and as
a place by a cue at another ("in El Fasher", "di El Fasher") is one place — not a person beside a place of the same
name. A titled mention ("President X") is no default reading and stays a person. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType, EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Rebels seized El Fasher in October. UN envoy Ramtane Lamamra arrived in El Fasher on Monday.", "en"),
    ("Pemberontak merebut El Fasher pada Oktober. Utusan PBB Ramtane Lamamra berkunjung ke El Fasher pada Senin.",
     "id"),
])
def test_the_default_reading_gives_way_to_the_cued_one(text: str, lang: str) -> None:
    r = read(text, lang)
    fasher = [e for e in r.extraction.entities if e.name == "El Fasher"]
    assert [e.type for e in fasher] == [EntityType.PLACE]
    assert r.events(EventKind.VISIT) == {(("Ramtane Lamamra",), ("El Fasher",))}


@pytest.mark.parametrize(("text", "lang"), [
    ("President Kalvaro Ortiz met the envoy. The envoy later flew to Kalvaro Ortiz.", "en"),
    ("Presiden Kalvaro Ortiz bertemu utusan itu. Utusan itu kemudian terbang ke Kalvaro Ortiz.", "id"),
])
def test_a_titled_mention_stays_a_person(text: str, lang: str) -> None:
    types = [e.type for e in read(text, lang).extraction.entities if e.name == "Kalvaro Ortiz"]
    assert EntityType.PERSON in types
