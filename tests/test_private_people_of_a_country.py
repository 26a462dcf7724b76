""""Warga Australia itu bertemu Ana Ruiz", "The Australian citizen met Ana Ruiz": a country that modifies a noun of
private people (``private_person_nouns``: citizens, residents, "warga", "penduduk") says where they come from; it is
not the subject, and the country does not act (``view._modifies_private_people``). A body or officials of the
country ("Pemerintah Australia", "Australian officials") still act for it. Issue 9 (branch fix13; found by mut16).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("The Australian citizen met Ana Ruiz.", "en"),
    ("Two Australian citizens met Ana Ruiz.", "en"),
    ("Warga Australia bertemu Ana Ruiz.", "id"),
    ("Penduduk Australia itu bertemu Ana Ruiz.", "id"),
    ("Warga Australia itu bertemu Ana Ruiz.", "ms"),
])
def test_a_country_modifying_private_people_is_no_party(text: str, lang: str) -> None:
    found = read(text, lang)
    assert {"Australia", "Ana Ruiz"} <= found.entity_names()
    assert found.events(EventKind.MEETING) == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("Australian officials met Ana Ruiz.", "en"),
    ("Pemerintah Australia bertemu Ana Ruiz.", "id"),
])
def test_a_country_modifying_its_officials_or_government_is_the_party(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.MEETING) == {(("Ana Ruiz", "Australia"), ())}


def test_that_citizen_told_before_is_the_person_last_named_not_the_country() -> None:
    found = read("Anthony Albanese tiba di Tokyo. Warga Australia itu bertemu Ana Ruiz.", "id")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Anthony Albanese"), ())}
