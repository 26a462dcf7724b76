"""An object suffix on a coordinated verb (issue 9, session 15, branch id15), Indonesian, by the exact fact: "Jepang
memuji Korea Selatan dan menuduhnya melakukan …" — "-nya" is the object of the accusation and refers to the name
the verb coordinated before took (a country, a body or a person), not to the subject, which the coordinated verb
shares. A plain verb with a name after it keeps that name; with nobody else named before it, nobody is accused."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_the_suffix_refers_to_the_object_of_the_verb_before() -> None:
    found = read("Jepang memuji Korea Selatan dan menuduhnya melakukan pelanggaran.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Jepang",), ("Korea Selatan",))}


def test_the_suffix_refers_to_a_person_met_before() -> None:
    found = read("Menteri Luar Negeri Jepang Takeshi Iwaya bertemu Wang Yi dan mengecamnya atas latihan militer.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Takeshi Iwaya",), ("Wang Yi",))}


def test_a_name_after_the_plain_verb_is_the_accused() -> None:
    found = read("Jepang memuji Korea Selatan dan menuduh Korea Utara melakukan pelanggaran.", "id")
    accused = {targets for _, targets in found.events(EventKind.ACCUSATION)}
    assert accused == {("Korea Utara",)}


def test_with_nobody_else_named_the_suffix_accuses_no_one() -> None:
    found = read("Jepang kemudian menuduhnya melakukan pelanggaran.", "id")
    assert found.events(EventKind.ACCUSATION) == set()
    assert "Jepang" in found.entity_names()
