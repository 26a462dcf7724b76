"""Targets a release lists after a sanction told (branch en16s, issue 9), sentences written for these tests:

- members of a named body in the list: "The listings include judges of the Minsk City Court, officers of the Main
  Directorate for …, and the state broadcaster X" — the bodies whose members are listed (``Listings._listed`` reads
  a member phrase, ``DocView.member_phrase``); "directorate" heads a body's name (``org_heads``);
- the list itself as the opener: "The Bureau said the list includes X and Y" after a list addition
  (``told_target_openers`` "the list");
- a like act being prepared is no act: "Canada said it was preparing similar measures" (``modality.intended``
  "preparing")."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

COUNCIL_TOLD = "The European Union listed 25 individuals on Monday. "
EU = "European Union"


def test_members_of_bodies_are_listed() -> None:
    found = read(COUNCIL_TOLD + "The listings include judges of the Minsk City Court, officers of the Main Directorate "
                 "for Combating Organised Crime, and the state broadcaster Belteleradiocompany.", "en")
    assert found.events(EventKind.SANCTION) == {
        ((EU,), ("Minsk City Court", "Main Directorate for Combating Organised Crime", "Belteleradiocompany"))}


def test_no_listing_of_members_without_a_sanction() -> None:
    found = read("The European Union praised 25 individuals on Monday. The listings include judges of the Minsk City "
                 "Court.", "en")
    assert "Minsk City Court" in found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


def test_the_list_includes_after_a_list_addition() -> None:
    found = read("The Commerce Department added 80 companies to its Entity List on Tuesday. The Bureau of Industry "
                 "and Security said the list includes Inspur Group and the Beijing Academy of Artificial Intelligence.",
                 "en")
    assert found.events(EventKind.SANCTION) == {
        (("Commerce Department",), ("Inspur Group", "Beijing Academy of Artificial Intelligence"))}


def test_the_list_includes_nothing_without_a_sanction() -> None:
    found = read("The Commerce Department published 80 companies on Tuesday. The Bureau of Industry and Security said "
                 "the list includes Inspur Group and the Beijing Academy of Artificial Intelligence.", "en")
    assert "Inspur Group" in found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


def test_similar_measures_prepared_are_no_act() -> None:
    prepared = read("Australia imposed sanctions on Iran. Canada said it was preparing similar measures.", "en")
    assert prepared.events(EventKind.SANCTION) == {(("Australia",), ("Iran",))}
    taken = read("Australia imposed sanctions on Iran. Canada said it had taken similar measures.", "en")
    assert taken.events(EventKind.SANCTION) == {(("Australia",), ("Iran",)), (("Canada",), ("Iran",))}
