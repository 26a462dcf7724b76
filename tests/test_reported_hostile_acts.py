"""A hostile act of a country's forces that a speaker reports ("Kabul said Pakistani forces had violated its
airspace", "Chile said Peru's navy had seized two boats", "…, saying Bolivian troops had 'crossed the border'") is
the speaker's accusation of that country. A modal or a negation before the verb ("may have", "had not"), an act
that is no hostile one ("had withdrawn"), or no forces ("said Peru had …") is none. Issue 9 (branch en15a); English
(``force_nouns``, ``hostile_acts``; empty for Indonesian and Malay). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

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
