"""The portfolio a title is held for, between the title and its holder (issue 9, session 17, branch fix17): "Deputy
Foreign Minister for Trade and Economic Affairs Ana Ruiz met Marta Vidal" names Ana Ruiz and their meeting — a
preposition of ``portfolio_prepositions`` ("for", "untuk") and capitalised common words, coordinated at most, belong
to the title; the holder's name follows them. Without a name after it the portfolio names no one, and a coordinator
before a name ("the Minister for Trade and Marta Vidal") ends it. English and Indonesian, by the exact fact.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Deputy Foreign Minister for Trade and Economic Affairs Ana Ruiz met Marta Vidal.", "en"),
    ("Minister for Trade and Industry Ana Ruiz met Marta Vidal.", "en"),
    ("Menteri untuk Perdagangan dan Urusan Ekonomi Ana Ruiz bertemu Marta Vidal.", "id"),
], ids=["en-deputy-two-portfolios", "en-title-ending-in-portfolio", "id-untuk"])
def test_the_holder_after_the_portfolio_is_named_and_meets(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.types() == {"Ana Ruiz": "Person", "Marta Vidal": "Person"}
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("The Minister for Trade and Economic Affairs met Marta Vidal.", "en"),
    ("The Minister for Trade and Marta Vidal met on Monday.", "en"),
    ("Menteri untuk Perdagangan dan Urusan Ekonomi bertemu Marta Vidal.", "id"),
], ids=["en-no-holder", "en-coordinated-name", "id-no-holder"])
def test_a_portfolio_without_a_holder_names_no_one(text: str, lang: str) -> None:
    assert read(text, lang).entity_names() == {"Marta Vidal"}
