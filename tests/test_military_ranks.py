"""Military ranks before a name (branch en14s, issue 9): "Colonel Dmitry Volkov", "Rear Admiral X", "Major General
X" — a rank addresses the person (lexicon ``honorifics``), it is no part of the name and no office of the country the
article is filed from. English. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "person"), [
    ("Britain sanctioned Colonel Dmitry Volkov on Monday.", "Dmitry Volkov"),
    ("Rear Admiral Alireza Tangsiri said on Monday that Iran would respond.", "Alireza Tangsiri"),
    ("Major General Hossein Salami met Lieutenant General Kim Yong Bok in Pyongyang.", "Kim Yong Bok"),
])
def test_a_rank_is_no_part_of_the_name(text: str, person: str) -> None:
    found = read(text, "en")
    assert person in found.entity_names()
    assert not any(name.split()[0] in {"Colonel", "Admiral", "General"} for name in found.entity_names())


def test_the_sanctioned_officer() -> None:
    found = read("LONDON — Britain sanctioned Colonel Dmitry Volkov on Monday.", "en")
    assert found.events(EventKind.SANCTION) == {(("United Kingdom",), ("Dmitry Volkov",))}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()  # a rank is no British office
