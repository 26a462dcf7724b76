""""The two leaders" / "kedua pemimpin" with no meeting told before are the two leaders named last (persons the
text gives a leader's office), not the person named nearest before the phrase when that one holds no such office.
Sentences and (invented) names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TEXTS = {
    "en": "Australian Prime Minister Anthony Albanese spoke in Canberra on Monday. Indonesian President Prabowo "
          "Subianto spoke in Jakarta. His spokesman Ahmad Wirasena said the two leaders discussed trade by phone.",
    "id": "Perdana Menteri Australia Anthony Albanese berbicara di Canberra pada Senin. Presiden Indonesia Prabowo "
          "Subianto berbicara di Jakarta. Juru bicaranya Ahmad Wirasena mengatakan kedua pemimpin membahas "
          "perdagangan melalui telepon.",
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_two_leaders_are_the_leaders_named_last_not_the_speaker_between(lang: str) -> None:
    found = read(TEXTS[lang], lang)
    assert "Ahmad Wirasena" in found.entity_names()
    assert found.events(EventKind.MEETING) == {(("Anthony Albanese", "Prabowo Subianto"), ())}
