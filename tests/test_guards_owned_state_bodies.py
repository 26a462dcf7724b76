"""Guards of the state body named after its owner (``kg.nlp.owned_bodies``), pinned by minimal pairs (branch mut21):
only a country owns it — a city's or an organisation's possessive before "Interior Ministry" gives the body no owner
("Lima's", "ASEAN's"), and only with the possessive marker — a country and a comma before the body's name ("accused
Chile, Defence Ministry officials said") is no owner either. English: a head-initial language names the owner after
the body, inside the name. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


def test_a_country_s_possessive_owns_the_body() -> None:
    found = read("Chile's Interior Ministry said on Monday that talks would resume.", "en")
    assert found.events(EventKind.STATEMENT) == {(("Chile's Interior Ministry",), ())}


@pytest.mark.parametrize(("text", "owner"), [
    ("Lima's Interior Ministry said on Monday that talks would resume.", "Lima"),
    ("ASEAN's Foreign Ministry said on Monday that talks would resume.", "Association of Southeast Asian Nations"),
])
def test_a_possessive_of_no_country_owns_no_state_body(text: str, owner: str) -> None:
    found = read(text, "en")
    assert owner in found.entity_names()
    assert not any(name.endswith("'s Interior Ministry") or name.endswith("'s Foreign Ministry")
                   for name in found.entity_names())


def test_a_country_s_possessive_before_the_body_in_an_object() -> None:
    found = read("Peru accused Chile's Defence Ministry of lying.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Peru",), ("Chile's Defence Ministry",))}


def test_a_country_and_a_comma_before_the_body_is_no_owner() -> None:
    found = read("Peru accused Chile, Defence Ministry officials said.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Peru",), ("Chile",))}
    assert "Defence Ministry" in found.entity_names()
    assert not any(name.startswith("Chile") and "Ministry" in name for name in found.entity_names())
