"""English ministers' titles that name their portfolio after "of" or "for" ("Minister of Trade", "Minister for
Defence", "Secretary of Defense"): one title before the holder's name, whose acts are the holder's and whose office is
the country named with it. Issue 9. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize("title", ["Minister of Trade", "Minister for Defence", "Minister for Home Affairs",
                                   "Secretary of Defense", "Minister of Energy"])
def test_a_portfolio_title_names_its_holder(title: str) -> None:
    found = read(f"Chile's {title} Ana Ruiz met Marta Vidal in Lima.", "en")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "Chile")}


def test_a_portfolio_phrase_without_a_title_names_no_office() -> None:
    found = read("Chile's Ministry of Trade hosted Ana Ruiz and Marta Vidal in Lima.", "en")
    assert {"Ana Ruiz", "Marta Vidal"} <= found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
