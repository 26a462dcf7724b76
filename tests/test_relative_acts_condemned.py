"""A relative pronoun standing for an act as the object of a judging verb: "X fired a missile, which Y condemned",
"X's rocket launch, which both leaders condemned as a breach of …" — judging the act accuses its doer, the subject of
the clause the relative hangs on or the owner of the act noun; a name after a predicative "as" only says what the act
was called. Not when the act is put down to something ("which Y blamed on a navigation error"), not for a meeting
("X met Y, which Z condemned"), not for a verb that judges nothing. Issue 9 (branch en17a). Sentences written for these
tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_a_clause_condemned_through_which_accuses_its_subject() -> None:
    found = read("Iran fired a missile over the gulf on Friday, which France and Germany condemned.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("France", "Germany"), ("Iran",))}


def test_a_name_after_predicative_as_is_not_the_accused() -> None:
    found = read("Chile tested a rocket near the border, which Argentina condemned as a breach of the Antarctic "
                 "Treaty.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Argentina",), ("Chile",))}


def test_an_owned_act_noun_before_which_accuses_its_owner() -> None:
    found = read("President Gabriel Boric spoke with President Javier Milei about Peru's rocket launch, which both "
                 "leaders condemned as a violation of United Nations Security Council resolutions.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Gabriel Boric", "Javier Milei"), ("Peru",))}
    assert found.events(EventKind.MEETING) == {(("Gabriel Boric", "Javier Milei"), ())}


def test_an_act_blamed_on_a_cause_accuses_no_one() -> None:
    found = read("A Russian drone crossed into Polish airspace, which Poland blamed on a navigation error.", "en")
    assert found.events(EventKind.ACCUSATION) == set()
    assert {"Poland"} <= found.entity_names()


def test_a_meeting_condemned_through_which_accuses_no_one() -> None:
    found = read("Chile met Peru in Lima on Friday, which Bolivia condemned.", "en")
    assert found.events(EventKind.ACCUSATION) == set()
    assert found.events(EventKind.MEETING) == {(("Chile", "Peru"), ())}


def test_a_relative_that_is_the_subject_keeps_its_own_object() -> None:
    found = read("Hamas, which condemned Israel on Sunday, did not comment.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Hamas",), ("Israel",))}


def test_a_clause_welcomed_through_which_accuses_no_one() -> None:
    found = read("Iran fired a missile over the gulf on Friday, which Chile welcomed.", "en")
    assert found.events(EventKind.ACCUSATION) == set()
    assert {"Iran", "Chile"} <= found.entity_names()
