"""A pronoun refers to no person the text gives the other gender (issue 9, session 17, branch fix17): "Marta Vidal
met Mr. Igor Sechin. Ms. Ana Ruiz said he remains under U.S. sanctions." sanctions Sechin — a form of address or a
gendered title right before a name ("Mr.", "Ms.", "Spokeswoman", "Queen": ``male_cues``, ``female_cues``) gives
its gender, and in the sentence before the pronoun's a person named with its gender is preferred. Without any cue
the reading is as before (no name is looked up: "Ana Ruiz said he remains …" stays hers, as "Igor Sechin said he
remains …" is his). English: Indonesian pronouns ("ia", "dia") have no gender, so "Bapak"/"Ibu" choose nothing. By
the exact fact.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

US = "United States of America"


@pytest.mark.parametrize(("text", "target"), [
    ("Marta Vidal met Mr. Igor Sechin. Ms. Ana Ruiz said he remains under U.S. sanctions.", "Igor Sechin"),
    ("Ms. Vidal met Mr. Sechin. Ms. Ruiz said he remains under U.S. sanctions.", "Sechin"),
    ("Marta Vidal met Mr. Igor Sechin. Spokeswoman Ana Ruiz said he remains under U.S. sanctions.", "Igor Sechin"),
    ("Mr. Igor Sechin met Ms. Marta Vidal in Lima, and he has long been under U.S. sanctions.", "Igor Sechin"),
    ("Queen Marta Vidal met Igor Sechin in Lima. He has long been under U.S. sanctions.", "Igor Sechin"),
], ids=["ms-speaker-mr-object", "surnames", "gendered-title", "same-sentence-mr", "queen"])
def test_the_pronoun_refers_to_the_person_of_its_gender(text: str, target: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((US,), (target,))}


@pytest.mark.parametrize(("text", "target"), [
    ("Ms. Marta Vidal met Mr. Igor Sechin. Ms. Ana Ruiz said she remains under U.S. sanctions.", "Ana Ruiz"),
    ("Mr. Igor Sechin said he remains under U.S. sanctions.", "Igor Sechin"),
    ("Marta Vidal met Igor Sechin. Ana Ruiz said he remains under U.S. sanctions.", "Ana Ruiz"),
], ids=["she-the-speaker", "he-the-speaker", "no-cue-as-before"])
def test_an_agreeing_or_uncued_speaker_stays_the_referent(text: str, target: str) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {((US,), (target,))}
