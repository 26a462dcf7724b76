""" "condemned the attack by X on Y": the condemner is the subject of the condemning verb — and where that verb is the
infinitive of another predicate's noun ("Peru's decision to condemn …"), the noun's owner, not the main clause's
subject (``EventFinder._act_told_before`` passes the trigger's kind to the subject search, mut18, seed 193: 35).
English; names and sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_the_owner_of_the_decision_condemns_the_act() -> None:
    text = "Chile welcomed Peru's decision to condemn the attack by Bolivia on Ecuador."
    assert read(text, "en").events(EventKind.ACCUSATION) == {(("Peru",), ("Bolivia",))}


def test_the_subject_of_a_controlling_verb_condemns_the_act() -> None:
    text = "Chile decided to condemn the attack by Bolivia on Ecuador."
    assert read(text, "en").events(EventKind.ACCUSATION) == {(("Chile",), ("Bolivia",))}
