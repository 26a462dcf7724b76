"""Guards of the parties named after an instrument's topic ("a memorandum on energy cooperation between X and Y":
X and Y are its parties), issue 9 (branch mut12): a semicolon, like a comma, ends the instrument's phrase, and
"between" after it opens another clause whose pair is no party. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    ("Officials signed a memorandum of understanding on energy cooperation between Kenya and Ghana on Monday.", "en",
     "memorandum of understanding on energy cooperation"),
    ("Pejabat menandatangani nota kesepahaman tentang kerja sama energi antara Kenya dan Ghana.", "id",
     "nota kesepahaman tentang kerja sama energi"),
])
def test_the_pair_after_between_are_the_parties(text: str, lang: str, treaty: str) -> None:
    assert read(text, lang).relations(RelationKind.TREATY_PARTY) == {("Kenya", treaty), ("Ghana", treaty)}


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("Kenya signed a memorandum of understanding on energy cooperation; talks between Ghana and Togo continued.",
     "en", {("Kenya", "memorandum of understanding on energy cooperation")}),
    ("Pejabat menandatangani nota kesepahaman tentang kerja sama energi; perundingan antara Kenya dan Ghana "
     "berlanjut.", "id", set()),
])
def test_a_pair_after_a_semicolon_is_no_party(text: str, lang: str, parties: set) -> None:
    x = read(text, lang)
    assert {"Kenya", "Ghana"} <= x.entity_names()
    assert x.relations(RelationKind.TREATY_PARTY) == parties
