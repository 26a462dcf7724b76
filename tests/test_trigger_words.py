"""Words of the event classes beyond the first few of each: freezing assets and travel bans are sanctions,
rebuking and censuring are accusations, conferring and sitting down with someone is a meeting, in both
languages where the language has the construction. Each positive sentence gives the exact fact (type, agent,
target); a negated or future one gives none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

EU, BELARUS, JAPAN, CHINA = "European Union", "Belarus", "Japan", "People's Republic of China"
BIDEN, JOKOWI = "Joe Biden", "Joko Widodo"


@pytest.mark.parametrize(("text", "lang", "kind", "fact"), [
    ("The European Union froze the assets of Belarus on Monday.", "en", EventKind.SANCTION, ((EU,), (BELARUS,))),
    ("The European Union imposed travel bans on Belarus on Monday.", "en", EventKind.SANCTION, ((EU,), (BELARUS,))),
    ("The European Union imposed an asset freeze on Belarus.", "en", EventKind.SANCTION, ((EU,), (BELARUS,))),
    ("Uni Eropa membekukan aset Belarus pada hari Senin.", "id", EventKind.SANCTION, (("Uni Eropa",), (BELARUS,))),
    ("Uni Eropa menjatuhkan larangan perjalanan terhadap Belarus.", "id", EventKind.SANCTION,
     (("Uni Eropa",), (BELARUS,))),
    ("Uni Eropa memberlakukan embargo terhadap Belarus.", "id", EventKind.SANCTION, (("Uni Eropa",), (BELARUS,))),
    ("Japan rebuked China on Monday.", "en", EventKind.ACCUSATION, ((JAPAN,), (CHINA,))),
    ("Japan censured China over the incident.", "en", EventKind.ACCUSATION, ((JAPAN,), (CHINA,))),
    ("Japan lashed out at China on Monday.", "en", EventKind.ACCUSATION, ((JAPAN,), (CHINA,))),
    ("Japan faulted China for the delay.", "en", EventKind.ACCUSATION, ((JAPAN,), (CHINA,))),
    ("Joe Biden conferred with Joko Widodo in Bali.", "en", EventKind.MEETING, ((BIDEN, JOKOWI), ())),
    ("Joe Biden sat down with Joko Widodo in Bali.", "en", EventKind.MEETING, ((BIDEN, JOKOWI), ())),
    ("Joe Biden held discussions with Joko Widodo in Bali.", "en", EventKind.MEETING, ((BIDEN, JOKOWI), ())),
    ("Joe Biden is hosting Joko Widodo at the White House.", "en", EventKind.MEETING, ((BIDEN, JOKOWI), ())),
])
def test_a_word_of_the_class_states_the_fact(text: str, lang: str, kind: EventKind, fact: tuple) -> None:
    assert read(text, lang).events(kind) == {fact}


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("The European Union did not freeze the assets of Belarus.", "en", EventKind.SANCTION),
    ("The European Union will impose travel bans on Belarus next month.", "en", EventKind.SANCTION),
    ("Uni Eropa tidak membekukan aset Belarus.", "id", EventKind.SANCTION),
    ("Uni Eropa akan membekukan aset Belarus bulan depan.", "id", EventKind.SANCTION),
    ("Japan has never rebuked China.", "en", EventKind.ACCUSATION),
    ("Joe Biden never sat down with Joko Widodo.", "en", EventKind.MEETING),
])
def test_negated_or_future_the_word_states_nothing(text: str, lang: str, kind: EventKind) -> None:
    found = read(text, lang)
    assert found.events(kind) == set()
    assert len(found.entity_names()) >= 2  # the actors are still found
