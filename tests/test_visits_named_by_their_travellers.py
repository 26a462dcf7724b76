"""Three readings of a trip that a noun phrase tells (issue 9, branch en16a; sentences written for these tests):

- "the first visit by an Australian minister to China": the country after "by" is who travelled, not where to — a
  bare title under the dateline ("CANBERRA — Foreign Minister X travelled to …, the first visit by an Australian …")
  stays the dateline country's office (``datelines.travels_to`` stops at an agent preposition);
- "the two heads of state held talks in X": "heads" counted by a number and followed by "of" is a plural noun, not the
  verb of "heads to X" — no visit;
- "a state visit that also took him to A": the traveller is whom the object pronoun refers to, not the name the
  relative clause hangs on ("a visit to Brazil that took him to …" is no trip of Brazil's).
"""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind


def test_a_visit_by_a_national_is_no_trip_to_the_dateline_country() -> None:
    found = read("CANBERRA, May 2 — Foreign Minister Jane Doyle travelled to Beijing on Wednesday, the first visit by "
                 "an Australian minister to China in years. China welcomed Australia's approach.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Jane Doyle", "Australia")}


def test_a_trip_to_the_dateline_country_still_makes_a_visitor() -> None:
    found = read("CANBERRA, May 2 — Foreign Minister Jane Doyle arrived in Canberra on Wednesday for talks. "
                 "China welcomed Australia's approach.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_heads_of_state_counted_are_a_noun() -> None:
    found = read("Felix Tshisekedi and Paul Kagame traded blame for months. The two heads of state held talks in "
                 "Luanda in July.", "en")
    assert found.events(EventKind.VISIT) == set()
    assert found.events(EventKind.MEETING) == {(("Félix Tshisekedi", "Paul Kagame"), ())}


def test_heads_as_a_verb_is_still_a_trip() -> None:
    found = read("Felix Tshisekedi heads to Luanda on Monday for talks with Paul Kagame.", "en")
    assert found.events(EventKind.VISIT) == {(("Félix Tshisekedi",), ("Luanda",))}


def test_the_pronoun_a_trip_takes_is_the_traveller() -> None:
    found = read("Emmanuel Macron began a state visit to Brazil that also took him to Belem.", "en")
    assert found.events(EventKind.VISIT) == {(("Emmanuel Macron",), ("Brazil",)), (("Emmanuel Macron",), ("Belém",))}


def test_a_trip_pronoun_with_no_person_before_names_no_traveller() -> None:
    found = read("A tour that took him to Belem ended on Monday, Brazil said.", "en")
    assert "Belém" in found.entity_names()
    assert found.events(EventKind.VISIT) == set()
