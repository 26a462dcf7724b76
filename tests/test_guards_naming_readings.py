"""Guards of the naming reading of "called" (``kg/extract/naming.py``, session 12) that no test of the construction
noticed when mutated by hand (branch mut17): the predicative complement is read after the *last* object coordinated,
only triggers marked ``naming_reading`` read so, and a text cut short after the verb or its object is read to its
end, not past it. English only: no Indonesian trigger carries the naming reading. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Ana Ruiz called Marta Vidal and Carlos Soto the architects of the crisis.",
    'Ana Ruiz called Marta Vidal and Carlos Soto "the main culprits" for the violence.',
])
def test_a_complement_after_coordinated_objects_names_them_all_no_call(text: str) -> None:
    x = read(text, "en")
    assert {"Ana Ruiz", "Marta Vidal", "Carlos Soto"} <= x.entity_names()
    assert x.events(EventKind.MEETING) == set()


def test_coordinated_objects_without_a_complement_are_each_called() -> None:
    x = read("Ana Ruiz called Marta Vidal and Carlos Soto on the same day.", "en")
    assert x.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ()), (("Ana Ruiz", "Carlos Soto"), ())}


@pytest.mark.parametrize(("text", "kind", "fact"), [
    ("Chile and Peru met in Lima on Monday.", EventKind.MEETING, (("Chile", "Peru"), ())),
    ("Chile met Peru the next day.", EventKind.MEETING, (("Chile", "Peru"), ())),
    ("Chile visited Peru the next day.", EventKind.VISIT, (("Chile",), ("Peru",))),
])
def test_a_verb_without_the_naming_reading_keeps_its_event_before_a_preposition_or_article(
        text: str, kind: EventKind, fact: tuple) -> None:
    """Only "called" names its object or appeals; "met in", "met Peru the next day" are events."""
    assert read(text, "en").events(kind) == {fact}


@pytest.mark.parametrize(("text", "meetings"), [
    ("Chile met Peru on Monday. Ana Ruiz called", {(("Chile", "Peru"), ())}),
    ("Chile met Peru on Monday. Ana Ruiz called Marta Vidal", {(("Chile", "Peru"), ()),
                                                              (("Ana Ruiz", "Marta Vidal"), ())}),
])
def test_a_text_cut_short_after_the_call_keeps_its_facts(text: str, meetings: set) -> None:
    assert read(text, "en").events(EventKind.MEETING) == meetings
