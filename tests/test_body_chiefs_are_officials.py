"""The chief of one of a country's bodies — "navy chief", "air force chief", "customs chief" (``titles.official``,
as "army chief" and "police chief" were) — holds an office of the country, not its leadership; a bare "chief" of
the country is still its head."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize("title", ["navy chief", "air force chief", "customs chief", "coast guard chief"])
def test_a_body_chief_is_an_official_of_the_country(title: str) -> None:
    found = read(f"Chile's {title}, Ana Ruiz, met Marta Vidal in Lima.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "Chile")}
    assert found.relations(RelationKind.LEADER_OF) == set()
