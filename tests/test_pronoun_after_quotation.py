"""A pronoun speaking after a quotation is not someone the quotation names (branch en12a, issue 9): in `"I met
Marta Vidal in Lima," she said` she is the speaker named before, or no one named — never Marta Vidal, whom the
speaker met. A person named before the quotation still is "she". English (the Indonesian "ujar dia" after a
quotation is no speech frame yet). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def test_the_person_inside_the_quotation_is_not_the_speaker() -> None:
    x = read('"I met Marta Vidal in Lima," she said.', "en")
    assert "Marta Vidal" in x.entity_names()
    assert x.events(EventKind.STATEMENT) == set()


@pytest.mark.parametrize("text", [
    'Ana Ruiz spoke to reporters on Monday. "I met Marta Vidal in Lima," she said.',
    'Ana Ruiz spoke to reporters on Monday. "I met Marta Vidal in Lima", she said.',
])
def test_the_person_named_before_speaks(text: str) -> None:
    assert read(text, "en").events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}


def test_a_quotation_naming_no_one_leaves_the_speaker_named_before() -> None:
    x = read('Marta Vidal spoke on Monday. "We are ready," she said.', "en")
    assert x.events(EventKind.STATEMENT) == {(("Marta Vidal",), ())}


@pytest.mark.parametrize(("text", "statements"), [
    ('Ana Ruiz spoke to reporters on Monday. "Marta Vidal is wrong about the border," she said.',
     {(("Ana Ruiz",), ())}),
    ('"Marta Vidal is wrong about the border," she said.', set()),
], ids=["named-before", "named-only-inside"])
def test_the_person_opening_the_quotation_is_not_the_speaker(text: str, statements: set) -> None:
    # the name is the quotation's first word — its first token is inside it too (mut20, seed 199:
    # anaphora._recent_person 16 left the quotation's first token out)
    x = read(text, "en")
    assert "Marta Vidal" in x.entity_names()
    assert x.events(EventKind.STATEMENT) == statements
