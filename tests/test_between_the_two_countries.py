"""A broker is no party: "X, which brokered a ceasefire between the two countries" / "X, yang menengahi gencatan
senjata antara kedua negara" — the two are the countries told before the sentence, not the broker who acts in it;
with no two countries told before, nobody agreed. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Armenia and Azerbaijan fought a war in 2020. Russia, which brokered a ceasefire between the two countries, "
     "welcomed the talks.", "en"),
    ("Armenia dan Azerbaijan berperang pada 2020. Rusia, yang menengahi gencatan senjata antara kedua negara, "
     "menyambut baik perundingan itu.", "id"),
])
def test_the_two_countries_are_the_ones_told_before_not_the_broker(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.events(EventKind.AGREEMENT) == {(("Armenia", "Azerbaijan"), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia brokered a ceasefire between the two countries.", "en"),
    ("Rusia menengahi gencatan senjata antara kedua negara.", "id"),
])
def test_with_no_two_countries_told_before_nobody_agreed(text: str, lang: str) -> None:
    found = read(text, lang)
    assert "Russia" in found.entity_names() or "Rusia" in found.entity_names()
    assert found.events(EventKind.AGREEMENT) == set()
