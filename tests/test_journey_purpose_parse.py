"""A journey's purpose clause belongs to its traveller without a parse (issue 10, branch perf17).

"X terbang ke Y … untuk bertemu Z", "X flew to Y … to meet Z": the infinitive after a journey is its traveller's act
(subject control; the place travelled to acts in nothing), which is what the word window gives when the window's
subject stands before the journey verb — so the UD parse is not asked. Where the window's subject stands after the
journey verb ("mengunjungi Amman dan Riyadh untuk membahas …": the places visited are its objects), the parse is
still asked, and still keeps the places out of the meeting (``tests/test_reciprocal_after_purpose.py``).
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind
from kg.nlp import syntax


def _parses(text: str, lang: str) -> tuple[object, int]:
    """The sentence's facts and how many sentences the UD parser of ``lang`` parsed for them."""
    parser = syntax.sentence_parser(lang)
    assert parser is not None, f"no UD model for {lang}: the test needs data/models"
    before = parser.sentences
    found = read(text, lang)
    return found, parser.sentences - before


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Sugiono berkunjung ke Yordania untuk bertemu Raja Abdullah.", "id", "Yordania"),
    ("Sugiono terbang ke Yordania pada hari Selasa untuk bertemu Raja Abdullah.", "id", "Yordania"),
    ("Sugiono traveled to Jordan to meet King Abdullah.", "en", "Jordan"),
    ("Sugiono flew to Jordan on Tuesday to meet King Abdullah.", "en", "Jordan"),
])
def test_the_traveller_meets_without_a_parse(text: str, lang: str, place: str) -> None:
    found, parsed = _parses(text, lang)
    assert found.events(EventKind.MEETING) == {(("Abdullah II of Jordan", "Sugiono"), ())}
    assert found.events(EventKind.VISIT) == {(("Sugiono",), (place,))}
    assert parsed == 0


@pytest.mark.parametrize(("text", "lang"), [
    ("Sugiono mengunjungi Amman dan Riyadh untuk membahas rekonstruksi Gaza.", "id"),
    ("Sugiono visited Amman and Riyadh to discuss the reconstruction of Gaza.", "en"),
])
def test_places_after_the_journey_verb_still_ask_the_parse(text: str, lang: str) -> None:
    found, parsed = _parses(text, lang)
    assert found.events(EventKind.MEETING) == set()  # the places visited are no parties
    assert found.events(EventKind.VISIT) == {(("Sugiono",), ("Amman", "Riyadh"))}
    assert parsed == 1


@pytest.mark.parametrize(("text", "lang", "imposer", "target"), [
    ("Kremlin mengutuk keputusan Uni Eropa untuk memperpanjang sanksi terhadap Rusia.", "id", "Uni Eropa", "Rusia"),
    ("Russia condemned the decision of the European Union to extend sanctions on Iran.", "en", "European Union",
     "Iran"),
])
def test_an_act_owned_by_another_name_is_not_a_journey_purpose(text: str, lang: str, imposer: str,
                                                               target: str) -> None:
    """No journey before the infinitive: who imposes is the owner of the decision, not the condemner."""
    assert read(text, lang).events(EventKind.SANCTION) == {((imposer,), (target,))}
