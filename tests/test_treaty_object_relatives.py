"""A relative clause whose object is the treaty before it (branch en17t, issue 9), English: with no relative pronoun
("the Lusaka Protocol the two governments signed in March"), and through a common-noun instrument in apposition to
the treaty ("the Lusaka Accords, the trade deals that Kenya signed with Ghana and Togo in 2019") — the clause's
subject and every partner after "with" are parties. A main clause after the treaty ("After the Lusaka Protocol the
two countries signed a trade deal") and a verb of refusing name none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


def test_a_relative_with_no_pronoun_makes_its_subject_parties() -> None:
    x = read("Kenya and Ghana met in Accra on Monday. Uganda welcomed the Lusaka Protocol the two governments "
             "signed in March.", "en")
    assert x.relations(RelationKind.TREATY_PARTY) == {("Kenya", "Lusaka Protocol"), ("Ghana", "Lusaka Protocol")}
    assert (("Ghana", "Kenya"), ()) in x.events(EventKind.AGREEMENT)


def test_a_main_clause_after_the_treaty_is_no_relative() -> None:
    x = read("After the Lusaka Protocol the two countries signed a trade deal.", "en")
    assert "Lusaka Protocol" in x.entity_names()
    assert not {party for party in x.relations(RelationKind.TREATY_PARTY) if party[1] == "Lusaka Protocol"}


@pytest.mark.parametrize(("text", "treaty"), [
    ("Kenya and Ghana met in Accra on Monday. Uganda praised the Lusaka Protocol the two governments rejected in "
     "March.", "Lusaka Protocol"),
    ("Kenya and Ghana met in Accra on Monday. Uganda praised the Lusaka Protocol the two governments criticised in "
     "March.", "Lusaka Protocol"),
    ("Uganda welcomed the Lusaka Accords, the trade deals that Kenya rejected in 2019.", "Lusaka Accords"),
])
def test_a_relative_of_another_verb_names_no_party(text: str, treaty: str) -> None:
    x = read(text, "en")
    assert {"Kenya", treaty} <= x.entity_names()
    assert x.relations(RelationKind.TREATY_PARTY) == set()


def test_an_apposed_instrument_noun_carries_the_relative_to_the_treaty() -> None:
    x = read("Uganda welcomed the Lusaka Accords, the trade deals that Kenya signed with Ghana and Togo in 2019.", "en")
    assert x.relations(RelationKind.TREATY_PARTY) == {("Kenya", "Lusaka Accords"), ("Ghana", "Lusaka Accords"),
                                                       ("Togo", "Lusaka Accords")}


def test_an_apposed_instrument_noun_with_a_subject_alone() -> None:
    x = read("Uganda welcomed the Lusaka Accords, the trade deals that Kenya signed in 2019.", "en")
    assert x.relations(RelationKind.TREATY_PARTY) == {("Kenya", "Lusaka Accords")}


def test_every_partner_after_with_is_a_party() -> None:
    x = read("Kenya signed the Lusaka Accords with Ghana and Togo on Monday.", "en")
    assert x.relations(RelationKind.TREATY_PARTY) == {("Kenya", "Lusaka Accords"), ("Ghana", "Lusaka Accords"),
                                                       ("Togo", "Lusaka Accords")}
