"""Without the calibration table (``NEWSKG_CALIBRATION=none``) an event found by a reciprocal frame ("Japan and
Brazil discussed trade", "Jepang dan Brasil membahas perdagangan") carries the frame's own confidence, 0.7, and
the frame's rule as its evidence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.calibration import TABLE_ENV
from kg.model import Document


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("Japan and Brazil discussed trade in Tokyo on Monday.", "en",
     ("Meeting", ("Brazil", "Japan"), "en:meeting:reciprocal:discussed", 0.7)),
    ("Jepang dan Brasil membahas perdagangan di Tokyo pada hari Senin.", "id",
     ("Meeting", ("Brasil", "Jepang"), "id:meeting:reciprocal:membahas", 0.7)),
])
def test_without_calibration_a_reciprocal_meeting_has_the_frame_s_confidence(text: str, lang: str, event: tuple,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TABLE_ENV, "none")
    x = extract(Document("t", text, lang, "test"))
    name = {e.key: e.name for e in x.entities}
    assert [(ev.kind.value, tuple(sorted(name[a] for a in ev.agents)), ev.evidence.rule, ev.evidence.confidence)
            for ev in x.events] == [event]


def test_without_calibration_targets_named_before_with_sanctions_have_the_frame_s_confidence(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """ "X targeted Y with new sanctions": the names before the instrument's noun are the targets, the verb's subject
    imposes; the frame's confidence, 0.7 (mut22, seed 211: instruments._instrument_targets). English: Indonesian
    tells the instrument with its own verbs."""
    monkeypatch.setenv(TABLE_ENV, "none")
    x = extract(Document("t", "The European Union targeted Peru with new sanctions.", "en", "test"))
    name = {e.key: e.name for e in x.entities}
    assert [(ev.kind.value, [name[a] for a in ev.agents], [name[t] for t in ev.targets], ev.evidence.rule,
             ev.evidence.confidence) for ev in x.events] == [
        ("Sanction", ["European Union"], ["Peru"], "en:sanction:noun:new_sanctions", 0.7)]
