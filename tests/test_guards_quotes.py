"""Who speaks a quotation, as minimal pairs in both languages: "I"/"saya" inside the quotation is its speaker,
named right after it — by a speech form of one word or two ("according to", "menurut"), or by a name and then
a speech verb ("Lula added", "Lula menegaskan"). The negative differs by the verb: a verb that is no speech
verb names no speaker, so "I" stays unresolved and the one-party meeting is not asserted — while the names of
the sentence are still found. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

QUOTE = {"en": '"I met Prime Minister Kishida in Tokyo last week,"',
         "id": '"Saya bertemu Perdana Menteri Kishida di Tokyo pekan lalu,"'}
NAMES = {"Lula", "Fumio Kishida", "Tokyo"}


@pytest.mark.parametrize(("lang", "after"), [
    ("en", "according to President Lula."),  # a two-word speech form after the quotation
    ("en", "Lula added."),  # a name, then a verb that only follows a quotation
    ("en", "Lula said."),
    ("id", "menurut Presiden Lula."),
    ("id", "Lula menegaskan."),  # a name, then a verb that only comes before a quotation
])
def test_the_speaker_named_after_a_quotation_is_its_i(lang: str, after: str) -> None:
    found = read(f"{QUOTE[lang]} {after}", lang)
    assert found.events(EventKind.MEETING) == {(("Fumio Kishida", "Lula"), ())}
    assert found.events(EventKind.STATEMENT) == {(("Lula",), ())}


@pytest.mark.parametrize(("lang", "after"), [("en", "Lula smiled."), ("id", "Lula tersenyum.")])
def test_a_name_after_a_quotation_without_a_speech_verb_is_no_speaker(lang: str, after: str) -> None:
    found = read(f"{QUOTE[lang]} {after}", lang)
    assert found.entity_names() >= NAMES
    assert found.events(EventKind.MEETING) == set() and found.events(EventKind.STATEMENT) == set()
