"""Names in a list of bodies (branch en14s, issue 9): "added Skydio, Shield AI and Anduril Industries to its list" —
a one-word name of unknown type listed beside an organisation is an organisation too, and the coordinator closing a
comma list ends a name ("Shield AI", not "Shield AI and Anduril Industries"); "Kish Oil and Gas Services Company",
alone or inside a list that a later coordinator closes, stays one name. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "orgs"), [
    ("China added Skydio, Shield AI and Anduril Industries to its unreliable entity list.",
     {"Skydio", "Shield AI", "Anduril Industries"}),
    ("The EU sanctioned Sea Lantern Shipping Ltd, Sovcomflot and Pars Trading on Monday.",
     {"Sea Lantern Shipping Ltd", "Sovcomflot", "Pars Trading"}),
    ("The Treasury sanctioned Sea Lantern Shipping, Kish Oil and Gas Services Company and Pars Trading.",
     {"Sea Lantern Shipping", "Kish Oil and Gas Services Company", "Pars Trading"}),
    ("Britain sanctioned Kish Oil and Gas Services Company on Monday.", {"Kish Oil and Gas Services Company"}),
])
def test_listed_names_are_bodies_of_their_own(text: str, orgs: set[str]) -> None:
    types = read(text, "en").types()
    assert {name for name, kind in types.items() if kind == "Organization"} >= orgs
    assert not any(" and " in name for name in types if name not in orgs)


def test_the_list_is_sanctioned_name_by_name() -> None:
    found = read("China added Skydio, Shield AI and Anduril Industries to its unreliable entity list.", "en")
    assert found.events(EventKind.SANCTION) == {(("People's Republic of China",),
                                                 ("Skydio", "Shield AI", "Anduril Industries"))}


@pytest.mark.parametrize("text", [
    "Ivanov met Putin in Moscow.",  # a one-word name beside no organisation
    "Volkov, the commander, met Putin in Moscow.",
])
def test_a_word_beside_no_body_is_none(text: str) -> None:
    types = read(text, "en").types()
    assert "Organization" not in types.values()
