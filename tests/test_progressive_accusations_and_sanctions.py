"""The progressive (branch fix15, mut17 bug 7): after an auxiliary of the progressive ("was", "is", "were") a
participle is the finite verb of its clause — "Chile was accusing the Peruvian government of fraud" is Chile's
accusation, "Chile was sanctioning Peru" its sanction — while a participle after a noun ("the statement accusing X")
says nobody's act, and a report accuses no one. Indonesian writes the aspect with "sedang" before a finite verb
(pinned alongside). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "kind", "fact"), [
    ("Chile was accusing the Peruvian government of fraud.", "en", EventKind.ACCUSATION, (("Chile",), ("Peru",))),
    ("Chile is accusing Peru of fraud.", "en", EventKind.ACCUSATION, (("Chile",), ("Peru",))),
    ("Chile was condemning Peru.", "en", EventKind.ACCUSATION, (("Chile",), ("Peru",))),
    ("Chile was sanctioning Peru.", "en", EventKind.SANCTION, (("Chile",), ("Peru",))),
    ("Chile and Bolivia were sanctioning Peru.", "en", EventKind.SANCTION, (("Bolivia", "Chile"), ("Peru",))),
    ("Chile sedang menuduh Peru melakukan kecurangan.", "id", EventKind.ACCUSATION, (("Chili",), ("Peru",))),
    ("Chile sedang menjatuhkan sanksi terhadap Peru.", "id", EventKind.SANCTION, (("Chili",), ("Peru",))),
])
def test_the_subject_of_the_progressive_acts(text: str, lang: str, kind: EventKind, fact: tuple) -> None:
    assert read(text, lang).events(kind) == {fact}


@pytest.mark.parametrize("text", [
    "The statement accusing Peru of fraud was published.",  # a participle after a noun: whose statement is unsaid
    "The report was accusing Peru of fraud.",  # a report is no accuser
    "Chile was not accusing Peru of fraud.",  # the negation still holds
])
def test_no_accuser(text: str) -> None:
    found = read(text, "en")
    assert "Peru" in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()
