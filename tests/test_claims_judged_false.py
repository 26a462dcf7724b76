"""Claims judged false (session 18, en18a): a speaker who calls a claim false denies it, whether the word of falsity is
quoted after a characterising verb ("called the accusations \"a fabricated pretext\"") or is the predicate of a claim
noun in the clause the speaker reports ("said X's remarks were \"lies\"", "mengatakan tuduhan itu tidak berdasar").
A claim called serious denies nothing, and a claim called false by no one named is no one's denial. Both languages;
sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "denier"), [
    ('Ana Ruiz called the accusations "a fabricated pretext" on Monday.', "en", "Ana Ruiz"),
    ('Ana Ruiz called the charges "baseless".', "en", "Ana Ruiz"),
    ('Peru said Chile\'s remarks were "lies and slander".', "en", "Peru"),
    ("Ana Ruiz said the allegations were false.", "en", "Ana Ruiz"),
    ("The allegations are baseless, Ana Ruiz told reporters.", "en", "Ana Ruiz"),
    ("Ana Ruiz mengatakan tuduhan itu tidak berdasar.", "id", "Ana Ruiz"),
    ("Peru menyatakan tuduhan Chili itu bohong.", "id", "Peru"),
])
def test_a_claim_judged_false_is_denied(text: str, lang: str, denier: str) -> None:
    assert read(text, lang).events(EventKind.DENIAL) == {((denier,), ())}


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Ana Ruiz said the allegations were serious.", "en", "Ana Ruiz"),
    ('Ana Ruiz called the accusations "a grave matter".', "en", "Ana Ruiz"),
    ("Ana Ruiz mengatakan tuduhan itu serius.", "id", "Ana Ruiz"),
])
def test_a_claim_judged_otherwise_is_not_denied(text: str, lang: str, speaker: str) -> None:
    r = read(text, lang)
    assert r.events(EventKind.DENIAL) == set()
    assert r.events(EventKind.STATEMENT) == {((speaker,), ())}


def test_a_claim_false_with_no_speaker_is_no_ones_denial() -> None:
    r = read("Chile accused Peru of shelling a town. The allegations were false.", "en")
    assert r.events(EventKind.DENIAL) == set()
    assert r.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}
