"""Guards of the apposition inside a subject (``kg.extract.members.apposed_in_subject``), pinned by a minimal pair
(branch mut21): a comma right after a name — "The central bank of Chile, the Banco Andino, and Peru accused …" —
follows a subject's noun phrase, so the apposed body and the next name are one subject (the walk over the phrase
alone would stop at the lowercase words before "Chile"); after a verb's object ("Canada sanctioned Chile's central
bank, the Banco Andino, and Peru accused …") the apposition closes the object and Peru accuses alone. English.
Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_a_comma_after_the_subject_s_of_phrase_lists_the_apposed_body() -> None:
    found = read("The central bank of Chile, the Banco Andino, and Peru accused Bolivia of spying.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Banco Andino", "Peru"), ("Bolivia",))}


def test_an_apposition_closing_an_object_lists_nothing() -> None:
    found = read("Canada sanctioned Chile's central bank, the Banco Andino, and Peru accused Bolivia of spying.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Peru",), ("Bolivia",))}
