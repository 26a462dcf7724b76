"""A bare minister's title of one who travels abroad, with no dateline (issue 9, session 17, branch id17), Indonesian,
by the exact fact: Indonesian copy titles its own ministers bare and qualifies foreigners' ("Menteri Pertahanan
Australia X"), so "Menteri Pertahanan X melakukan kunjungan kerja ke Canberra" (a country other than Indonesia, or a
place the gazetteer puts in one) is Indonesia's minister — where the document names Indonesia — and the owned title
after it ("Menhan RI diterima oleh Y") is then that minister, met by Y. Travel inside Indonesia, no travel, or a
document that never names Indonesia gives no office."""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind


def test_a_working_visit_abroad_is_the_home_ministers() -> None:
    found = read("Menteri Pertahanan Budi Santoso melakukan kunjungan kerja ke Canberra pada Senin untuk mempererat "
                 "hubungan dengan Indonesia.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Budi Santoso", "Indonesia")}


def test_the_owned_title_after_it_is_the_minister_met() -> None:
    found = read("Menteri Pertahanan Budi Santoso melakukan kunjungan kerja ke Canberra, Australia, pada Senin. "
                 "Menhan RI kemudian diterima oleh Menteri Pertahanan Australia Richard Marles.", "id")
    assert ("Budi Santoso", "Indonesia") in found.relations(RelationKind.OFFICIAL_OF)
    assert found.events(EventKind.MEETING) == {(("Budi Santoso", "Richard Marles"), ())}


def test_travel_inside_indonesia_gives_no_office() -> None:
    found = read("Menteri Pertahanan Budi Santoso tiba di Surabaya pada Senin. Ia berbicara tentang Indonesia.", "id")
    assert {"Budi Santoso", "Surabaya", "Indonesia"} <= found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_no_travel_gives_no_office() -> None:
    found = read("Menteri Pertahanan Budi Santoso bertemu wartawan di Canberra pada Senin untuk membahas Indonesia.",
                 "id")
    assert {"Budi Santoso", "Canberra", "Indonesia"} <= found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_indonesia_never_named_gives_no_office() -> None:
    found = read("Menteri Pertahanan Budi Santoso tiba di Canberra pada Senin.", "id")
    assert {"Budi Santoso", "Canberra"} <= found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
