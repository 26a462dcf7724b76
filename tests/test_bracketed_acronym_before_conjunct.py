"""A name in brackets after another name is its short form (branch en13s, issue 9): "froze the assets of the
Caspian Shipping Company (CSC), and sanctioned X" — the acronym closes the first verb's object, like a name set off
by commas (tests/test_apposition_before_conjunct.py), so the coordinated verb shares the first clause's subject; an
acronym after the subject it abbreviates still names that subject, and one of another body ("Kenya (IGAD)") is that
body. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

UK = "United Kingdom"
CSC = "Caspian Shipping Company"


@pytest.mark.parametrize(("text", "lang", "imposer"), [
    ("Britain froze the assets of the Caspian Shipping Company (CSC), and sanctioned Omid Rahimi, its owner.", "en",
     UK),
    ("Inggris membekukan aset Perusahaan Pelayaran Kaspia (PPK), dan menjatuhkan sanksi terhadap Omid Rahimi.", "id",
     "Britania Raya"),
])
def test_the_coordinated_verb_shares_the_first_subject(text: str, lang: str, imposer: str) -> None:
    sanctions = read(text, lang).events(EventKind.SANCTION)
    assert ((imposer,), ("Omid Rahimi",)) in sanctions
    assert not any(target == ("Omid Rahimi",) and agents != (imposer,) for agents, target in sanctions)


def test_a_sanction_told_again_keeps_the_imposer() -> None:
    text = ("Britain froze the assets of the Caspian Shipping Company (CSC), and sanctioned two of its captains. "
            "The government also sanctioned Omid Rahimi.")
    assert read(text, "en").events(EventKind.SANCTION) == {((UK,), (CSC,)), ((UK,), ("Omid Rahimi",))}


@pytest.mark.parametrize(("text", "kind", "fact"), [
    ("The Foreign Office (FCDO) sanctioned Omid Rahimi on Monday.", EventKind.SANCTION,
     (("Foreign, Commonwealth and Development Office",), ("Omid Rahimi",))),
    ("The Caspian Shipping Company (CSC) said it would appeal, and accused Britain of piracy.", EventKind.ACCUSATION,
     ((CSC,), (UK,))),
    # an acronym of another body after a place is that body, the subject
    ("Kenya (IGAD) accused Britain of piracy.", EventKind.ACCUSATION,
     (("Intergovernmental Authority on Development",), (UK,))),
])
def test_the_acronym_of_the_subject_still_names_it(text: str, kind: EventKind, fact: tuple) -> None:
    assert read(text, "en").events(kind) == {fact}
