"""A sanction noun owned by the target of a criticism is that target's sanction, not the critic's: "Lula
criticised Japan's sanctions on Russia" / "Lula mengkritik sanksi Jepang terhadap Rusia" — Japan imposes, Lula
accuses Japan. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "sanction", "accusation"), [
    ("Lula criticised Japan's sanctions on Russia.", "en", (("Japan",), ("Russia",)), (("Lula",), ("Japan",))),
    ("Lula mengkritik sanksi Jepang terhadap Rusia.", "id", (("Jepang",), ("Rusia",)), (("Lula",), ("Jepang",))),
])
def test_the_criticised_owner_of_a_sanction_imposes_it(text: str, lang: str, sanction: tuple,
                                                         accusation: tuple) -> None:
    found = read(text, lang)
    assert found.events(EventKind.SANCTION) == {sanction}
    assert found.events(EventKind.ACCUSATION) == {accusation}


@pytest.mark.parametrize(("text", "sanction"), [
    ("Lula criticised Japan for its sanctions on Russia.", (("Japan",), ("Russia",))),
    ("Lula condemned Japan over its sanctions on Russia.", (("Japan",), ("Russia",))),
    ("Lula criticised Japan and South Korea for their sanctions on Russia.", (("Japan", "South Korea"), ("Russia",))),
])
def test_a_sanction_owned_through_its_is_the_criticised_countrys(text: str, sanction: tuple) -> None:
    found = read(text, "en")
    assert found.events(EventKind.SANCTION) == {sanction}
    assert ("Lula",) in {agents for agents, _ in found.events(EventKind.ACCUSATION)}


def test_a_trips_purpose_stays_the_travellers() -> None:
    """ "for his talks" after a trip's destination is no judgement of the destination: the traveller talks."""
    found = read("Lula visited Japan for his talks with Kishida.", "en")
    assert found.events(EventKind.VISIT) == {(("Lula",), ("Japan",))}
    assert found.events(EventKind.MEETING) == {(("Kishida", "Lula"), ())}
