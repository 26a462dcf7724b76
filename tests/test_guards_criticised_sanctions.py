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


@pytest.mark.xfail(strict=True, reason="the possessive 'its' before the sanction noun is not resolved to the "
                   "criticised country: the noun frame falls back to the clause subject, a sanction by Lula "
                   "(found by mut10)")
def test_a_sanction_owned_through_its_is_the_criticised_countrys() -> None:
    found = read("Lula criticised Japan for its sanctions on Russia.", "en")
    assert found.events(EventKind.SANCTION) == {(("Japan",), ("Russia",))}
