"""Targets listed in a comma list closed by an owned office ("X, Y, and its director, Z": all three), and names listed
in apposition to a noun of organisations ("two Russian firms, A and B"): the named members are the targets, their
country only when no member is named (GUIDELINES.md, unnamed targets)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TREASURY_EN = "United States Department of the Treasury"
TREASURY_ID = "Departemen Keuangan Amerika Serikat"


@pytest.mark.parametrize(("lang", "text", "facts"), [
    ("en", "The Treasury sanctioned Blue Harbor Shipping, Red Sea Trading, and its director, Ana Ruiz.",
     {((TREASURY_EN,), ("Blue Harbor Shipping", "Red Sea Trading", "Ana Ruiz"))}),
    ("en", "The Treasury sanctioned Blue Harbor Shipping, Red Sea Trading, Green Field Holdings, and its owner, "
     "Ana Ruiz.",
     {((TREASURY_EN,), ("Blue Harbor Shipping", "Red Sea Trading", "Green Field Holdings", "Ana Ruiz"))}),
    ("id", "Departemen Keuangan AS menjatuhkan sanksi terhadap Blue Harbor Shipping, Red Sea Trading, dan "
     "direkturnya, Ana Ruiz.",
     {((TREASURY_ID,), ("Blue Harbor Shipping", "Red Sea Trading", "Ana Ruiz"))}),
    ("id", "Departemen Keuangan AS menjatuhkan sanksi terhadap Blue Harbor Shipping dan direkturnya, Ana Ruiz.",
     {((TREASURY_ID,), ("Blue Harbor Shipping", "Ana Ruiz"))}),
])
def test_comma_list_closed_by_an_owned_office(lang: str, text: str, facts: set) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == facts


@pytest.mark.parametrize(("lang", "text", "facts"), [
    # no office closes the list: the owner of "its director" speaks, the comma list is no list of targets
    ("en", "The Treasury sanctioned Blue Harbor Shipping, Red Sea Trading, and its director said nothing.",
     {((TREASURY_EN,), ("Blue Harbor Shipping",))}),
    ("id", "Departemen Keuangan AS menjatuhkan sanksi terhadap Blue Harbor Shipping, Red Sea Trading, dan "
     "direkturnya mengatakan Ana Ruiz tidak bersalah.",
     {((TREASURY_ID,), ("Blue Harbor Shipping",))}),
])
def test_no_office_apposed_no_list(lang: str, text: str, facts: set) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == facts


@pytest.mark.parametrize(("lang", "text", "facts"), [
    ("en", "Canada sanctioned two Russian firms, Rosneft and Lukoil.", {(("Canada",), ("Rosneft", "Lukoil"))}),
    ("en", "Canada sanctioned three firms, Rosneft, Lukoil and Gazprom.",
     {(("Canada",), ("Rosneft", "Lukoil", "Gazprom"))}),
    ("id", "Kanada menjatuhkan sanksi terhadap dua perusahaan Rusia, Rosneft dan Lukoil.",
     {(("Kanada",), ("Rosneft", "Lukoil"))}),
    ("id", "Kanada menjatuhkan sanksi terhadap dua perusahaan, Rosneft dan Lukoil.",
     {(("Kanada",), ("Rosneft", "Lukoil"))}),
])
def test_named_members_are_the_targets(lang: str, text: str, facts: set) -> None:
    found = read(text, lang)
    assert found.events(EventKind.SANCTION) == facts
    assert {found.types()[name] for name in ("Rosneft", "Lukoil")} == {"Organization"}


@pytest.mark.parametrize(("lang", "text", "facts"), [
    ("en", "Canada sanctioned two Russian firms.", {(("Canada",), ("Russia",))}),
    ("id", "Kanada menjatuhkan sanksi terhadap dua perusahaan Rusia.", {(("Kanada",), ("Rusia",))}),
])
def test_no_member_named_the_country(lang: str, text: str, facts: set) -> None:
    assert read(text, lang).events(EventKind.SANCTION) == facts


def test_a_name_that_speaks_after_the_noun_is_no_member() -> None:
    found = read("Canada sanctioned two Russian firms, Mendoza said.", "en")
    assert found.events(EventKind.SANCTION) == {(("Canada",), ("Russia",))}
    assert found.events(EventKind.STATEMENT) == {(("Mendoza",), ())}
