"""A manner phrase after a symmetric verb is its own constituent (issue 9, session 17, branch fix17): "Chile bertemu
secara tidak langsung dengan Peru" is their meeting — "secara" opens the manner phrase ``talk_manners`` lists
("tidak langsung"), whose "tidak" negates no verb; the partner after "dengan" follows it. A negation before the verb
still blocks the meeting. English writes the manner as one adverb ("met indirectly with"), which the object search
already passes. By the exact fact.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("Chile bertemu secara tidak langsung dengan Peru.", "id", ("Chili", "Peru")),
    ("Chile bertemu tidak secara langsung dengan Peru di Lima.", "id", ("Chili", "Peru")),
    ("Chile bertemu secara tertutup dengan Peru.", "id", ("Chili", "Peru")),
    ("Chile met indirectly with Peru.", "en", ("Chile", "Peru")),
], ids=["id-secara-tidak-langsung", "id-tidak-secara-langsung", "id-secara-tertutup", "en-indirectly"])
def test_the_partner_after_the_manner_phrase_met_the_subject(text: str, lang: str, parties: tuple[str, str]) -> None:
    assert read(text, lang).events(EventKind.MEETING) == {(parties, ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile tidak bertemu secara tidak langsung dengan Peru.", "id"),
    ("Chile did not meet indirectly with Peru.", "en"),
], ids=["id-negated", "en-negated"])
def test_a_negation_before_the_verb_blocks_the_meeting(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Peru" in found.entity_names()
    assert found.events(EventKind.MEETING) == set()
