"""A name written with an initial ("S. Jaishankar", "M. Hasan") and later by the family name alone ("Jaishankar")
is one person: the initial counts as a word of the name, so the family name is a shorter name of it, as "Putin" is of
"Vladimir Putin". Two people whose names differ past the initial stay two. Issue 9 (branch en16a). Sentences
written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_the_family_name_after_an_initial_is_the_same_person() -> None:
    found = read("Foreign Minister S. Kandasamy held talks with Marco Rubio in Washington. "
                 "Kandasamy later met Mike Waltz at the White House.", "en")
    assert "Kandasamy" not in found.entity_names()
    assert found.events(EventKind.MEETING) == {(("Marco Rubio", "S. Kandasamy"), ()),
                                               (("Mike Waltz", "S. Kandasamy"), ())}


def test_two_initialled_names_stay_two_people() -> None:
    found = read("S. Kandasamy held talks with R. Pillai in Colombo. Pillai later met Mike Waltz.", "en")
    assert found.events(EventKind.MEETING) == {(("R. Pillai", "S. Kandasamy"), ()),
                                               (("Mike Waltz", "R. Pillai"), ())}
