"""A bare owned title after "menurut" and a comma (issue 9, session 16, branch id16), Indonesian, by the exact fact:
in "Menurut Menlu RI, Indonesia siap …" the title with no name after it is the minister named before, and the
country after the comma opens the reported clause — it is no holder in apposition; a person after the comma is
("Menurut Menlu RI, Retno Marsudi, …")."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

BEFORE = "Menteri Luar Negeri RI Sugiono menelepon Menteri Luar Negeri Turki Hakan Fidan. "


def test_the_bare_title_is_the_minister_named_before() -> None:
    found = read(BEFORE + "Menurut Menlu RI, Indonesia siap mengirimkan bantuan melalui Mesir.", "id")
    assert found.events(EventKind.STATEMENT) == {(("Sugiono",), ())}


def test_another_country_after_the_comma_does_not_speak() -> None:
    found = read(BEFORE + "Menurut Menlu RI, Turki siap membantu.", "id")
    assert found.events(EventKind.STATEMENT) == {(("Sugiono",), ())}


def test_a_person_after_the_comma_is_the_holder() -> None:
    found = read(BEFORE + "Menurut Menlu RI, Retno Marsudi, Indonesia siap membantu.", "id")
    assert found.events(EventKind.STATEMENT) == {(("Retno Marsudi",), ())}
