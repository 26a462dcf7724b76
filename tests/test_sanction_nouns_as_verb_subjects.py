"""A sanction verb whose subject is a sanction noun names no act of its own (branch en16s, issue 9): "The new
measures freeze the assets of X", "The sanctions also freeze the assets of X" — the measures reach X, as the scope of
the sanctions told before (by their imposer), not as a second sanction with no imposer
(``SanctionsInForce._sanction_noun_subject``). A body or a country as the subject still acts. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TOLD = "The European Union imposed sanctions on Belarus. "
EU = "European Union"


@pytest.mark.parametrize("second", [
    "The new measures freeze the assets of Igor Karpenko.",
    "The sanctions also freeze the assets of Igor Karpenko.",
])
def test_the_measures_reach_by_their_imposer(second: str) -> None:
    found = read(TOLD + second, "en")
    assert found.events(EventKind.SANCTION) == {((EU,), ("Belarus",)), ((EU,), ("Igor Karpenko",))}


def test_a_named_subject_still_acts() -> None:
    found = read(TOLD + "Canada also froze the assets of Igor Karpenko.", "en")
    assert found.events(EventKind.SANCTION) == {((EU,), ("Belarus",)), (("Canada",), ("Igor Karpenko",))}
