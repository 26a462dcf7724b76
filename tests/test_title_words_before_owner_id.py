"""Capitalised words of a title before its owner (issue 9, session 15, branch id15), Indonesian, by the exact fact:
in "Kepala Staf Gabungan Yordania Yousef Al-Hnaity" the word between the title and the country that owns it
("Gabungan", joint) is the title's, never a person of its own — no name stands between a title and its owner. The
holder after the owner keeps the title ("leads Jordan"); a name right after a title is still a name, and a body's
head word ("Ketua Partai Pekerja Brasil") keeps the body's name."""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind


def test_a_word_between_a_title_and_its_country_is_no_person() -> None:
    found = read("Menteri Pertahanan Sjafrie Sjamsoeddin dan Kepala Staf Gabungan Yordania Yousef Al-Hnaity "
                 "menandatangani nota kesepahaman.", "id")
    assert "Gabungan" not in found.entity_names()
    assert found.relations(RelationKind.LEADER_OF) == {("Yousef Al-Hnaity", "Yordania")}
    assert found.events(EventKind.AGREEMENT) == {(("Sjafrie Sjamsoeddin", "Yousef Al-Hnaity"), ())}


def test_two_words_between_a_title_and_its_country_belong_to_the_title() -> None:
    found = read("Kepala Staf Gabungan Darurat Yordania Yousef Al-Hnaity tiba di Jakarta.", "id")
    assert found.types() == {"Yousef Al-Hnaity": "Person", "Yordania": "Country", "Jakarta": "Place"}
    assert found.events(EventKind.VISIT) == {(("Yousef Al-Hnaity",), ("Jakarta",))}


def test_a_bare_office_before_its_country_names_no_person() -> None:
    found = read("Kepala Staf Gabungan Yordania mengatakan latihan itu dibatalkan.", "id")
    assert found.types() == {"Yordania": "Country"}


def test_a_name_right_after_a_title_is_still_a_person() -> None:
    found = read("Kepala Staf Yousef Al-Hnaity tiba di Amman.", "id")
    assert found.types().get("Yousef Al-Hnaity") == "Person"
    assert found.events(EventKind.VISIT) == {(("Yousef Al-Hnaity",), ("Amman",))}


def test_a_bodys_name_between_a_title_and_its_country_stays_the_body() -> None:
    found = read("Ketua Partai Pekerja Brasil Lula da Silva tiba di Tokyo.", "id")
    assert found.types().get("Partai Pekerja Brasil") == "Organization"
