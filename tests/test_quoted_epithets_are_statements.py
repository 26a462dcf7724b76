"""A quoted epithet is a statement (branch en17s, issue 9): "X called the decision 'unjustified'", "X branded the move
'regrettable'" quote X — its subject made a statement, as with "said". The verb is a naming verb of the Statement
triggers with ``naming_reading`` (``kg/lang/en/triggers.json``), read only when a quotation opens after its object
(``NamingReadings._quoted_epithet``): "called Y on Monday" stays a phone call, "called 'Operation X'" names a thing.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('The Venezuelan foreign ministry called the decision "an act of piracy."', "Venezuela"),
    ('Hungarian Prime Minister Viktor Orban called the sanctions "a mistake."', "Viktor Orbán"),
    ("The Vatican branded the move \u201cregrettable\u201d on Sunday.", "Vatican City"),
    ('Chile labelled the new tariffs "economic blackmail".', "Chile"),
    ("Peru's foreign ministry called the EU's latest sanctions package \"illegal\".", "Peru"),
])
def test_a_quoted_epithet_after_the_object_quotes_the_subject(sentence: str, speaker: str) -> None:
    assert read(sentence, "en").events(EventKind.STATEMENT) == {((speaker,), ())}


def test_the_quote_joins_a_denial_of_the_same_subject() -> None:
    found = read('Chile\'s foreign ministry called the measures "unacceptable" and denied any wrongdoing.', "en")
    assert found.events(EventKind.STATEMENT) == {(("Chile",), ())}
    assert found.events(EventKind.DENIAL) == {(("Chile",), ())}


@pytest.mark.parametrize("sentence", [
    "Peru called Chile on Monday to discuss the border.",  # a phone call, no quotation
    # no quotation: a naming, not reported speech ("branded" alone characterises: test_characterising_verbs.py)
    "Peru labelled the crates as medical supplies on Sunday.",
])
def test_no_quotation_after_the_object_is_no_statement(sentence: str) -> None:
    found = read(sentence, "en")
    assert found.events(EventKind.STATEMENT) == set()
    assert found.entity_names() & {"Peru", "Chile", "Vatican City"}


def test_a_phone_call_stays_a_meeting() -> None:
    found = read("Peru called Chile on Monday to discuss the border.", "en")
    assert found.events(EventKind.MEETING) == {(("Chile", "Peru"), ())}


def test_a_quotation_right_after_the_verb_names_a_thing() -> None:
    found = read('The naval drills near Chile, called "Operation Sea Shield", ended on Monday.', "en")
    assert found.events(EventKind.STATEMENT) == set()
    assert "Chile" in found.entity_names()
