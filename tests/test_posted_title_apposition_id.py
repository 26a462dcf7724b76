"""A post held for a place (issue 9, session 13, branch id13), Indonesian, by the exact fact:

"Pelapor Khusus PBB untuk wilayah Palestina yang diduduki, Francesca Albanese": "pelapor khusus" is a title, so the
run is no person's name, and the post's place ("untuk wilayah Palestina …") stands between the titled body and its
holder in apposition — she is the one sanctioned, she accuses; not the UN.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

RAPPORTEUR = "Pelapor Khusus PBB untuk wilayah Palestina{rel}, Francesca Albanese"


@pytest.mark.parametrize("rel", ["", " yang diduduki"])
def test_the_holder_of_a_post_for_a_place_is_sanctioned(rel: str) -> None:
    found = read(f"Amerika Serikat menjatuhkan sanksi terhadap {RAPPORTEUR.format(rel=rel)}.", "id")
    assert found.events(EventKind.SANCTION) == {(("Amerika Serikat",), ("Francesca Albanese",))}
    assert found.types()["Francesca Albanese"] == "Person"
    assert "Pelapor Khusus" not in found.entity_names()


def test_the_holder_of_a_post_for_a_place_accuses() -> None:
    found = read(f"{RAPPORTEUR.format(rel=' yang diduduki')}, menuduh Israel melakukan genosida.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Francesca Albanese",), ("Israel",))}


def test_a_titled_body_with_no_holder_after_it_stays_the_target() -> None:
    found = read("Amerika Serikat menjatuhkan sanksi terhadap Dewan Keamanan PBB untuk Timur Tengah.", "id")
    assert ("Francesca Albanese",) not in {t for _, t in found.events(EventKind.SANCTION)}
    assert "Amerika Serikat" in found.entity_names()
