"""A guest hosted, in the passive without "oleh" (issue 9, session 14, branch id14), Indonesian, by the exact fact:
"X dijamu Presiden Y (dalam jamuan makan malam)" is a reception — X and Y meet, as "X disambut Y" and "X dijamu oleh
Y" were; a guest whose home is named elsewhere also visits the venue. Nobody named as host, or a negated hosting,
gives no meeting.
"""

from __future__ import annotations

from facts import read

from kg.model import EventKind

ARRIVED = "Perdana Menteri Jepang Shigeru Ishiba tiba di Jakarta. "


def test_a_guest_hosted_by_a_named_host_meets_the_host() -> None:
    found = read(ARRIVED + "Ishiba dijamu Presiden Prabowo Subianto dalam jamuan makan malam di Istana Bogor.", "id")
    assert found.events(EventKind.MEETING) == {(("Prabowo Subianto", "Shigeru Ishiba"), ())}
    assert (("Shigeru Ishiba",), ("Istana Bogor",)) in found.events(EventKind.VISIT)


def test_hosted_with_a_meal_before_oleh_still_meets_the_host() -> None:
    found = read(ARRIVED + "Ishiba dijamu makan siang oleh Prabowo Subianto di Istana Bogor.", "id")
    assert found.events(EventKind.MEETING) == {(("Prabowo Subianto", "Shigeru Ishiba"), ())}


def test_guests_hosted_by_no_one_named_meet_no_one() -> None:
    found = read(ARRIVED + "Para delegasi dijamu makan malam di Istana Bogor.", "id")
    assert found.events(EventKind.MEETING) == set()
    assert "Istana Bogor" in found.entity_names()


def test_a_negated_hosting_is_no_meeting() -> None:
    found = read(ARRIVED + "Shigeru Ishiba tidak dijamu Presiden Prabowo Subianto.", "id")
    assert found.events(EventKind.MEETING) == set()
    assert "Prabowo Subianto" in found.entity_names()
