"""An infinitive of purpose after a verb's coordinated objects — "X called A and B to urge a ceasefire", "X
menelepon A dan B untuk mendesak gencatan senjata" — is the subject's purpose: both objects stay objects (two
calls), and a speech verb in it is the subject's ("mendesak": X urges, not A and B). A finite verb after the second
object still opens a clause of its own ("Jepang mengunjungi Peru dan Brasil mengunjungi Chile")."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

BOTH = {(("Dina Boluarte", "Gabriel Boric"), ()), (("Gabriel Boric", "Luis Arce"), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chilean President Gabriel Boric called Peruvian President Dina Boluarte and Bolivian President Luis Arce to "
     "urge a ceasefire.", "en"),
    ("Gabriel Boric met Dina Boluarte and Luis Arce to discuss the border.", "en"),
    ("Presiden Chili Gabriel Boric menelepon Presiden Peru Dina Boluarte dan Presiden Bolivia Luis Arce untuk "
     "mendesak gencatan senjata.", "id"),
    ("Gabriel Boric bertemu Dina Boluarte dan Luis Arce untuk membahas perbatasan.", "id"),
])
def test_both_objects_before_a_purpose_are_met(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.MEETING) == BOTH


def test_the_purpose_speech_verb_is_the_subjects() -> None:
    text = ("Presiden Chili Gabriel Boric menelepon Presiden Peru Dina Boluarte dan Presiden Bolivia Luis Arce untuk "
            "mendesak gencatan senjata.")
    assert read(text, "id").events(EventKind.STATEMENT) == {(("Gabriel Boric",), ())}


@pytest.mark.parametrize(("text", "lang", "visits"), [
    ("Japan visited Peru and Brazil visited Chile.", "en",
     {(("Japan",), ("Peru",)), (("Brazil",), ("Chile",))}),
    ("Jepang mengunjungi Peru dan Brasil mengunjungi Chili.", "id",
     {(("Jepang",), ("Peru",)), (("Brasil",), ("Chili",))}),
])
def test_a_finite_verb_after_the_conjunct_opens_its_own_clause(text: str, lang: str, visits: set) -> None:
    assert read(text, lang).events(EventKind.VISIT) == visits
