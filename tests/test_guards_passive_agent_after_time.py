""""Sanksi dijatuhkan terhadap Iran sejak kemarin oleh Kanada": the agent of a passive carrying verb is read past a
blocking preposition when a time word follows it ("sejak kemarin", ``arguments._passive_clause_agent``), not past
one that opens another noun phrase ("sejak serangan oleh Kanada": Canada attacked). Issue 9 (branch mut15, seed
181). Indonesian: the English twin ("imposed on Iran since yesterday by Canada") finds no agent yet (noted).
Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_the_agent_after_since_and_a_time_word_imposed_the_sanctions() -> None:
    found = read("Sanksi dijatuhkan terhadap Iran sejak kemarin oleh Kanada.", "id")
    assert found.events(EventKind.SANCTION) == {(("Kanada",), ("Iran",))}


def test_the_agent_after_since_and_an_event_noun_did_that_event() -> None:
    found = read("Sanksi dijatuhkan terhadap Iran sejak serangan oleh Kanada.", "id")
    assert "Kanada" in found.entity_names()
    assert found.events(EventKind.SANCTION) == {((), ("Iran",))}
