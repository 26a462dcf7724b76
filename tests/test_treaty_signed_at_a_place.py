"""A passive signing whose agent follows a phrase of place or time: "The Treaty of X was signed in Asuncion by A and
B", "Traktat X ditandatangani di Asuncion oleh A dan B" — A and B are parties and agreed; so are signers each
described by an apposition ("by A, a former governor, and B, a former mayor"). Negated, or a verb that is no
signing, names none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "a", "b", "treaty"), [
    ("The Treaty of Asuncion was signed in Asuncion by Brazil and Argentina.", "en", "Brazil", "Argentina",
     "Treaty of Asuncion"),
    ("The Treaty of Asuncion was signed on Tuesday by Brazil and Argentina.", "en", "Brazil", "Argentina",
     "Treaty of Asuncion"),
    ("Traktat Asuncion ditandatangani di Asuncion oleh Brasil dan Argentina.", "id", "Brasil", "Argentina",
     "Traktat Asuncion"),
    ("The Treaty of Asuncion was signed in Asuncion by Carlos Menem, a former governor, and Fernando Collor, a "
     "former mayor.", "en", "Carlos Menem", "Fernando Collor", "Treaty of Asuncion"),
])
def test_signers_after_a_place_are_parties(text: str, lang: str, a: str, b: str, treaty: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(a, treaty), (b, treaty)}
    assert found.events(EventKind.AGREEMENT) == {(tuple(sorted((a, b))), ())}


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    ("The Treaty of Asuncion was not signed in Asuncion by Brazil and Argentina.", "en", "Treaty of Asuncion"),
    ("The Treaty of Asuncion was discussed in Asuncion by Brazil and Argentina.", "en", "Treaty of Asuncion"),
    ("Traktat Asuncion tidak ditandatangani di Asuncion oleh Brasil dan Argentina.", "id", "Traktat Asuncion"),
    ("Traktat Asuncion dibahas di Asuncion oleh Brasil dan Argentina.", "id", "Traktat Asuncion"),
    ("The Treaty of Asuncion was discussed by Carlos Menem, a former governor, and Fernando Collor, a former mayor.",
     "en", "Treaty of Asuncion"),
])
def test_a_negated_or_other_verb_before_the_place_names_no_party(text: str, lang: str, treaty: str) -> None:
    found = read(text, lang)
    assert treaty in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
    assert found.events(EventKind.AGREEMENT) == set()


# an unnamed instrument ("Kesepakatan itu") as the subject, the signers after the place (mut22:
# treaties._signer_after_place's `_instrument_noun_before`, mutated by hand)
def test_signers_after_a_place_of_an_unnamed_instrument_agree() -> None:
    found = read("Kesepakatan itu ditandatangani di Lima oleh Chile dan Peru.", "id")
    assert found.events(EventKind.AGREEMENT) == {(("Chili", "Peru"), ())}


def test_signers_after_a_place_of_no_instrument_agree_on_nothing() -> None:
    found = read("Dokumen itu dibacakan di Lima oleh Chile dan Peru.", "id")
    assert {"Chili", "Peru"} <= found.entity_names()
    assert found.events(EventKind.AGREEMENT) == set()
