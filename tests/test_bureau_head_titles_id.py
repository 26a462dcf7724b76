"""The head of a ministry's bureau is the ministry's official (issue 9, session 17, branch id17), Indonesian, by the
exact fact: "Kepala Biro Humas", "Kepala Biro Hukum", "Kepala Biro Pers" and "Kepala Pusat Penerangan" are titles
(``titles.official``), so "Kepala Biro Humas Kementerian Pertahanan X" is an official of the ministry (and of its
country), not the leader of an organisation "Biro Humas Kementerian Pertahanan" — nor, after "Setjen Kemhan", one
organisation holding the person's name. The bureau named without its head's title stays a body that speaks."""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind


def test_the_head_of_a_press_bureau_serves_the_ministry() -> None:
    found = read("Kepala Biro Humas Kementerian Pertahanan Rina Wulandari mengatakan Indonesia berminat membeli "
                 "kapal selam dari Prancis.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {
        ("Rina Wulandari", "Kementerian Pertahanan Republik Indonesia"), ("Rina Wulandari", "Indonesia")}
    assert found.relations(RelationKind.LEADER_OF) == set()
    assert found.events(EventKind.STATEMENT) == {(("Rina Wulandari",), ())}


def test_the_bureau_head_after_the_secretariat_is_a_person() -> None:
    found = read("Kepala Biro Humas Setjen Kemhan Rina Wulandari mengatakan pertemuan itu berjalan lancar.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {
        ("Rina Wulandari", "Kementerian Pertahanan Republik Indonesia")}
    assert found.events(EventKind.STATEMENT) == {(("Rina Wulandari",), ())}


def test_a_foreign_ministrys_bureau_head() -> None:
    found = read("Kepala Biro Humas Kementerian Luar Negeri Malaysia Ahmad Faizal mengatakan pertemuan itu berjalan "
                 "lancar.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ahmad Faizal", "Kementerian Luar Negeri Malaysia")}


def test_the_head_of_an_information_centre() -> None:
    found = read("Kepala Pusat Penerangan TNI Rina Wulandari mengatakan latihan itu digelar di Natuna.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Rina Wulandari", "Tentara Nasional Indonesia")}


def test_the_bureau_without_its_heads_title_is_the_speaker() -> None:
    found = read("Biro Humas Kementerian Pertahanan menyatakan latihan itu digelar di Natuna.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert found.events(EventKind.STATEMENT) == {(("Biro Humas Kementerian Pertahanan",), ())}
