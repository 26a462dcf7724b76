"""English phrases of trips and meetings the lexicon lacked (branch en11v, issue 9), each tested for the exact fact
and against a sentence without it. Sentences written for these tests.

* "a tour of A and B" names what is toured (a tour's "of", unlike "the visit of X", names no visitor), also after
  "leave for";
* the forms of "leave for" and "speak by phone with" the paradigm missed;
* an adverb between a passive auxiliary and its participle: "was also received by";
* two titles of one holder joined by "and": "talks with Crown Prince and Prime Minister X";
* "presented his credentials to X": an envoy received by the head of state, a meeting (no visit);
* "where" opens a relative clause: a place inside it is not where a courtesy call happened (the call visits the
  host's country).
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Ana Ruiz will leave on Sunday for a four-day tour of Peru and Ecuador.",
    "Ana Ruiz left on Sunday for a tour of Peru and Ecuador.",
    "Ana Ruiz began a tour of Peru and Ecuador on Sunday.",
])
def test_a_tour_of_places_visits_each(text: str) -> None:
    assert read(text, "en").events(EventKind.VISIT) == {(("Ana Ruiz",), ("Peru", "Ecuador"))}


def test_the_visit_of_a_person_names_the_visitor() -> None:
    assert read("The visit of Ana Ruiz to Peru ended on Sunday.", "en").events(EventKind.VISIT) == {
        (("Ana Ruiz",), ("Peru",))}


@pytest.mark.parametrize("text", [
    "Ana Ruiz will leave for Lima on Sunday.",
    "Ana Ruiz is leaving for Lima on Sunday.",
])
def test_leave_for_a_place(text: str) -> None:
    assert read(text, "en").events(EventKind.VISIT) == {(("Ana Ruiz",), ("Lima",))}


def test_a_tour_of_no_destination_named_is_no_visit() -> None:
    found = read("Ana Ruiz gave Luis Rojas a tour of the new laboratory.", "en")
    assert {"Ana Ruiz", "Luis Rojas"} <= found.entity_names()
    assert found.events(EventKind.VISIT) == set()


@pytest.mark.parametrize("text", [
    "Ana Ruiz was also received by Luis Rojas on Tuesday.",
    "Ana Ruiz was warmly welcomed by Luis Rojas on Tuesday.",
    "Ana Ruiz hosted Marta Gil, a day after speaking by phone with Luis Rojas.",
    "Ana Ruiz held talks with Crown Prince and Prime Minister Luis Rojas.",
    "Ana Ruiz presented her credentials to King Luis Rojas at the palace.",
])
def test_a_meeting_with_luis_rojas(text: str) -> None:
    meetings = read(text, "en").events(EventKind.MEETING)
    assert (("Ana Ruiz", "Luis Rojas"), ()) in meetings


@pytest.mark.parametrize("text", [
    "Ana Ruiz was also praised by Luis Rojas on Tuesday.",
    "Ana Ruiz presented her plan to Luis Rojas at the palace.",
    "Ana Ruiz praised the president and the prime minister, Luis Rojas said.",
])
def test_no_meeting_with_luis_rojas(text: str) -> None:
    found = read(text, "en")
    assert {"Ana Ruiz", "Luis Rojas"} <= found.entity_names()
    assert found.events(EventKind.MEETING) == set()


def test_credentials_are_no_visit() -> None:
    found = read("Ana Ruiz presented her credentials to King Luis Rojas in Madrid.", "en")
    assert found.events(EventKind.VISIT) == set()


def test_a_place_in_a_where_clause_is_not_where_a_call_was_paid() -> None:
    text = ("Peru's ambassador Ana Ruiz paid a courtesy call on President Luis Rojas of Chile at his office, where "
            "the two discussed a port in Arica.")
    found = read(text, "en")
    assert (("Ana Ruiz", "Luis Rojas"), ()) in found.events(EventKind.MEETING)
    assert found.events(EventKind.VISIT) == {(("Ana Ruiz",), ("Chile",))}  # the host's country, not Arica


@pytest.mark.parametrize("text", [
    "Ana Ruiz flew to Peru on Monday and will also stop in Quito before returning home.",
    "On her way home Ana Ruiz stopped in Quito for talks.",
])
def test_a_stop_in_a_place_is_a_visit_of_it(text: str) -> None:
    assert (("Ana Ruiz",), ("Quito",)) in read(text, "en").events(EventKind.VISIT)


@pytest.mark.parametrize("text", [
    "The shelling must stop in Quito, Ana Ruiz said.",
    "Ana Ruiz urged the rebels to stop in Quito.",
])
def test_a_stop_of_no_traveller_is_no_visit(text: str) -> None:
    found = read(text, "en")
    assert "Ana Ruiz" in found.entity_names()
    assert found.events(EventKind.VISIT) == set()
