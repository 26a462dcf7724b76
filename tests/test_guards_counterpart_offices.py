""""President X met his Jordanian counterpart, Y": Y leads Jordan — X's office, for the country named with the
counterpart noun. Where no other person stands before the noun in the sentence there is no office to copy: the
sentence gives no office and is read on (a counterpart that starts a sentence, or after a pronoun). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("President Marta Vidal met Jordan's counterpart, Ana Ruiz, in Lima.", "en", "Jordan"),
    ("Presiden Marta Vidal bertemu mitranya dari Yordania, Ana Ruiz, di Lima.", "id", "Yordania"),
])
def test_a_counterpart_holds_the_office_of_the_person_named_before(text: str, lang: str, country: str) -> None:
    assert read(text, lang).relations(RelationKind.LEADER_OF) == {("Ana Ruiz", country)}


def test_a_counterpart_with_no_person_before_holds_no_office_and_the_sentence_is_read_on() -> None:
    x = read("Jordan's counterpart, Ana Ruiz, arrived in Lima.", "en")
    assert x.relations(RelationKind.LEADER_OF) == x.relations(RelationKind.OFFICIAL_OF) == set()
    assert x.events(EventKind.VISIT) == {(("Ana Ruiz",), ("Lima",))}


def test_a_counterpart_after_a_pronoun_holds_no_office() -> None:
    x = read("Ia bertemu mitra sejawat dari Yordania, Ana Ruiz, di Lima.", "id")
    assert {"Ana Ruiz", "Yordania"} <= x.entity_names()
    assert x.relations(RelationKind.LEADER_OF) == x.relations(RelationKind.OFFICIAL_OF) == set()


def test_a_counterpart_noun_near_the_sentences_start_is_read() -> None:
    # "Vidal bertemu mitranya …": the noun is the sentence's third word, the person it copies its first
    x = read("Presiden Chile Marta Vidal tiba di Tokyo. Vidal bertemu mitranya dari Jepang, Ana Ruiz.", "id")
    assert x.relations(RelationKind.LEADER_OF) == {("Marta Vidal", "Chili"), ("Ana Ruiz", "Jepang")}
