""""met his Australian counterpart, Albanese,": the person in apposition after the counterpart noun is who was met
— also when the name is one word — not the country the counterpart is of. (Indonesian writes "mitranya dari
Australia, X", which today gives no meeting at all; no case here.) Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "parties"), [
    ("Fumio Kishida met his Australian counterpart, Albanese, in Tokyo on Monday.", ("Albanese", "Fumio Kishida")),
    ("Fumio Kishida met his Australian counterpart, Anthony Albanese, in Tokyo on Monday.",
     ("Anthony Albanese", "Fumio Kishida")),
])
def test_the_counterpart_in_apposition_is_who_was_met(text: str, parties: tuple[str, str]) -> None:
    assert read(text, "en").events(EventKind.MEETING) == {(parties, ())}
