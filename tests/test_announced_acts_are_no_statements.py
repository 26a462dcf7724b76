"""An act announced is no statement (session 18, `en18s`): "Canada announced new sanctions against X", "Britain and
Canada announced matching measures", "Kanada mengumumkan sanksi baru terhadap X" tell the act — read by the event
noun's own trigger — and report no words, so the announcer makes no statement; the team's golds of five batches in
each language agree. A verb of announcing whose object is a clause still reports words ("announced that …",
"mengumumkan bahwa …"). The verbs carry ``announcing_reading`` (``triggers.json``). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "sanctions"), [
    ("Canada announced new sanctions on Monday against Igor Petrov.", "en", {(("Canada",), ("Igor Petrov",))}),
    ("Britain and Canada announced restrictive measures against Igor Petrov.", "en",
     {(("Canada", "United Kingdom"), ("Igor Petrov",))}),
    ("Kanada mengumumkan sanksi baru terhadap Igor Petrov pada hari Senin.", "id", {(("Kanada",), ("Igor Petrov",))}),
])
def test_an_announced_act_is_the_act_alone(text: str, lang: str, sanctions: set) -> None:
    r = read(text, lang)
    assert r.events(EventKind.SANCTION) == sanctions
    assert r.events(EventKind.STATEMENT) == set()


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Canada announced that it would impose sanctions on Igor Petrov.", "en", "Canada"),
    ("Canada announced on Monday that sanctions on Igor Petrov would stay.", "en", "Canada"),
    ("Kanada mengumumkan bahwa sanksi terhadap Igor Petrov tetap berlaku.", "id", "Kanada"),
])
def test_an_announced_clause_is_a_statement(text: str, lang: str, speaker: str) -> None:
    assert read(text, lang).events(EventKind.STATEMENT) == {((speaker,), ())}
