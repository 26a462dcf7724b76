"""A companion received beside a visiting guest travelled too (issue 9, session 17, branch id17), both languages, by
the exact fact: a reception is the guest's visit only where the guest's home is known and is not the host's country;
a guest of no known home ("Ibu Negara Y", "First Lady Y") received together with a guest whose home is known came
with them — their visit too. Alone, or received at home, such a guest makes no visit."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_the_first_lady_received_beside_the_president_visits_id() -> None:
    found = read("Presiden Chile Gabriel Boric dan Ibu Negara Irina Karamanos disambut Presiden Prabowo Subianto di "
                 "Istana Merdeka, Jakarta.", "id")
    assert found.events(EventKind.VISIT) == {(("Gabriel Boric",), ("Istana Merdeka",)),
                                             (("Irina Karamanos",), ("Istana Merdeka",))}


def test_the_first_lady_received_beside_the_president_visits_en() -> None:
    found = read("Chilean President Gabriel Boric and First Lady Irina Karamanos were welcomed by President Prabowo "
                 "Subianto at the Merdeka Palace in Jakarta.", "en")
    assert found.events(EventKind.VISIT) == {(("Gabriel Boric",), ("Merdeka Palace",)),
                                             (("Irina Karamanos",), ("Merdeka Palace",))}


def test_a_guest_of_no_known_home_received_alone_makes_no_visit_id() -> None:
    found = read("Irina Karamanos disambut Presiden Prabowo Subianto di Istana Merdeka, Jakarta.", "id")
    assert found.events(EventKind.MEETING) == {(("Irina Karamanos", "Prabowo Subianto"), ())}
    assert found.events(EventKind.VISIT) == set()


def test_a_guest_of_no_known_home_received_alone_makes_no_visit_en() -> None:
    found = read("Irina Karamanos was welcomed by President Prabowo Subianto at the Merdeka Palace in Jakarta.", "en")
    assert found.events(EventKind.MEETING) == {(("Irina Karamanos", "Prabowo Subianto"), ())}
    assert found.events(EventKind.VISIT) == set()


def test_companions_received_in_their_own_country_make_no_visit_id() -> None:
    found = read("Presiden Chile Gabriel Boric dan Ibu Negara Irina Karamanos disambut Presiden Prabowo Subianto di "
                 "Santiago.", "id")
    assert len(found.events(EventKind.MEETING)) == 2
    assert found.events(EventKind.VISIT) == set()
