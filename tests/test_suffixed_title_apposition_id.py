"""A title owned by a possessive suffix, in apposition before a name (issue 9, session 17, branch id17), Indonesian,
by the exact fact: "Juru bicaranya, X, mengatakan …" after a sentence opened by Y, and "Melalui juru bicaranya, X, Y
mengatakan …", make X an official of whom the suffix refers to — Y's body, or, for a person, what Y leads. A suffix
on a word that is no official's title ("Putranya, X"), or a former title ("Mantan juru bicaranya, X"), gives none."""

from __future__ import annotations

from facts import read

from kg.model import RelationKind


def test_a_spokesman_owned_by_the_suffix_serves_the_leaders_country() -> None:
    found = read("Presiden Prancis Emmanuel Macron menolak usulan itu. Juru bicaranya, Pierre Dumas, mengatakan Paris "
                 "tidak akan mengubah sikap.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Pierre Dumas", "Prancis")}


def test_through_his_spokesman_the_subject_after_the_apposition() -> None:
    found = read("Presiden Prancis Emmanuel Macron menolak usulan itu. Melalui juru bicaranya, Pierre Dumas, Macron "
                 "mengatakan Paris tidak akan mengubah sikap.", "id")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Pierre Dumas", "Prancis")}


def test_through_its_spokesman_a_body_after_the_apposition() -> None:
    found = read("Melalui juru bicaranya, Pierre Dumas, Kementerian Luar Negeri Prancis menyatakan Paris tidak akan "
                 "mengubah sikap.", "id")
    assert ("Pierre Dumas", "Kementerian Luar Negeri Prancis") in found.relations(RelationKind.OFFICIAL_OF)


def test_a_son_holds_no_office() -> None:
    found = read("Presiden Prancis Emmanuel Macron menolak usulan itu. Putranya, Pierre Dumas, mengatakan Paris tidak "
                 "akan mengubah sikap.", "id")
    assert "Pierre Dumas" in found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_a_former_spokesman_holds_no_office() -> None:
    found = read("Presiden Prancis Emmanuel Macron menolak usulan itu. Mantan juru bicaranya, Pierre Dumas, mengatakan "
                 "Paris tidak akan mengubah sikap.", "id")
    assert "Pierre Dumas" in found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
