"""Where a meeting took place: the place after a locative preposition in the rest of its clause ("met X in Tokyo",
"bertemu X di Tokyo", "at the palace in Tokyo", "held talks in Osaka", a reception, mediated talks). A country
there is no place of the meeting ("in Japan": the event's location is a city or site), nor is a place inside a
relative clause or after the clause ends ("who lives in Tokyo", "yang tinggal di Tokyo", "; both later flew to
Tokyo"). Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def meetings(text: str, lang: str) -> set[tuple[tuple[str, ...], str | None]]:
    """(sorted agent names, location name) of each meeting."""
    found = read(text, lang)
    name = found.names
    return {(tuple(sorted(name[a] for a in ev.agents)), name[ev.location] if ev.location else None)
            for ev in found.extraction.events if ev.kind is EventKind.MEETING}


PAIR = ("Kenji Tanaka", "Maria Costa")


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Maria Costa met Kenji Tanaka in Tokyo on Monday.", "en", "Tokyo"),
    ("Maria Costa bertemu Kenji Tanaka di Tokyo pada hari Senin.", "id", "Tokyo"),
    ("Maria Costa met Kenji Tanaka at the palace in Tokyo.", "en", "Tokyo"),
    ("Maria Costa bertemu Kenji Tanaka di istana di Tokyo.", "id", "Tokyo"),
    ("Maria Costa received Kenji Tanaka in Tokyo.", "en", "Tokyo"),
    ("Maria Costa menerima Kenji Tanaka di Tokyo.", "id", "Tokyo"),
    ("Maria Costa and Kenji Tanaka held talks in Osaka.", "en", "Ōsaka"),
    ("Maria Costa dan Kenji Tanaka mengadakan pembicaraan di Osaka.", "id", "Ōsaka"),
])
def test_a_place_after_a_locative_preposition_in_the_clause_is_where_they_met(text: str, lang: str,
                                                                               place: str) -> None:
    assert meetings(text, lang) == {(PAIR, place)}


@pytest.mark.parametrize(("text", "lang", "pair", "place"), [
    ("Norway mediated talks between Japan and Brazil in Oslo.", "en", ("Brazil", "Japan"), "Oslo"),
    ("Norwegia menengahi perundingan antara Jepang dan Brasil di Oslo.", "id", ("Brasil", "Jepang"), "Oslo"),
    ("Kenji Tanaka visited Brazil and met Maria Costa in Brasília.", "en", PAIR, "Brasília"),
])
def test_talks_between_two_sides_and_a_second_verb_keep_their_place(text: str, lang: str, pair: tuple[str, str],
                                                                     place: str) -> None:
    assert meetings(text, lang) == {(pair, place)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Maria Costa met Kenji Tanaka in Japan on Monday.", "en"),
    ("Maria Costa bertemu Kenji Tanaka di Jepang.", "id"),
    ("Maria Costa met Kenji Tanaka, who lives in Tokyo.", "en"),
    ("Maria Costa bertemu Kenji Tanaka yang tinggal di Tokyo.", "id"),
    ("Maria Costa met Kenji Tanaka; both later flew to Tokyo.", "en"),
])
def test_a_country_or_a_place_outside_the_clause_is_not_where_they_met(text: str, lang: str) -> None:
    assert meetings(text, lang) == {(PAIR, None)}
    assert len(read(text, lang).entity_names()) == 3  # the place or country is found, just not the meeting's
