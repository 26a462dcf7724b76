""""Canada sanctioned individuals and entities of Russia", "… terhadap individu dan entitas Rusia": member nouns
coordinated right after one another make one member phrase whose owner is named after the last
(``members._members_of``); a verb after the conjunction opens a clause of its own, and the sanction on the
unnamed members names no one. Both languages. Issue 9 (branch mut16, seed 191's siblings). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "canada", "russia"), [
    ("Canada sanctioned individuals and entities of Russia.", "en", "Canada", "Russia"),
    ("Kanada menjatuhkan sanksi terhadap individu dan entitas Rusia.", "id", "Kanada", "Rusia"),
])
def test_coordinated_member_nouns_belong_to_the_owner_after_the_last(text: str, lang: str, canada: str,
                                                                     russia: str) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == {((canada,), (russia,))}


@pytest.mark.parametrize(("text", "lang", "canada", "russia"), [
    ("Canada sanctioned individuals and criticised Russia.", "en", "Canada", "Russia"),
    ("Kanada menjatuhkan sanksi terhadap individu dan mengecam Rusia.", "id", "Kanada", "Rusia"),
])
def test_a_verb_after_the_conjunction_leaves_the_members_unowned(text: str, lang: str, canada: str,
                                                                  russia: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.SANCTION) == set()
    assert found.events(EventKind.ACCUSATION) == {((canada,), (russia,))}
