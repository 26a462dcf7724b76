"""A courtesy call told with its noun (issue 9, session 16, branch id16), Indonesian, by the exact fact: the passive
"Kunjungan kehormatan dilakukan (oleh) X kepada Y" and the noun with its possessor "Kunjungan kehormatan X kepada Y"
are a meeting of X and Y, as the active "X melakukan kunjungan kehormatan kepada Y". A message sent to Y, or a
working visit to a place, meets no one."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

ARRIVAL = "Sultan Hassanal Bolkiah tiba di Jakarta. "


def test_the_passive_with_the_agent_right_after_the_verb() -> None:
    found = read(ARRIVAL + "Kunjungan kehormatan dilakukan Sultan kepada Ketua MPR Ahmad Muzani di Senayan.", "id")
    assert found.events(EventKind.MEETING) == {(("Ahmad Muzani", "Hassanal Bolkiah"), ())}


def test_the_passive_with_oleh() -> None:
    found = read("Kunjungan kehormatan dilakukan oleh Hassanal Bolkiah kepada Ketua MPR Ahmad Muzani.", "id")
    assert found.events(EventKind.MEETING) == {(("Ahmad Muzani", "Hassanal Bolkiah"), ())}


def test_the_noun_with_its_possessor() -> None:
    found = read("Kunjungan kehormatan Duta Besar Jepang Masaki Yasushi kepada Menlu Sugiono berlangsung hangat.", "id")
    assert found.events(EventKind.MEETING) == {(("Masaki Yasushi", "Sugiono"), ())}


def test_a_message_sent_meets_no_one() -> None:
    found = read("Surat dikirim oleh Hassanal Bolkiah kepada Ketua MPR Ahmad Muzani.", "id")
    assert {"Hassanal Bolkiah", "Ahmad Muzani"} <= found.entity_names()
    assert found.events(EventKind.MEETING) == set()


def test_a_working_visit_to_a_place_meets_no_one() -> None:
    found = read(ARRIVAL + "Kunjungan kerja dilakukan Sultan ke Balikpapan.", "id")
    assert found.events(EventKind.MEETING) == set()
