"""A condemned act — "the attack by X on Y", "the attack" or "the sanctions" told in the sentence before: the
condemner is the subject of the condemning verb, and where that verb is the infinitive of another predicate's noun
("Peru's decision to condemn …"), the noun's owner, not the main clause's subject. ``EventFinder._act_told_before``
passes the trigger's kind to the subject search in each of its three branches (mut18, seed 193: 35, and its two
siblings). English; names and sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

ACTS = [  # (the text before the condemner's clause, what is condemned, whom it accuses)
    ("", "the attack by Bolivia on Ecuador", "Bolivia"),  # the doer named after "by"
    ("Bolivia attacked Ecuador on Monday. ", "the attack", "Bolivia"),  # an act noun told before
    ("Canada imposed sanctions on Iran. ", "the sanctions", "Canada"),  # an event noun told before
]


@pytest.mark.parametrize(("before", "act", "doer"), ACTS)
def test_the_owner_of_the_decision_condemns_the_act(before: str, act: str, doer: str) -> None:
    text = f"{before}Chile welcomed Peru's decision to condemn {act}."
    assert read(text, "en").events(EventKind.ACCUSATION) == {(("Peru",), (doer,))}


@pytest.mark.parametrize(("before", "act", "doer"), ACTS)
def test_the_subject_of_a_controlling_verb_condemns_the_act(before: str, act: str, doer: str) -> None:
    text = f"{before}Chile decided to condemn {act}."
    assert read(text, "en").events(EventKind.ACCUSATION) == {(("Chile",), (doer,))}
