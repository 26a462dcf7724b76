""""The EU will not, for now, lift its sanctions on Russia": a negated or refused lifting leaves the sanctions in
force — also when an aside between commas stands between the negation and the lifting verb, since only the
sanctions' own noun phrase stands between the verb and the sanction noun. Lifting them, not negated, is no sanction
in force. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "imposer", "target"), [
    ("The EU will not, for now, lift its sanctions on Russia.", "en", "European Union", "Russia"),
    ("Uni Eropa menolak, lagi, mencabut sanksi terhadap Rusia.", "id", "Uni Eropa", "Rusia"),
])
def test_sanctions_not_lifted_after_an_aside_are_in_force(text: str, lang: str, imposer: str, target: str) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {((imposer,), (target,))}


@pytest.mark.parametrize(("text", "lang", "target"), [
    ("The EU will, for now, lift its sanctions on Russia.", "en", "Russia"),
    ("Uni Eropa, lagi, mencabut sanksi terhadap Rusia.", "id", "Rusia"),
])
def test_sanctions_lifted_are_none_in_force(text: str, lang: str, target: str) -> None:
    x = read(text, lang)
    assert target in x.entity_names()
    assert x.events(EventKind.SANCTION) == set()
