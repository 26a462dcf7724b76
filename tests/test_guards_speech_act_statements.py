"""A speech act told by a verb of several words ("lashed out at", "mengajukan protes") is also its agent's statement:
the statement's evidence names the kind it was read from and the whole form, words joined by "_" as every rule
writes a multi-word form. A verb of no speech act (a visit) makes no statement. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def _rules(text: str, lang: str, kind: EventKind) -> set[tuple[tuple[str, ...], str]]:
    found = read(text, lang)
    return {(tuple(sorted(found.names[a] for a in ev.agents)), ev.evidence.rule)
            for ev in found.extraction.events if ev.kind is kind}


@pytest.mark.parametrize(("text", "lang", "agent", "form"), [
    ("Chile lashed out at Peru over the border.", "en", "Chile", "en:accusation:verb:lashed_out_at"),
    ("Chile mengajukan protes kepada Peru atas perbatasan.", "id", "Chili", "id:accusation:verb:mengajukan_protes"),
], ids=["en", "id"])
def test_a_speech_act_of_several_words_is_a_statement_whose_rule_names_the_whole_form(
        text: str, lang: str, agent: str, form: str) -> None:
    assert _rules(text, lang, EventKind.ACCUSATION) == {((agent,), form)}
    statement = form.replace(":accusation:verb:", ":statement:accusation:")
    assert _rules(text, lang, EventKind.STATEMENT) == {((agent,), statement)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile paid a state visit to Peru over the border.", "en"),
    ("Chile melakukan kunjungan kenegaraan ke Peru.", "id"),
], ids=["en", "id"])
def test_a_visit_of_several_words_is_no_statement(text: str, lang: str) -> None:
    assert _rules(text, lang, EventKind.VISIT)
    assert _rules(text, lang, EventKind.STATEMENT) == set()
