"""A commitment owed under a treaty tells its parties: the commitment's owner ("the United States' commitment to
T", "komitmen Washington terhadap T"; "its commitment", "komitmennya": the subject) and a partner after the treaty
("… with the Philippines", "… dengan Filipina"). No agreement is told by it. A negated commitment, or one to
something that is no treaty, names no party. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "parties", "treaty"), [
    ("Blinken reaffirmed the United States' ironclad commitment to the 1951 Mutual Defense Treaty with the "
     "Philippines.", "en", {"United States of America", "Philippines"}, "Mutual Defense Treaty"),
    ("Marcos meragukan komitmen Amerika Serikat terhadap Perjanjian Pertahanan Bersama dengan Filipina.", "id",
     {"Amerika Serikat", "Filipina"}, "Perjanjian Pertahanan Bersama"),
    ("Indonesia reaffirmed its commitment to the Paris Agreement.", "en", {"Indonesia"}, "Paris Agreement"),
    ("Indonesia menegaskan komitmennya terhadap Perjanjian Paris.", "id", {"Indonesia"}, "Perjanjian Paris"),
    ("Japan's commitment to the Paris Agreement is strong.", "en", {"Japan"}, "Paris Agreement"),
])
def test_the_owner_of_a_commitment_under_a_treaty_is_a_party(text: str, lang: str, parties: set[str],
                                                             treaty: str) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(p, treaty) for p in parties}
    assert found.events(EventKind.AGREEMENT) == set()


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Amerika Serikat tidak memiliki komitmen terhadap Perjanjian Paris.", "id", "Amerika Serikat"),
    ("The United States has no commitment to the Paris Agreement.", "en", "United States of America"),
    ("Japan questioned its commitment to growth in talks with the Philippines.", "en", "Japan"),
    ("Jepang menegaskan komitmennya terhadap pertumbuhan ekonomi bersama Filipina.", "id", "Jepang"),
])
def test_a_negated_commitment_or_one_to_no_treaty_names_no_party(text: str, lang: str, name: str) -> None:
    found = read(text, lang)
    assert name in found.entity_names()
    assert found.relations(RelationKind.TREATY_PARTY) == set()
