"""A hostile act of a country's forces that a speaker reports ("Kabul said Pakistani forces had violated its
airspace", "Chile said Peru's navy had seized two boats", "…, saying Bolivian troops had 'crossed the border'") is
the speaker's accusation of that country. A modal or a negation before the verb ("may have", "had not"), an act
that is no hostile one ("had withdrawn"), or no forces ("said Peru had …") is none. Issue 9 (branch en15a); English
(``force_nouns``, ``hostile_acts``; empty for Indonesian and Malay). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.extract.calibration import TABLE_ENV
from kg.model import EventKind

NAMED = "Chile and Peru met in Lima on Monday."


@pytest.mark.parametrize("text", [
    f"{NAMED} Santiago said Peruvian forces had violated its airspace.",
    f"{NAMED} Chile said Peru's navy had seized two fishing boats.",
    f"{NAMED} Chile said that Peruvian troops fired first.",
    f'{NAMED} Chile rejected the claim, saying Peruvian soldiers had "crossed the border".',
])
def test_a_reported_hostile_act_of_forces_accuses_their_country(text: str) -> None:
    assert read(text, "en").events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}


@pytest.mark.parametrize("text", [
    f"{NAMED} Chile said Peruvian forces may have violated its airspace.",
    f"{NAMED} Chile said Peruvian forces had not violated its airspace.",
    f"{NAMED} Chile said Peruvian forces had withdrawn from the border.",
    f"{NAMED} Chile said Peru had violated the agreement.",
])
def test_a_modal_a_negation_another_act_or_no_forces_accuse_no_one(text: str) -> None:
    found = read(text, "en")
    assert (("Chile",), ()) in found.events(EventKind.STATEMENT)
    assert found.events(EventKind.ACCUSATION) == set()


# the speaker's own forces, and a text cut at each step of the reported clause (mut22: the bounds and the speaker
# check of reported_acts._forces_acting / _reported_acts, mutated by hand)
def test_a_speakers_own_forces_accuse_no_one() -> None:
    found = read(f"{NAMED} Chile said Chilean forces had violated the border.", "en")
    assert (("Chile",), ()) in found.events(EventKind.STATEMENT)
    assert found.events(EventKind.ACCUSATION) == set()


@pytest.mark.parametrize("cut", ["Peru's", "that the", "that", "Peruvian forces had", "Peruvian forces"],
                         ids=["possessive", "article", "complementiser", "auxiliary", "forces"])
def test_a_text_cut_inside_the_reported_clause_is_read_to_its_end(cut: str) -> None:
    found = read(f"{NAMED} Chile said {cut}", "en")
    assert found.events(EventKind.MEETING) == {(("Chile", "Peru"), ())}
    assert found.events(EventKind.ACCUSATION) == set()


def test_without_calibration_a_reported_act_has_its_rules_confidence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TABLE_ENV, "none")
    found = read(f"{NAMED} Santiago said Peruvian forces had violated its airspace.", "en")
    assert [(ev.evidence.rule, ev.evidence.confidence) for ev in found.extraction.events
            if ev.kind is EventKind.ACCUSATION] == [("en:accusation:reported_hostile_act", 0.65)]
