"""A body named by what it stands for ("Kabinet Merah Putih", "Kabinet Indonesia Maju") is one organisation: a
country named inside it is part of its name, not a mention of the country — while the names before it in the
sentence keep their own readings and links. Sentences written for these tests."""

from __future__ import annotations

from facts import read


def test_a_named_cabinet_leaves_the_names_before_it_in_the_sentence_as_they_are() -> None:
    found = read("Di Jakarta, Presiden Prabowo melantik Kabinet Merah Putih.", "id")
    assert found.types() == {"Jakarta": "Place", "Prabowo Subianto": "Person", "Kabinet Merah Putih": "Organization"}
    assert found.qid("Jakarta") == "Q3630"


def test_a_country_inside_a_named_cabinet_is_part_of_its_name() -> None:
    found = read("Di Jakarta, Presiden Prabowo berbicara tentang Kabinet Indonesia Maju.", "id")
    assert found.types() == {"Jakarta": "Place", "Prabowo Subianto": "Person",
                             "Kabinet Indonesia Maju": "Organization"}
