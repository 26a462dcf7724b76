""""…, a charge that Peru rejected": the name between a fronted claim noun and a denial verb is who denies — when it
names someone who can act (a person, a country, a body, a capital standing for its country). A treaty there denies
nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("subject", ["Peru", "Lima"])
def test_the_name_before_the_denial_verb_denies_the_fronted_claim(subject: str) -> None:
    x = read(f"Chile accused Peru of spying, a charge that {subject} rejected.", "en")
    assert x.events(EventKind.DENIAL) == {(("Peru",), ())}


def test_a_treaty_before_the_denial_verb_denies_nothing() -> None:
    x = read("Chile accused Peru of breaking the deal, claims the Lima Accord rejected.", "en")
    assert x.types()["Lima Accord"] == "Treaty"
    assert x.events(EventKind.DENIAL) == set()
