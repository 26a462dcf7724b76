"""A press release that first sanctions counted members of no one named, then names them (branch en11, issue 9):
"OFAC sanctioned four entities and one individual for …" makes no fact, but "OFAC also designated X" and "The
designated entities include X, a front company based in Y, and Z" after it are its agent's sanctions. An
apposition after a listed name ("a national who served as manager of …") names no office and no target. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

OFAC = "Office of Foreign Assets Control"
BEFORE = ("The Office of Foreign Assets Control (OFAC) today sanctioned four entities and one individual for "
          "supplying drones. ")


def test_a_later_designation_by_the_same_agent() -> None:
    x = read(BEFORE + "OFAC also designated Omar Haddad, a Syrian national who served as the director of "
             "Kaveh Aviation Services.", "en")
    assert x.events(EventKind.SANCTION) == {((OFAC,), ("Omar Haddad",))}


def test_the_designated_members_listed() -> None:
    x = read(BEFORE + "The designated entities include Kaveh Aviation Services, a front company based in "
             "Armenia, and Golden Lotus Holdings, which shipped engines.", "en")
    assert x.events(EventKind.SANCTION) == {((OFAC,), ("Kaveh Aviation Services", "Golden Lotus Holdings"))}


@pytest.mark.parametrize("text", [
    "The Office of Foreign Assets Control designated Omar Haddad, a Syrian national.",  # nothing sanctioned before
    "The Office of Foreign Assets Control said the designated entities include Kaveh Aviation Services and "
    "Golden Lotus Holdings.",
    "The Office of Foreign Assets Control (OFAC) today praised four entities and one individual for supplying aid. "
    "OFAC also designated Omar Haddad.",
    BEFORE + "OFAC also designated Omar Haddad as its envoy to Armenia.",  # an appointment
])
def test_no_sanction_without_an_act_told_before_or_as_an_office(text: str) -> None:
    x = read(text, "en")
    assert OFAC in x.entity_names()
    assert x.events(EventKind.SANCTION) == set()
