"""A title, a unit of a body and the holder's name in one capitalised run — "Kepala Biro Humas Kementerian
Pertahanan X", "Kepala Biro Humas Kementerian Luar Negeri X" — is the unit (its head word and domain, then the body
it belongs to, known to the gazetteer or a head with a domain of its own) and then a person: the unit's head speaks,
not the unit. A run whose last words are a domain is one body ("Biro Humas Kementerian Pertahanan mengatakan …")."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "unit"), [
    ("Kepala Biro Humas Kementerian Pertahanan Andi Pratama mengatakan Indonesia berminat membeli kapal selam.",
     "Biro Humas Kementerian Pertahanan"),
    ("Kepala Biro Humas Kementerian Luar Negeri Andi Pratama mengatakan Indonesia berminat membeli kapal selam.",
     "Biro Humas Kementerian Luar Negeri"),
    # a known body whose words are no portfolio nor domain ("Mahkamah Agung": the Supreme Court) — only the
    # gazetteer's span carries the unit past it (mut20, seed 199: shapes._name_after_portfolio_body 20)
    ("Kepala Biro Humas Mahkamah Agung Andi Pratama mengatakan Indonesia berminat membeli kapal selam.",
     "Biro Humas Mahkamah Agung"),
])
def test_the_units_head_is_a_person(text: str, unit: str) -> None:
    found = read(text, "id")
    assert found.types()["Andi Pratama"] == "Person"
    assert found.types()[unit] == "Organization"
    assert found.relations(RelationKind.LEADER_OF) == {("Andi Pratama", unit)}
    assert found.events(EventKind.STATEMENT) == {(("Andi Pratama",), ())}


def test_a_unit_with_no_holder_is_one_body() -> None:
    found = read("Biro Humas Kementerian Pertahanan mengatakan Indonesia berminat membeli kapal selam.", "id")
    assert found.events(EventKind.STATEMENT) == {(("Biro Humas Kementerian Pertahanan",), ())}
    assert "Person" not in found.types().values()


def test_a_unit_of_a_body_the_gazetteer_does_not_know() -> None:
    found = read("Kepala Biro Humas Kementerian Ketenagakerjaan Andi Pratama mengatakan pekerja migran dilindungi.",
                 "id")
    assert found.types()["Andi Pratama"] == "Person"
    assert found.events(EventKind.STATEMENT) == {(("Andi Pratama",), ())}



def test_no_holder_after_the_body() -> None:
    found = read("Kepala Biro Humas Kementerian Pertahanan mengatakan Indonesia berminat membeli kapal selam.", "id")
    assert found.types() == {"Biro Humas Kementerian Pertahanan": "Organization", "Indonesia": "Country"}
