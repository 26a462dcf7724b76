"""How talks are held, after the event noun (issue 9, session 14, branch id14), Indonesian and Malay, by the exact
fact: "X menjadi penengah dalam perundingan tidak langsung antara A dan B" is a meeting of A and B — the manner
(``talk_manners``: "tidak langsung", "tertutup", "langsung") stands between the noun and "antara", which names the
parties; the go-between takes no part; "kedua pihak" after it is that pair. Without "antara", or with talks called
off, nothing.
"""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_indirect_talks_between_two_sides_are_their_meeting_not_the_mediators() -> None:
    found = read("Qatar menjadi penengah dalam perundingan tidak langsung antara Israel dan Hamas di Doha, Minggu.",
                 "id")
    assert found.events(EventKind.MEETING) == {(("Hamas", "Israel"), ())}


def test_both_sides_after_mediated_talks_are_the_pair_that_met() -> None:
    found = read("Norwegia menjadi penengah dalam pembicaraan tertutup antara Kolombia dan ELN, Sabtu. "
                 "Kedua pihak sepakat bertemu lagi pekan depan.", "id")
    assert found.events(EventKind.MEETING) == {(("ELN", "Kolombia"), ())}
    assert found.events(EventKind.AGREEMENT) == {(("ELN", "Kolombia"), ())}


def test_direct_talks_between_two_sides_are_their_meeting() -> None:
    found = read("Perundingan langsung antara Armenia dan Azerbaijan berlangsung di Abu Dhabi.", "id")
    assert found.events(EventKind.MEETING) == {(("Armenia", "Azerbaijan"), ())}


def test_talks_with_one_side_named_after_the_manner_are_no_meeting() -> None:
    found = read("Mesir menjadi penengah dalam perundingan tidak langsung dengan Hamas di Kairo.", "id")
    assert found.events(EventKind.MEETING) == set()
    assert {"Mesir", "Hamas"} <= found.entity_names()


def test_talks_called_off_are_no_meeting() -> None:
    found = read("Perundingan langsung antara Israel dan Hamas batal digelar di Kairo.", "id")
    assert found.events(EventKind.MEETING) == set()
    assert {"Israel", "Hamas"} <= found.entity_names()


def test_malay_indirect_talks_between_two_sides_are_their_meeting() -> None:
    found = read("Qatar menjadi orang tengah dalam rundingan tidak langsung antara Israel dan Hamas di Doha.", "ms")
    assert found.events(EventKind.MEETING) == {(("Hamas", "Israel"), ())}
