"""A trade noun between an organisation cue and an unknown name — "perusahaan pelayaran X", "perusahaan minyak X"
(``org_cue_modifiers``, id/ms) — leaves the name an organisation, as "perusahaan X" is. A country after the trade
noun is still the country ("perusahaan minyak Rusia": unnamed companies of Russia), and a trade noun with no cue
before it makes nothing."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EntityType, EventKind


@pytest.mark.parametrize(("text", "name"), [
    ("Perusahaan pelayaran Varnakor membantah tuduhan itu.", "Varnakor"),
    ("AS menjatuhkan sanksi terhadap perusahaan minyak Veltrona.", "Veltrona"),
])
def test_a_name_after_a_cue_and_a_trade_is_an_organisation(text: str, name: str) -> None:
    assert read(text, "id").types().get(name) == EntityType.ORGANIZATION


def test_the_company_is_the_sanctions_target() -> None:
    found = read("AS menjatuhkan sanksi terhadap perusahaan minyak Veltrona.", "id")
    assert found.events(EventKind.SANCTION) == {(("Amerika Serikat",), ("Veltrona",))}


def test_a_country_after_the_trade_stays_the_country() -> None:
    found = read("AS menjatuhkan sanksi terhadap perusahaan minyak Rusia.", "id")
    assert found.events(EventKind.SANCTION) == {(("Amerika Serikat",), ("Rusia",))}


def test_a_trade_noun_without_a_cue_makes_no_organisation() -> None:
    assert read("Harga minyak Varnakor naik tajam.", "id").types().get("Varnakor") != EntityType.ORGANIZATION
