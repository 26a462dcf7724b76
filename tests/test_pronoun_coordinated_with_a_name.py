"""A personal pronoun coordinated with a name as the subject of what pairs do (session 17, the lead): "X said she
and Y had met in Lima", "X mengatakan dia dan Y sepakat …" — the pronoun is a party with Y, the person it refers to
(the speaker here); before, Y alone was the subject and the meeting or agreement had one party, so none was told.
A pronoun with nobody to refer to adds no one. Both languages; sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "kind", "facts"), [
    ("Ana Ruiz said she and Marta Vidal had met in Lima.", "en", EventKind.MEETING,
     {(("Ana Ruiz", "Marta Vidal"), ())}),
    ("Ana Ruiz told reporters that he and Marta Vidal had agreed to push for a reform.", "en",
     EventKind.AGREEMENT, {(("Ana Ruiz", "Marta Vidal"), ())}),
    ("Ana Ruiz mengatakan dia dan Marta Vidal sepakat mendorong reformasi.", "id", EventKind.AGREEMENT,
     {(("Ana Ruiz", "Marta Vidal"), ())}),
    ("Ana Ruiz mengatakan ia dan Marta Vidal telah bertemu di Lima.", "id", EventKind.MEETING,
     {(("Ana Ruiz", "Marta Vidal"), ())}),
])
def test_the_pronoun_is_a_party(text: str, lang: str, kind: EventKind, facts: set) -> None:
    assert read(text, lang).events(kind) == facts


@pytest.mark.parametrize(("text", "lang", "kind"), [
    # nobody named before the pronoun: one party, no meeting
    ("She and Marta Vidal met in Lima.", "en", EventKind.MEETING),
    ("Dia dan Marta Vidal bertemu di Lima.", "id", EventKind.MEETING),
    # a common noun, not a pronoun, before the conjunction: no one is added
    ("Ana Ruiz said the minister and Marta Vidal had met in Lima.", "en", EventKind.MEETING),
])
def test_no_referent_adds_no_party(text: str, lang: str, kind: EventKind) -> None:
    result = read(text, lang)
    assert "Marta Vidal" in result.entity_names()
    assert result.events(kind) == set()
