"""An acronym written after the name it spells is that body's (session 18, the lead): "the Rapid Support Forces …
The RSF denied any involvement" — as a bracketed acronym ("Rapid Support Forces (RSF)") already was. Before, the
acronym was a second organisation and its facts were not the body's. Only when exactly one body named before spells
it; a known acronym (the gazetteer's) keeps its own entry. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "body"), [
    ("The army blamed the Popular Defence Front for the strike. The PDF denied any involvement.", "en",
     "Popular Defence Front"),
    ("Front Pembela Rakyat menyerang kota itu. FPR kemudian membantah tuduhan tersebut.", "id",
     "Front Pembela Rakyat"),
])
def test_the_acronym_is_the_body_that_spells_it(text: str, lang: str, body: str) -> None:
    r = read(text, lang)
    assert r.events(EventKind.DENIAL) == {((body,), ())}
    assert not any(name.isupper() for name in r.entity_names())


def test_two_bodies_spelling_it_leave_the_acronym_apart() -> None:
    r = read("The Popular Defence Front and the Patriotic Democratic Forum met. The PDF denied any involvement.", "en")
    assert r.events(EventKind.DENIAL) == {(("PDF",), ())}
