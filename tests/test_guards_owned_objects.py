"""In a head-initial language a common noun between a meeting verb and a name heads the object, and the name only
owns it: "menerima bantuan Jepang" (received Japan's aid) is no meeting with Japan. A counterpart noun told
*before* the verb ("Didampingi mitranya, …") does not change that: only one between the verb and the name puts
the name in apposition to the person met. Sentences and (invented) names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def test_the_person_received_is_met() -> None:
    found = read("Didampingi mitranya, Menlu Sugiono menerima Duta Besar Jepang Kenji Tanaka di Jakarta.", "id")
    assert found.events(EventKind.MEETING) == {(("Kenji Tanaka", "Sugiono"), ())}


@pytest.mark.parametrize("text", [
    "Didampingi mitranya, Menlu Sugiono menerima bantuan Jepang di Jakarta.",
    "Menlu Sugiono memuji mitranya, lalu menerima bantuan Jepang di Jakarta.",
    "Menlu Sugiono dan mitranya, Ahmad Wirasena, menerima bantuan Jepang.",
])
def test_a_counterpart_noun_before_the_verb_leaves_the_owner_no_party(text: str) -> None:
    found = read(text, "id")
    assert {"Sugiono", "Jepang"} <= found.entity_names()
    assert found.events(EventKind.MEETING) == set()
