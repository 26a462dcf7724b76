"""A ministry's short form with another country after it (issue 9, session 15, branch id15), Indonesian, by the exact
fact: "Kemlu", "Kemenlu", "Kemhan" written bare are Indonesia's ministries (the gazetteer's forms), but "Juru bicara
Kemlu Rusia Maria Zakharova" names Russia's ministry — a head word of a body, as "Kementerian Luar Negeri Rusia" is,
and the spokesperson is its official, never Indonesia's."""

from __future__ import annotations

from facts import read

from kg.model import EventKind, RelationKind


def test_a_short_form_with_another_country_is_that_countrys_ministry() -> None:
    found = read("Juru bicara Kemlu Rusia Maria Zakharova mengatakan sanksi itu ilegal.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Maria Zakharova", "Kemlu Rusia")}
    assert found.events(EventKind.STATEMENT) == {(("Maria Zakharova",), ())}


def test_the_short_form_of_a_defence_ministry_with_a_country_acts_for_it() -> None:
    found = read("Kemhan Jepang mengecam peluncuran rudal Korea Utara.", "id")
    assert "Kemhan Jepang" in found.entity_names()
    assert not any("Indonesia" in name for name in found.entity_names())


def test_the_bare_short_form_is_still_indonesias_ministry() -> None:
    found = read("Juru bicara Kemlu Rolliansyah Soemirat mengatakan WNI aman.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {
        ("Rolliansyah Soemirat", "Kementerian Luar Negeri Republik Indonesia")}
