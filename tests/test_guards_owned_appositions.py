"""Guards of members tied to an owner and names apposed to what a possessive owns (``kg/extract/members.py``
``_members_of``, ``named_after_owner``, ``apposed_to_owned``; session 12) that no test of the construction noticed
when mutated by hand (branch mut17): only an organisation after the owner's possessive takes the owner's place, the
name after an owner's comma must be a body or a person (not the next clause's subject), a relative pronoun closes
the apposition, and texts cut short after the owner, the comma or the name. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

US = "United States of America"


def test_firms_tied_to_an_owned_office_name_the_person_apposed() -> None:
    x = read("Canada sanctioned five firms tied to Iran's defence minister, Ana Ruiz.", "en")
    assert x.events(EventKind.SANCTION) == {(("Canada",), ("Ana Ruiz",))}


def test_a_relative_pronoun_closes_the_apposition_to_an_owned_body() -> None:
    x = read("The United States sanctioned Iran's shipping line, Sea Star Logistics which ships oil.", "en")
    assert x.events(EventKind.SANCTION) == {((US,), ("Sea Star Logistics",))}


def test_a_country_opening_a_clause_after_the_owners_comma_is_no_member() -> None:
    x = read("Amerika Serikat menjatuhkan sanksi terhadap dua perusahaan Rusia, Peru mengatakan.", "id")
    assert x.events(EventKind.SANCTION) == {(("Amerika Serikat",), ("Rusia",))}
    assert x.events(EventKind.STATEMENT) == {(("Peru",), ())}


@pytest.mark.parametrize(("text", "fact"), [
    ("Canada met Peru on Monday. Canada sanctioned five firms linked to Iran", (("Canada",), ("Iran",))),
    ("Canada met Peru on Monday. Canada sanctioned five firms tied to Hamas", (("Canada",), ("Hamas",))),
    ("Chile met Peru. The United States sanctioned Iran's defence minister,", ((US,), ("Iran",))),
    ("Chile met Peru. The United States sanctioned Iran's shipping line, Sea Star Logistics",
     ((US,), ("Sea Star Logistics",))),
])
def test_a_text_cut_short_after_the_owner_keeps_the_sanction(text: str, fact: tuple) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {fact}
