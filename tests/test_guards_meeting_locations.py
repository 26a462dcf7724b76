""""Ana Ruiz received Marta Vidal at the Foreign Ministry, Lima": a meeting's place is the one after a locative
preposition in the rest of its clause (``arguments._location``) — past a body that sits in it and a comma; a
semicolon ends the clause, so a place in the next one ("…; Chile held talks in Lima") is not the meeting's. Both
languages. Issue 9 (branch mut16, seed 191's siblings). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def meeting_places(text: str, lang: str) -> list[str | None]:
    found = read(text, lang)
    return [found.names.get(ev.location) if ev.location else None
            for ev in found.extraction.events if ev.kind is EventKind.MEETING]


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Ana Ruiz received Marta Vidal at the Foreign Ministry, Lima.", "en", "Lima"),
    ("Ana Ruiz menerima Marta Vidal di Kementerian Luar Negeri, Jakarta.", "id", "Jakarta"),
    # only a body is passed so: a city and its country after the comma stay the city's
    ("Ana Ruiz met Marta Vidal in Lima, Peru.", "en", "Lima"),
    ("Ana Ruiz bertemu Marta Vidal di Jakarta, Indonesia.", "id", "Jakarta"),
])
def test_the_place_after_a_body_and_a_comma_is_where_they_met(text: str, lang: str, place: str) -> None:
    assert meeting_places(text, lang) == [place]


@pytest.mark.parametrize(("text", "lang"), [
    ("Ana Ruiz met Marta Vidal; Chile held talks in Lima.", "en"),
    ("Ana Ruiz bertemu Marta Vidal; Chile mengadakan pembicaraan di Jakarta.", "id"),
])
def test_a_place_after_a_semicolon_is_not_the_meeting_s(text: str, lang: str) -> None:
    assert meeting_places(text, lang) == [None]
