"""A speech act at no one named is still its subject's statement (branch en13a, issue 9; en12a's open class "a
condemnation with no named doer gives no statement"): "Peru condemned the attack", "Ana Ruiz accused the junta of
torture" record no accusation — nothing named is accused — but a Statement of Peru, of Ana Ruiz, as "X accused Y"
does (``CondemnedActs._speaker_at_no_one``). Negated or future acts, participles and unnamed subjects say nothing.
English and Indonesian. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Peru condemned the attack.", "en", "Peru"),
    ("Peru strongly criticised the new tariffs.", "en", "Peru"),
    ("Ana Ruiz accused the junta of torture.", "en", "Ana Ruiz"),
    ("Peru mengecam serangan itu.", "id", "Peru"),
])
def test_the_subject_of_a_speech_act_at_no_one_named_spoke(text: str, lang: str, speaker: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.STATEMENT) == {((speaker,), ())}
    assert found.events(EventKind.ACCUSATION) == set()


@pytest.mark.parametrize("text", [
    "Peru did not condemn the attack.",
    "Peru will condemn the attack.",
    "Officials condemned the attack.",
    "Peru's condemnation of the attack was swift.",
])
def test_no_act_or_no_named_subject_no_statement(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.STATEMENT) == set()


def test_an_act_by_someone_named_is_an_accusation_and_a_statement() -> None:
    found = read("Peru condemned the attack by Chile.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Peru",), ("Chile",))}
    assert found.events(EventKind.STATEMENT) == {(("Peru",), ())}
