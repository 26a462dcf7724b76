"""A treaty "signed by the two countries" (a passive with a plural reference after "by") has the pair told before
as its parties, as "signed by Chile and Peru" has the two named, and "ditandatangani kedua negara" the pair in
Indonesian. With no pair told before, no party."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

PARTIES = {("Chile", "Lima Accord"), ("Peru", "Lima Accord")}


@pytest.mark.parametrize("text", [
    "Chile and Peru held talks in Lima on Monday. The Lima Accord, signed by the two countries in 2019, entered "
    "into force in March.",
    "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. The Lima Accord signed "
    "by the two countries last year entered into force in March.",
    "The Lima Accord signed by Chile and Peru in 2019 entered into force in March.",
])
def test_the_pair_told_before_signed(text: str) -> None:
    assert read(text, "en").relations(RelationKind.TREATY_PARTY) == PARTIES


def test_indonesian_passive_with_the_pair() -> None:
    text = ("Chili dan Peru mengadakan perundingan di Lima. Perjanjian Lima yang ditandatangani kedua negara tahun "
            "lalu mulai berlaku pada Maret.")
    assert read(text, "id").relations(RelationKind.TREATY_PARTY) == {("Chili", "Perjanjian Lima"),
                                                                     ("Peru", "Perjanjian Lima")}


def test_no_pair_told_before_no_party() -> None:
    text = "The Lima Accord, signed by the two countries in 2019, entered into force in March."
    assert read(text, "en").relations(RelationKind.TREATY_PARTY) == set()
