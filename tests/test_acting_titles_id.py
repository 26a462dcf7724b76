"""An acting office holder's title — "Penjabat Perdana Menteri Thailand X" (id), "Pemangku Perdana Menteri X" (ms),
"Acting Prime Minister X" (en) — is a leader's title like the plain one: the person leads the country and is one
party of each call or meeting (the lexicon's ``role_modifiers``)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Presiden Chili Gabriel Boric menelepon Penjabat Presiden Peru Jose Rivas dan Presiden Bolivia Luis Arce.", "id"),
    ("Chilean President Gabriel Boric called acting Peruvian President Jose Rivas and Bolivian President Luis "
     "Arce.", "en"),
])
def test_an_acting_leader_is_a_party_of_the_call(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.MEETING) == {(("Gabriel Boric", "Jose Rivas"), ()),
                                               (("Gabriel Boric", "Luis Arce"), ())}
    assert ("Jose Rivas", "Peru") in found.relations(RelationKind.LEADER_OF) \
        or ("Jose Rivas", "Peruvian") in found.relations(RelationKind.LEADER_OF)


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Penjabat Perdana Menteri Thailand Somchai Rattana tiba di Jakarta.", "id", "Jakarta"),
    ("Pemangku Perdana Menteri Thailand Somchai Rattana tiba di Kuala Lumpur.", "ms", "Kuala Lumpur"),
])
def test_an_acting_leader_leads_and_travels(text: str, lang: str, place: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.LEADER_OF) == {("Somchai Rattana", "Thailand")}
    assert found.events(EventKind.VISIT) == {(("Somchai Rattana",), (place,))}
