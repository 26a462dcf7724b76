"""A reception told in the passive ("X was received by Y in Tokyo", "X disambut oleh Y di Tokyo") is a meeting of
the two and a visit of the guest; the visit's evidence names the rule that found the reception, so a reader can
trace the visit back to it. Sentences written for these tests (the people are gazetteer entries)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document


@pytest.mark.parametrize(("text", "lang", "rule"), [
    ("Anthony Albanese was received by Fumio Kishida in Tokyo on Monday.", "en", "en:meeting:passive:was_received_by"),
    ("Anthony Albanese disambut oleh Fumio Kishida di Tokyo pada hari Senin.", "id",
     "id:meeting:passive:disambut_oleh"),
])
def test_the_guests_visit_carries_the_rule_of_the_passive_reception(text: str, lang: str, rule: str) -> None:
    x = extract(Document("t", text, lang, "test"))
    name = {e.key: e.name for e in x.entities}
    found = {(ev.kind.value, tuple(sorted(name[a] for a in ev.agents)), tuple(name[t] for t in ev.targets),
              ev.evidence.rule) for ev in x.events}
    assert found == {
        ("Meeting", ("Anthony Albanese", "Fumio Kishida"), (), rule),
        ("Visit", ("Anthony Albanese",), ("Tokyo",), f"{rule}:guest"),
    }
