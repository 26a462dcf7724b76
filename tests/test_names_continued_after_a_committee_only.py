"""A body's name is continued up to the instrument that set it up or its subject only after the head word of such a
body (branch fix15, mut19 bug 2): "the Security Council Committee concerning Haiti" is one name, but in "Chile wrote
to Amnesty International concerning Haiti" "concerning" is a preposition after a name ending in an organisation word
("international", "bank") that no instrument sets up — two names, the organisation and Haiti. English (the lexicon's
``instrument_body_heads``; Indonesian writes no such continuation). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "body"), [
    ("Chile wrote to Amnesty International concerning Haiti.", "Amnesty International"),
    ("Chile wrote to Transparency International concerning Haiti.", "Transparency International"),
    ("Chile wrote to the Andean Development Bank concerning Haiti.", "Andean Development Bank"),
])
def test_a_name_ending_in_another_organisation_word_stops_before_the_preposition(text: str, body: str) -> None:
    found = read(text, "en")
    assert {body, "Haiti", "Chile"} <= found.entity_names()
    assert not any("concerning" in name for name in found.entity_names())


@pytest.mark.parametrize(("text", "body"), [
    ("The Security Council Committee concerning Haiti sanctioned Ana Ruiz.",
     "Security Council Committee concerning Haiti"),
    ("The Security Council Committee established pursuant to resolution 2140 (2014) sanctioned Ana Ruiz.",
     "Security Council Committee established pursuant to resolution 2140 (2014)"),
])
def test_a_committee_is_named_up_to_its_subject(text: str, body: str) -> None:
    found = read(text, "en")
    assert "Haiti" not in found.entity_names()
    assert found.events(EventKind.SANCTION) == {((body,), ("Ana Ruiz",))}
