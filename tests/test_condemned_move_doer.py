"""The doer of a move condemned (branch en14s, issue 9): "China announced sanctions on X. Taipei condemned the move"
— the move is China's sanction, not its announcing (the opener of the sentence before did an act besides saying);
and an opener inside a quotation ("'The United States has violated …,' Lin Jian told reporters") did no act the
sentence tells. English. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

CHINA = "People's Republic of China"
TOLD = "China on Wednesday announced sanctions on Lockheed Martin. "


@pytest.mark.parametrize("text", [
    TOLD + "Taipei condemned the move.",
    TOLD + '"The United States has violated the principle," Lin Jian told reporters. Taipei condemned the move.',
])
def test_the_act_of_the_sentence_before_is_condemned(text: str) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == {(("Taipei",), (CHINA,))}


def test_what_was_only_said_is_no_act() -> None:
    found = read("China said the United States had sold arms to Taiwan. Taipei condemned the move.", "en")
    assert {"Taiwan", CHINA} <= found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()


ADDED = "The European Union on Friday added 12 officials to its sanctions list over the crackdown. "


def test_sentences_telling_what_the_act_was_are_passed_over_to_its_doer() -> None:
    text = (ADDED + "Among those listed are judges and prosecutors. The listed persons face an asset freeze. "
            '"Repression has consequences," Ana Ruiz said. Minsk denounced the move.')
    assert read(text, "en").events(EventKind.ACCUSATION) == {(("Minsk",), ("European Union",))}


def test_three_sentences_opened_by_other_names_end_the_search() -> None:
    text = (ADDED + "Chile praised the decision. Peru welcomed it too. Ecuador said it agreed. "
            "Minsk denounced the move.")
    assert (("Minsk",), ("European Union",)) not in read(text, "en").events(EventKind.ACCUSATION)
