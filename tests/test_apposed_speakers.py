"""A speaker set off by commas speaks through the verb after it (branch en12a, issue 9): in "The ambassador, Ana
Ruiz, said Washington stood with its ally" the name between the commas is the subject of "said", and the name after
the verb opens the reported clause — it says nothing. After a quotation or a clause ending in a comma ("…, said Ana
Ruiz") the speaker still follows the verb. English (the Indonesian verbs of saying after a comma are read by their
own frame, "…, kata X"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize("text", [
    "The ambassador, Ana Ruiz, said Washington stood with its ally.",
    "Chile's envoy to the United Nations, Ana Ruiz, said Washington stood with its ally.",
    "The U.S. ambassador to Chile, Ana Ruiz, said Washington stood with its ally.",
])
def test_the_apposed_name_speaks_not_the_name_after_the_verb(text: str) -> None:
    x = read(text, "en")
    assert "Washington, D.C." in x.entity_names()
    assert x.events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}


def test_the_apposed_name_holds_the_office_it_follows() -> None:
    x = read("The U.S. ambassador to Chile, Ana Ruiz, said Washington stood with its ally.", "en")
    assert x.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "United States of America")}


@pytest.mark.parametrize("text", [
    '"We stand with our ally," said Ana Ruiz.',
    "The talks were useful, said Ana Ruiz, the Chilean envoy.",
    "Peru and Chile, said Ana Ruiz, had agreed to talk.",
])
def test_a_speaker_after_the_verb_after_a_comma_or_quotation(text: str) -> None:
    assert read(text, "en").events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}


def test_a_country_after_a_clause_and_comma_speaks() -> None:
    x = read("The deal, which Chile signed, is dead, said Peru.", "en")
    assert x.events(EventKind.STATEMENT) == {(("Peru",), ())}
