""""Kementerian Luar Negeri Chile Ana Ruiz menuduh Peru": a body's name that ends in a country, then two or three
capitalised words, is the body and then a person — whatever name stands after the verb (``classify._classify``
scans the run backwards from its own last word for the country), issue 9 (branch mut15, seed 181). With nothing
after the country the body itself acts. Indonesian: English puts the title or "of" between. Sentences written for
these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_a_body_ending_in_a_country_then_two_words_is_the_body_and_a_person() -> None:
    found = read("Kementerian Luar Negeri Chile Ana Ruiz menuduh Peru melakukan spionase.", "id")
    assert found.types() == {"Kementerian Luar Negeri Chile": "Organization", "Ana Ruiz": "Person",
                             "Peru": "Country"}
    assert found.events(EventKind.ACCUSATION) == {(("Ana Ruiz",), ("Peru",))}


def test_a_body_ending_in_a_country_is_the_actor_itself() -> None:
    found = read("Kementerian Luar Negeri Chile menuduh Peru melakukan spionase.", "id")
    assert found.events(EventKind.ACCUSATION) == {(("Kementerian Luar Negeri Chile",), ("Peru",))}
