"""An instrument named by the field it covers (issue 9, session 13, branch id13), Indonesian, by the exact fact:

"menandatangani nota kesepahaman di bidang energi terbarukan", "… nota kesepahaman bidang energi": a noun of a field
("bidang", a topic word) after a preposition of location, or alone, with the words of the field, names the
instrument as "tentang" does — a Treaty entity whose signers are its parties. A place after "di" ("di Jakarta"),
or "di bidang" with no field after it, names none.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "treaty"), [
    ("Indonesia dan Uni Emirat Arab menandatangani nota kesepahaman di bidang energi terbarukan.",
     "nota kesepahaman di bidang energi terbarukan"),
    ("Indonesia dan Jepang menandatangani nota kesepahaman bidang energi.", "nota kesepahaman bidang energi"),
    ("Indonesia dan Jepang menandatangani perjanjian tentang kerja sama maritim.",
     "perjanjian tentang kerja sama maritim"),
])
def test_an_instrument_named_by_its_field_has_its_signers_as_parties(text: str, treaty: str) -> None:
    found = read(text, "id")
    signers = {name for name, kind in found.types().items() if kind == "Country"}
    assert found.types()[treaty] == "Treaty"
    assert found.relations(RelationKind.TREATY_PARTY) == {(c, treaty) for c in signers}
    assert len(signers) == 2


@pytest.mark.parametrize("text", [
    "Indonesia dan Jepang menandatangani nota kesepahaman di Jakarta pada Senin.",  # a place, no field
    "Indonesia dan Jepang menandatangani perjanjian di bidang.",  # no field named
])
def test_no_field_named_no_instrument(text: str) -> None:
    found = read(text, "id")
    assert "Treaty" not in found.types().values()
    assert {"Indonesia", "Jepang"} <= found.entity_names()
