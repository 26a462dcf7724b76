"""A title's portfolio between the title and the body or holder (issue 9, session 16, branch id16), Indonesian, by
the exact fact: a lowercase portfolio after a title ("kepala diplomasi Uni Eropa X"), a portfolio of several words
a post is held for ("Komisaris Tinggi PBB untuk Hak Asasi Manusia X", "... untuk Pengungsi X") and the title
"Perwakilan Tinggi" leave the holder a person serving the body — no organisation "Uni Eropa X", no person
"Asasi Manusia X". A word that is no title before the portfolio makes no office."""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind


def test_a_lowercase_portfolio_after_a_title_mid_sentence() -> None:
    found = read("Pada Senin, kepala diplomasi Uni Eropa Kaja Kallas mengatakan sanksi itu sah.", "id")
    assert found.events(EventKind.STATEMENT) == {(("Kaja Kallas",), ())}
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Kaja Kallas", "Uni Eropa")}


def test_a_lowercase_portfolio_after_a_title_opening_the_sentence() -> None:
    found = read("Kepala diplomasi Rusia Sergei Lavrov menuduh Ukraina menyerang Kursk.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Sergei Lavrov",), ("Ukraina",))}
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Sergei Lavrov", "Rusia")}


def test_a_portfolio_word_after_no_title_makes_no_office() -> None:
    found = read("Kemarin pakar diplomasi Rusia Sergei Lavrov mengatakan sanksi itu sah.", "id")
    assert {"Rusia", "Sergei Lavrov"} <= found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_a_high_representative_of_a_body() -> None:
    found = read("Perwakilan Tinggi Uni Eropa Kaja Kallas bertemu Sugiono di Brussel.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Kaja Kallas", "Uni Eropa")}
    assert found.events(EventKind.MEETING) == {(("Kaja Kallas", "Sugiono"), ())}


def test_a_post_held_for_a_portfolio_of_several_words() -> None:
    found = read("Komisaris Tinggi PBB untuk Hak Asasi Manusia Volker Turk menuduh RSF membunuh warga sipil.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Volker Turk",), ("RSF",))}
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Volker Turk", "Perserikatan Bangsa-Bangsa")}


def test_a_post_held_for_refugees() -> None:
    found = read("Komisaris Tinggi PBB untuk Pengungsi Filippo Grandi mengatakan bantuan itu mendesak.", "id")
    assert found.events(EventKind.STATEMENT) == {(("Filippo Grandi",), ())}
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Filippo Grandi", "Perserikatan Bangsa-Bangsa")}


def test_refugees_as_a_common_noun_name_no_one() -> None:
    found = read("Para pengungsi Sudan tiba di Chad pada Senin.", "id")
    assert not any(kind == "Person" for kind in found.types().values())
