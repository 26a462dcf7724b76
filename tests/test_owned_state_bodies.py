"""A state body named after the country owning it — "Russia's Foreign Ministry", "the Chinese Foreign Ministry",
"Pakistan's Foreign Office" — is that country's body: two countries' defence ministries are two bodies (their
mentions were one node, clustered by the shared name), another country's body in the gazetteer ("Foreign Office",
the UK's) is no candidate for it, and the entity is named with its owner as the text writes it. A bare "the Foreign
Ministry" after it is the one body of that name the document gives an owner. Issue 9 (branch en14a; en13a's open
classes). English: a head-initial language names the owner after the body ("Kementerian Luar Negeri Rusia"), inside
the name. Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

FCDO = "Foreign, Commonwealth and Development Office"


def test_two_countries_ministries_are_two_bodies() -> None:
    found = read("Chile's Defence Ministry accused Peru of moving troops to the border. Peru's Defence Ministry "
                 "denied the claim.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Chile's Defence Ministry",), ("Peru",))}
    assert found.events(EventKind.DENIAL) == {(("Peru's Defence Ministry",), ())}


def test_a_nationality_before_the_body_names_its_owner() -> None:
    found = read("The Chilean Foreign Ministry said on Monday that talks would resume.", "en")
    assert found.events(EventKind.STATEMENT) == {(("Chilean Foreign Ministry",), ())}


def test_another_country_s_body_in_the_gazetteer_is_no_candidate() -> None:
    found = read("Pakistan's Foreign Office said in a statement that the attacks were unprovoked.", "en")
    assert FCDO not in found.entity_names()
    assert found.events(EventKind.STATEMENT) == {(("Pakistan's Foreign Office",), ())}


def test_the_country_whose_body_the_gazetteer_lists_keeps_it() -> None:
    found = read("Britain's Foreign Office said in a statement that the attacks were unprovoked.", "en")
    assert found.events(EventKind.STATEMENT) == {((FCDO,), ())}


def test_a_bare_name_after_one_owner_is_that_owner_s_body() -> None:
    found = read("Chile's Foreign Ministry protested on Monday. The Foreign Ministry said Peru had broken the deal.",
                 "en")
    assert "Foreign Ministry" not in found.entity_names()
    assert found.events(EventKind.STATEMENT) == {(("Chile's Foreign Ministry",), ())}


def test_a_bare_name_after_two_owners_is_neither_s() -> None:
    found = read("Chile's Foreign Ministry protested. Peru's Foreign Ministry objected. The Foreign Ministry said "
                 "talks would resume.", "en")
    assert {"Chile's Foreign Ministry", "Peru's Foreign Ministry", "Foreign Ministry"} <= found.entity_names()


def test_a_nationality_and_a_possessive_of_one_country_name_one_body() -> None:
    found = read("The Chilean Foreign Ministry protested on Monday. Chile's Foreign Ministry said Peru had broken "
                 "the deal.", "en")
    assert found.events(EventKind.STATEMENT) == {(("Chilean Foreign Ministry",), ())}
