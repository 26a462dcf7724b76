"""An act by a country's body is the country's (branch en13a, issue 9): "condemned air strikes by Myanmar's
military" accuses Myanmar, as "air strikes by Myanmar" does (``EventFinder._act_doer_after`` reads the possessor
after the agent preposition); strikes *on* Myanmar's military are no act of Myanmar. English. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("doer", ["Myanmar's military", "Myanmar", "the Myanmar military"])
def test_the_doer_after_by_is_accused(doer: str) -> None:
    found = read(f"Ana Ruiz condemned air strikes by {doer}.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Ana Ruiz",), ("Myanmar",))}


def test_strikes_on_a_body_accuse_no_one() -> None:
    found = read("Ana Ruiz condemned air strikes on Myanmar's military.", "en")
    assert "Myanmar" in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == set()
