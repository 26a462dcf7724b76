"""An event noun is called off only by a word that says so in its own clause ("… ke Jepang dibatalkan", "… was
cancelled"); a clause that runs on to the end of the text without one — a headline without a full stop, or a long
sentence — keeps the event. Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "visit"), [
    ("Kunjungan Presiden Lula ke Jepang", "id", (("Lula",), ("Jepang",))),
    ("President Lula's visit to Japan", "en", (("Lula",), ("Japan",))),
    ("Kunjungan Presiden Lula ke Jepang pada pekan pertama bulan depan akan membahas kerja sama perdagangan kedua "
     "negara.", "id", (("Lula",), ("Jepang",))),
    ("President Lula's visit to Japan in the first week of next month will focus on trade and investment between "
     "the two countries.", "en", (("Lula",), ("Japan",))),
])
def test_an_event_noun_whose_clause_runs_on_without_a_calling_off_word_is_kept(text: str, lang: str,
                                                                               visit: tuple) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {visit}


@pytest.mark.parametrize(("text", "lang"), [
    ("Kunjungan Presiden Lula ke Jepang dibatalkan", "id"),
    ("President Lula's visit to Japan was cancelled", "en"),
])
def test_an_event_noun_called_off_in_its_clause_is_no_event(text: str, lang: str) -> None:
    found = read(text, lang)
    assert len(found.entity_names()) == 2
    assert found.events(EventKind.VISIT) == set()


@pytest.mark.parametrize(("text", "visits"), [
    ("Kunjungan Ana Ruiz ke Peru menunjukkan bahwa perundingan ditunda.", {(("Ana Ruiz",), ("Peru",))}),
    ("Kunjungan Ana Ruiz ke Peru ditunda.", set()),
], ids=["bahwa", "ditunda"])
def test_a_complementiser_ends_the_event_nouns_clause(text: str, visits: set) -> None:
    # "bahwa" (that) opens another clause: what it calls off is not the visit (mut20: the complementiser in
    # assertion._called_off; English "that" is also a relative pronoun, which ends the clause as well)
    found = read(text, "id")
    assert {"Ana Ruiz", "Peru"} <= found.entity_names()
    assert found.events(EventKind.VISIT) == visits
