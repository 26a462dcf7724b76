"""A nationality that opens a body's name stays in it (branch en12s, issue 9): "the Sudanese Armed Forces", "the
Russian Direct Investment Fund" are bodies of those names (sanctioned, accusing, as themselves); "the Russian Foreign
Ministry" stays Russia's ministry, the nationality only saying whose. English only: Indonesian puts the nationality
after the head ("Angkatan Bersenjata Sudan"), where the gazetteer or the name reads it. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind

US = "United States of America"


@pytest.mark.parametrize("body", ["Sudanese Armed Forces", "Russian Direct Investment Fund", "Syrian Arab Airlines"])
def test_the_nationality_stays_in_the_body_s_name(body: str) -> None:
    x = read(f"The United States sanctioned the {body}.", "en")
    assert x.events(EventKind.SANCTION) == {((US,), (body,))}


def test_the_body_acts_under_its_whole_name() -> None:
    x = read("The Sudanese Armed Forces accused the Rapid Support Forces of attacking the city.", "en")
    assert x.events(EventKind.ACCUSATION) == {(("Sudanese Armed Forces",), ("Rapid Support Forces",))}


def test_a_country_s_ministry_is_the_country_s() -> None:
    # the nationality is no part of the body's own name, but it says whose body it is: the entity is named with its
    # owner (en14a, tests/test_owned_state_bodies.py), so another country's "Foreign Ministry" is another body
    x = read("Russian Foreign Ministry spokeswoman Maria Zakharova said the talks failed.", "en")
    assert x.relations(RelationKind.OFFICIAL_OF) == {("Maria Zakharova", "Russian Foreign Ministry")}
