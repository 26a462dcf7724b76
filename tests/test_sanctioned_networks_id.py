"""Sanctions on an unnamed network of a country (issue 9, session 17, branch id17), Indonesian, by the exact fact:
"jaringan" and "sindikat" are member nouns, so "menjatuhkan sanksi terhadap jaringan pengiriman minyak Venezuela" is a
sanction on the country whose network it is (the guidelines' rule for unnamed targets), like "perusahaan pelayaran
Iran". A network that names no owner ("jaringan yang membantu X"), or a network as a subject, is no sanction on a
country."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_a_network_of_a_country_after_its_modifiers() -> None:
    found = read("Kanada menjatuhkan sanksi terhadap jaringan pengiriman minyak Venezuela pada Senin.", "id")
    assert found.events(EventKind.SANCTION) == {(("Kanada",), ("Venezuela",))}


def test_a_network_sanctioned_by_two_imposers() -> None:
    found = read("Jepang dan Korea Selatan menjatuhkan sanksi terhadap jaringan pemasok drone Rusia.", "id")
    assert found.events(EventKind.SANCTION) == {(("Jepang", "Korea Selatan"), ("Rusia",))}


def test_a_smuggling_syndicate_of_a_country() -> None:
    found = read("Australia menjatuhkan sanksi terhadap sindikat penyelundupan manusia Libya.", "id")
    assert found.events(EventKind.SANCTION) == {(("Australia",), ("Libya",))}


def test_a_network_that_only_helps_a_country_is_not_that_country() -> None:
    found = read("Kanada menjatuhkan sanksi terhadap jaringan yang membantu Venezuela.", "id")
    assert {"Kanada", "Venezuela"} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()


def test_a_network_as_subject_is_no_sanction() -> None:
    found = read("Jaringan pengiriman minyak Iran menerima dana dari Rusia.", "id")
    assert {"Iran", "Rusia"} <= found.entity_names()
    assert found.events(EventKind.SANCTION) == set()
