"""A trip noun carried by a light verb in a relative clause — "X, who was paying a visit to Y", "X, which made a
visit to Y", "X, yang sedang melakukan kunjungan ke Y" — is the antecedent's trip: the subject search steps back over
the article, the light verb and its auxiliary to the relative pronoun (`ArgumentSearch._subjects`), and another
predicate earlier in the sentence does not hand the noun to the parse when a light verb carries it."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "visitor", "place"), [
    ("Ana Ruiz welcomed Marta Vidal, who was paying a visit to Peru.", "en", "Marta Vidal", "Peru"),
    ("Chile criticised Bolivia, which made a visit to Peru.", "en", "Bolivia", "Peru"),
    ("Ana Ruiz menyambut Marta Vidal, yang sedang melakukan kunjungan ke Peru.", "id", "Marta Vidal", "Peru"),
])
def test_the_antecedent_makes_the_trip(text: str, lang: str, visitor: str, place: str) -> None:
    assert read(text, lang).events(EventKind.VISIT) == {((visitor,), (place,))}


def test_a_subject_with_a_light_verb_makes_its_own_trip() -> None:
    found = read("Ana Ruiz met Marta Vidal and made a visit to Peru.", "en")
    assert found.events(EventKind.VISIT) == {(("Ana Ruiz",), ("Peru",))}


def test_a_decision_noun_still_belongs_to_its_owner() -> None:
    found = read("Kremlin mengutuk keputusan UE untuk memperpanjang sanksi terhadap Rusia.", "id")
    assert {agents for agents, _ in found.events(EventKind.SANCTION)} == {("Uni Eropa",)}
