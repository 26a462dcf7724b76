"""The signers of a treaty are its parties; another treaty standing among the signers' names ("Under the Osaka
Accord, Japan and Brazil signed …", "… oleh Jepang, Brasil dan Perjanjian Osaka") is never a party of it.
Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "treaty", "other", "parties"), [
    ("Under the Osaka Accord, Japan and Brazil signed the Kalmar Treaty in Tokyo.", "en", "Kalmar Treaty",
     "Osaka Accord", ("Japan", "Brazil")),
    ("The Kalmar Treaty was signed by Japan, Brazil and the Osaka Accord.", "en", "Kalmar Treaty", "Osaka Accord",
     ("Japan", "Brazil")),
    ("Perjanjian Kalmar ditandatangani oleh Jepang, Brasil dan Perjanjian Osaka.", "id", "Perjanjian Kalmar",
     "Perjanjian Osaka", ("Jepang", "Brasil")),
])
def test_a_treaty_among_the_signers_is_no_party(text: str, lang: str, treaty: str, other: str,
                                                parties: tuple[str, str]) -> None:
    found = read(text, lang)
    assert found.types()[other] == "Treaty"
    assert found.relations(RelationKind.TREATY_PARTY) == {(parties[0], treaty), (parties[1], treaty)}
    assert found.events(EventKind.AGREEMENT) == {(tuple(sorted(parties)), ())}
