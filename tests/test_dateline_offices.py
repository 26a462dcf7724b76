"""A bare national title in an article filed from a country (branch en11v, issue 9): "LISBON — … Ruiz also met
President Luis Rojas" — wire copy qualifies a foreigner's title ("Spanish Prime Minister X", "Spain's foreign
minister"), so a title with no holder beside it, none in the gazetteer and none told before, is the office of the
dateline's country, where the document names that country. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind

VISIT = "Spanish Prime Minister Ana Ruiz arrived in Portugal on Friday."


@pytest.mark.parametrize(("text", "kind", "holder"), [
    (f"LISBON — {VISIT} Ruiz also met President Luis Rojas.", RelationKind.LEADER_OF, "Portugal"),
    (f"LISBON (Reuters) - {VISIT} Economy Minister Luis Rojas said the grid deal was ready.",
     RelationKind.OFFICIAL_OF, "Portugal"),
])
def test_a_bare_title_is_the_dateline_country_s_office(text: str, kind: RelationKind, holder: str) -> None:
    found = read(text, "en")
    assert ("Luis Rojas", holder) in found.relations(kind)
    assert ("Ana Ruiz", "Spain") in found.relations(RelationKind.LEADER_OF)


@pytest.mark.parametrize("text", [
    f"{VISIT} Ruiz also met President Luis Rojas.",  # no dateline
    "LISBON — Spanish Prime Minister Ana Ruiz arrived on Friday. Ruiz also met President Luis Rojas.",  # no Portugal
    # a demonym qualifies the title, though its country is not named
    f"LISBON — {VISIT} Ruiz also met Congolese President Luis Rojas.",
])
def test_no_office_without_a_dateline_country(text: str) -> None:
    found = read(text, "en")
    assert {"Ana Ruiz", "Luis Rojas"} <= found.entity_names()
    assert {p for p, _ in found.relations(RelationKind.LEADER_OF)} == {"Ana Ruiz"}


@pytest.mark.parametrize(("second", "kind", "holder"), [
    ("Ruiz also met Brazilian President Luis Rojas.", RelationKind.LEADER_OF, "Brazil"),
    # two titles of one holder: the demonym before the first qualifies the second
    ("Spanish Deputy Prime Minister and Defence Minister Luis Rojas went with her.", RelationKind.OFFICIAL_OF,
     "Spain"),
])
def test_the_holder_beside_the_title_wins_over_the_dateline(second: str, kind: RelationKind, holder: str) -> None:
    found = read(f"LISBON — {VISIT} {second}", "en")
    assert ("Luis Rojas", holder) in found.relations(kind)
    assert ("Luis Rojas", "Portugal") not in found.relations(RelationKind.LEADER_OF) | found.relations(
        RelationKind.OFFICIAL_OF)
