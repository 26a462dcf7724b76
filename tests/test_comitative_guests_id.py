"""A guest joined by a comitative, received in the passive (issue 9, session 14, branch id14), Indonesian, by the
exact fact: "(Kedatangan) X beserta Ibu Negara Y disambut Presiden Z" — X and Y are both received, each meeting Z,
as "X dan Y disambut Z" were; without the comitative only X meets Z.
"""

from __future__ import annotations

from facts import read

from kg.model import EventKind

GUEST = "Presiden Turki Recep Tayyip Erdogan"
SPOUSE = " beserta Ibu Negara Emine Erdogan"
RECEIVED = " disambut Presiden Prabowo Subianto di Istana Bogor."


def test_a_guest_and_the_spouse_a_comitative_joins_both_meet_the_host() -> None:
    found = read(GUEST + SPOUSE + RECEIVED, "id")
    assert found.events(EventKind.MEETING) == {(("Prabowo Subianto", "Recep Tayyip Erdoğan"), ()),
                                               (("Emine Erdogan", "Prabowo Subianto"), ())}


def test_the_arrival_of_a_guest_and_the_spouse_received_is_a_meeting_of_both() -> None:
    found = read("Kedatangan " + GUEST + SPOUSE + RECEIVED, "id")
    assert found.events(EventKind.MEETING) == {(("Prabowo Subianto", "Recep Tayyip Erdoğan"), ()),
                                               (("Emine Erdogan", "Prabowo Subianto"), ())}


def test_a_guest_alone_meets_the_host_alone() -> None:
    found = read(GUEST + RECEIVED, "id")
    assert found.events(EventKind.MEETING) == {(("Prabowo Subianto", "Recep Tayyip Erdoğan"), ())}
