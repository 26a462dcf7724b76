"""A passive reception of several guests (issue 9, session 12, branch id12), Indonesian, by the exact fact:

- "X dan Y diterima/disambut oleh Z": every conjunct of the passive subject is a guest who meets the host (one
  meeting per guest and host, none between the guests) and travels to where they are received;
- "Ibu Negara X" (the first lady): a form of address, no part of the name, and no office.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize("verb", ["diterima oleh", "disambut oleh"])
def test_two_guests_of_a_passive_reception_each_meet_the_host(verb: str) -> None:
    text = (f"Presiden Kenya William Ruto dan Perdana Menteri Singapura Lawrence Wong {verb} Presiden Prabowo "
            "Subianto di Jakarta.")
    found = read(text, "id")
    assert found.events(EventKind.MEETING) == {(("Prabowo Subianto", "William Ruto"), ()),
                                               (("Lawrence Wong", "Prabowo Subianto"), ())}
    assert found.events(EventKind.VISIT) == {(("William Ruto",), ("Jakarta",)), (("Lawrence Wong",), ("Jakarta",))}


def test_one_guest_of_a_passive_reception_meets_the_host() -> None:
    found = read("Presiden Kenya William Ruto disambut oleh Presiden Prabowo Subianto di Jakarta.", "id")
    assert found.events(EventKind.MEETING) == {(("Prabowo Subianto", "William Ruto"), ())}
    assert found.events(EventKind.VISIT) == {(("William Ruto",), ("Jakarta",))}


def test_guests_named_before_the_reception_in_another_clause_are_not_guests() -> None:
    # the name before "dan" is the object of the first clause, not a conjunct of the passive subject
    text = ("Presiden Prabowo Subianto mengunjungi Nairobi dan Perdana Menteri Singapura Lawrence Wong disambut oleh "
            "Presiden Kenya William Ruto.")
    found = read(text, "id")
    assert found.events(EventKind.MEETING) == {(("Lawrence Wong", "William Ruto"), ())}


def test_the_first_lady_is_a_form_of_address_not_part_of_her_name() -> None:
    text = ("Presiden Turki Recep Tayyip Erdoğan dan Ibu Negara Emine Erdoğan diterima oleh Presiden Prabowo "
            "Subianto di Istana Bogor.")
    found = read(text, "id")
    assert "Emine Erdoğan" in found.entity_names()
    assert not any("Negara" in name for name in found.entity_names())
    assert found.events(EventKind.MEETING) == {(("Prabowo Subianto", "Recep Tayyip Erdoğan"), ()),
                                               (("Emine Erdoğan", "Prabowo Subianto"), ())}
    # the first lady holds no office: only the president leads
    assert found.relations(RelationKind.LEADER_OF) == {("Recep Tayyip Erdoğan", "Turki")}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_a_mother_of_the_nation_without_a_name_is_nobody() -> None:
    found = read("Ibu negara itu mengunjungi sebuah sekolah di Bogor.", "id")
    assert found.events(EventKind.VISIT) == set()
    assert found.entity_names() == {"Bogor"}
