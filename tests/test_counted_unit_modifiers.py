"""A count joined to its unit ("two-day", "48-hour") between a genitive and an event noun modifies the noun: "during
X's two-day visit to Y" is X's visit, not that of the clause's subject. English writes the genitive before the noun;
Indonesian puts the owner after it ("kunjungan dua hari X"), read otherwise. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a treaty during Gabriel Boric's two-day visit to Lima.",
    "Chile and Peru signed a treaty during Gabriel Boric's visit to Lima.",
])
def test_the_genitive_before_a_counted_modifier_is_the_visitor(text: str) -> None:
    assert read(text, "en").events(EventKind.VISIT) == {(("Gabriel Boric",), ("Lima",))}


def test_without_a_genitive_the_subject_visits() -> None:
    found = read("Gabriel Boric began a two-day visit to Lima on Monday.", "en")
    assert found.events(EventKind.VISIT) == {(("Gabriel Boric",), ("Lima",))}
