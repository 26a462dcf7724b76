"""A treaty as the subject of a passive signing verb: named where the sentence opens ("Perjanjian Kalmar
ditandatangani oleh …", "The Kalmar Treaty was signed by …"), or taken up by "the treaty" / "perjanjian itu" from
an earlier sentence. The signers are its parties and made an agreement; "the treaty" with no treaty named before
is no treaty of anyone (its signers still agreed). Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "treaty", "parties"), [
    ("Perjanjian Kalmar ditandatangani oleh Jepang dan Brasil di Tokyo.", "id", "Perjanjian Kalmar",
     ("Jepang", "Brasil")),
    ("The Kalmar Treaty was signed by Japan and Brazil in Tokyo.", "en", "Kalmar Treaty", ("Japan", "Brazil")),
])
def test_a_treaty_opening_the_sentence_is_what_the_passive_signers_signed(text: str, lang: str, treaty: str,
                                                                          parties: tuple[str, str]) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(parties[0], treaty), (parties[1], treaty)}
    assert found.events(EventKind.AGREEMENT) == {(tuple(sorted(parties)), ())}


@pytest.mark.parametrize(("text", "lang", "treaty", "parties"), [
    ("Jepang dan Brasil merundingkan Perjanjian Kalmar selama dua tahun. "
     "Perjanjian itu ditandatangani oleh Jepang dan Brasil di Tokyo.", "id", "Perjanjian Kalmar", ("Jepang", "Brasil")),
    ("Japan and Brazil negotiated the Kalmar Treaty for two years. The treaty was signed by Japan and Brazil in Tokyo.",
     "en", "Kalmar Treaty", ("Japan", "Brazil")),
])
def test_the_treaty_opening_a_passive_is_the_last_treaty_named(text: str, lang: str, treaty: str,
                                                               parties: tuple[str, str]) -> None:
    found = read(text, lang)
    assert found.relations(RelationKind.TREATY_PARTY) == {(parties[0], treaty), (parties[1], treaty)}
    assert found.events(EventKind.AGREEMENT) == {(tuple(sorted(parties)), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Perjanjian itu ditandatangani oleh Jepang dan Brasil di Tokyo.", "id"),
    ("The treaty was signed by Japan and Brazil in Tokyo.", "en"),
])
def test_the_treaty_with_no_treaty_named_before_has_no_parties(text: str, lang: str) -> None:
    found = read(text, lang)
    assert len(found.entity_names()) == 3  # the two countries and the city are found
    assert found.relations(RelationKind.TREATY_PARTY) == set()
    # signing a deal together is an agreement (GUIDELINES "agreement"), named or not (session 9)
    assert len(found.events(EventKind.AGREEMENT)) == 1
