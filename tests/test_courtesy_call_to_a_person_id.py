"""Whom a courtesy call is paid to — "melakukan kunjungan kehormatan kepada X" — is the person met, not a place the
visitor went to: the noun a verb phrase of meeting ends in before its preposition of direction counts as a noun of
meeting (`NameFinder.meeting_nouns`). A place after "ke" stays a place."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_the_person_a_courtesy_call_is_paid_to() -> None:
    found = read("Ana Ruiz melakukan kunjungan kehormatan kepada Marta Vidal di Jakarta.", "id")
    assert found.types()["Marta Vidal"] == "Person"
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


def test_a_place_of_a_courtesy_call_stays_a_place() -> None:
    found = read("Ana Ruiz melakukan kunjungan kehormatan ke Kota Tua di Jakarta.", "id")
    assert found.types()["Kota Tua"] == "Place"
