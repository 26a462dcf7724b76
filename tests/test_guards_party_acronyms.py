"""An acronym in brackets after "<name> party" is that party when it spells the name's initials ("the Green Future
Alliance party (GFA)": one organisation, which the later "GFA" names too); an acronym spelling other initials
there is another name. Names invented for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_an_acronym_spelling_the_partys_initials_after_party_is_the_party() -> None:
    found = read("Leaders of the Green Future Alliance party (GFA) met in Manila. The GFA later criticised China.",
                 "en")
    assert [(e.name, [m.text for m in e.mentions]) for e in found.extraction.entities
            if e.type.value == "Organization"] == [("Green Future Alliance", ["Green Future Alliance", "GFA", "GFA"])]
    assert found.events(EventKind.ACCUSATION) == {(("Green Future Alliance",), ("People's Republic of China",))}


def test_an_acronym_of_other_initials_after_party_is_another_name() -> None:
    found = read("Leaders of the Green Future Alliance party (PDK) met in Manila. The PDK later criticised China.",
                 "en")
    assert {e.name for e in found.extraction.entities if e.type.value == "Organization"} == {
        "Green Future Alliance", "PDK"}
