"""A meeting noun that only sets the time of its sentence (issue 9, session 13, branch id13), by the exact fact:

"Usai pertemuan, A dan B menandatangani …", "After the meeting, A and B signed …": an opening adverbial, the noun and
a comma refer to a meeting told in an earlier sentence — the signing is an agreement, not a new meeting of A and B
(the countries of the leaders who met). Where no meeting was told before, the sentence's subjects took part in the
one it names, as the team has read it since session 5.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

MET = "Presiden Prabowo Subianto bertemu Presiden Uni Emirat Arab Mohamed bin Zayed Al Nahyan di Istana Bogor. "


@pytest.mark.parametrize("opening", ["Usai pertemuan", "Setelah pertemuan itu", "Seusai pertemuan tersebut"])
def test_a_meeting_told_before_is_no_new_meeting_of_the_signers(opening: str) -> None:
    found = read(MET + f"{opening}, Indonesia dan Uni Emirat Arab menandatangani nota kesepahaman.", "id")
    assert found.events(EventKind.MEETING) == {(("Mohamed bin Zayed Al Nahyan", "Prabowo Subianto"), ())}
    assert found.events(EventKind.AGREEMENT) == {(("Indonesia", "Uni Emirat Arab"), ())}


def test_with_no_meeting_told_before_the_signers_took_part_in_it() -> None:
    found = read("Usai pertemuan, Indonesia dan Uni Emirat Arab menandatangani nota kesepahaman.", "id")
    assert found.events(EventKind.MEETING) == {(("Indonesia", "Uni Emirat Arab"), ())}


def test_a_meeting_noun_inside_the_clause_is_a_meeting() -> None:
    found = read(MET + "Indonesia dan Uni Emirat Arab kemudian mengadakan pertemuan di Jakarta.", "id")
    assert (("Indonesia", "Uni Emirat Arab"), ()) in found.events(EventKind.MEETING)


def test_a_meeting_told_before_is_no_new_meeting_en() -> None:
    found = read("Macron met Scholz in Berlin on Monday. After the meeting, France and Germany signed an agreement.",
                 "en")
    assert (("France", "Germany"), ()) not in found.events(EventKind.MEETING)
    assert (("France", "Germany"), ()) in found.events(EventKind.AGREEMENT)
