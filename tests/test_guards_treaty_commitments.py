"""Guards of the commitment reading of treaty parties (``kg/extract/commitments.py``, session 12) that no test of
the construction noticed when mutated by hand (branch mut17): the name after the preposition must be a treaty, the
noun's owner may stand past two modifiers, a capital or punctuation right after the commitment ends it, and a text
cut short after the commitment noun is read to its end. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Japan reaffirmed its commitment to the Philippines.", "en", "Philippines"),
    ("Japan's commitment to the Philippines is strong.", "en", "Philippines"),
    ("Jepang menegaskan komitmennya terhadap Filipina.", "id", "Filipina"),
])
def test_a_commitment_to_a_country_makes_no_treaty_party(text: str, lang: str, name: str) -> None:
    x = read(text, lang)
    assert name in x.entity_names()
    assert x.relations(RelationKind.TREATY_PARTY) == set()


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("Japan's renewed strong commitment to the Paris Agreement was discussed.", "en", ("Japan", "Paris Agreement")),
    ("The United States' ironclad historic commitment to the Paris Agreement was discussed.", "en",
     ("United States of America", "Paris Agreement")),
])
def test_the_owner_past_two_modifiers_is_a_party(text: str, lang: str, party: tuple[str, str]) -> None:
    """English only: a possessor before the noun (Indonesian names the owner right after it)."""
    assert read(text, lang).relations(RelationKind.TREATY_PARTY) == {party}


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Japan's commitment, the Paris Agreement and trade were discussed.", "en", "Paris Agreement"),
    ("Komitmen Jepang, Perjanjian Paris dan perdagangan dibahas.", "id", "Perjanjian Paris"),
])
def test_a_treaty_listed_after_a_comma_is_no_commitments_object(text: str, lang: str, name: str) -> None:
    x = read(text, lang)
    assert name in x.entity_names()
    assert x.relations(RelationKind.TREATY_PARTY) == set()


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("Japan signed the Paris Agreement. Japan reaffirmed its commitment", "en", ("Japan", "Paris Agreement")),
    ("Japan signed the Paris Agreement. Japan's commitment", "en", ("Japan", "Paris Agreement")),
    ("Jepang menandatangani Perjanjian Paris. Jepang menegaskan komitmennya", "id", ("Jepang", "Perjanjian Paris")),
    ("Jepang menandatangani Perjanjian Paris. Komitmen Jepang", "id", ("Jepang", "Perjanjian Paris")),
])
def test_a_text_cut_short_after_the_commitment_keeps_the_signing_before(text: str, lang: str,
                                                                        party: tuple[str, str]) -> None:
    assert read(text, lang).relations(RelationKind.TREATY_PARTY) == {party}


# "its commitment to" and a treaty written with no article: the preposition right after the noun leads to it (mut22,
# seed 211: commitments._commitment_owner 58 — the words after "its commitment" read from one token too far)
@pytest.mark.parametrize(("text", "treaty"), [
    ("Chile reaffirmed its commitment to NPT.", "Treaty on the Non-Proliferation of Nuclear Weapons"),
    ("Chile reaffirmed its commitment to Treaty of Lima.", "Treaty of Lima"),
], ids=["acronym", "name"])
def test_its_commitment_to_a_treaty_with_no_article_makes_the_subject_a_party(text: str, treaty: str) -> None:
    assert read(text, "en").relations(RelationKind.TREATY_PARTY) == {("Chile", treaty)}


def test_its_commitment_with_the_treaty_in_another_phrase_makes_no_party() -> None:
    found = read("Chile reaffirmed its commitment on Monday, Treaty of Lima officials said.", "en")
    assert {"Chile", "Treaty of Lima"} <= found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
