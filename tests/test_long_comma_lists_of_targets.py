"""The comma lists of sanction targets (branch fix16): a comma list closed by an office apposed to its holder ("X,
Y, Z, V, W, and its owner, Ana Ruiz") is read to its end however long it is — the reach bounds the appositions after
it, not the names; and in Indonesian a body's class noun written uncounted right before its name ("perusahaan
Zarnik, Volkor dan Tarsk") names that body (the company Zarnik), not unnamed members of it listed after a comma —
counted members of a country or body stay those named after it ("dua perusahaan Rusia, Zarnik dan Volkor").
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

FIVE = ("Zarnik", "Volkor", "Tarsk", "Belmar", "Kovin")


@pytest.mark.parametrize(("text", "lang", "agent"), [
    ("Canada sanctioned Zarnik, Volkor, Tarsk, Belmar, Kovin, and its owner, Ana Ruiz.", "en", "Canada"),
    ("Kanada menjatuhkan sanksi terhadap Zarnik, Volkor, Tarsk, Belmar, Kovin, dan pemiliknya, Ana Ruiz.", "id",
     "Kanada"),
])
def test_a_comma_list_closed_by_an_apposed_office_is_read_to_its_end(text: str, lang: str, agent: str) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {((agent,), (*FIVE, "Ana Ruiz"))}


@pytest.mark.parametrize(("text", "lang", "agent"), [
    ("Canada sanctioned Zarnik, Volkor, Tarsk, Belmar, Kovin, and its owner said so.", "en", "Canada"),
    ("Kanada menjatuhkan sanksi terhadap Zarnik, Volkor, Tarsk, Belmar, Kovin, dan pemiliknya marah.", "id", "Kanada"),
])
def test_a_comma_list_with_no_apposed_holder_closing_it_names_its_first_only(text: str, lang: str, agent: str) -> None:
    found = read(text, lang)
    assert set(FIVE) <= found.entity_names()
    assert found.events(EventKind.SANCTION) == {((agent,), ("Zarnik",))}


def test_indonesian_an_uncounted_class_noun_names_the_body_after_it() -> None:
    found = read("Kanada menjatuhkan sanksi terhadap perusahaan Zarnik, Volkor dan Tarsk.", "id")
    assert found.events(EventKind.SANCTION) == {(("Kanada",), ("Zarnik", "Volkor", "Tarsk"))}


@pytest.mark.parametrize("text", [
    "Kanada menjatuhkan sanksi terhadap dua perusahaan Rusia, Volkor dan Tarsk.",
    "Kanada menjatuhkan sanksi terhadap dua perusahaan Zarnik, Volkor dan Tarsk.",
])
def test_indonesian_counted_members_are_those_named_after_the_owner(text: str) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == {(("Kanada",), ("Volkor", "Tarsk"))}
