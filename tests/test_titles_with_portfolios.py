"""A title whose portfolio follows "for" (branch en13a, issue 9): "High Commissioner for Human Rights X", "Minister
for Foreign Affairs X" — English titles of the lexicon, so the portfolio is no part of the name after it and the
body before the title is the holder's. Without the title, a name made of the same words stays whole ("Human Rights
Watch"). Indonesian writes the portfolio without a preposition ("Menteri Luar Negeri"), which its titles already
read. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize("title", ["U.N. High Commissioner for Human Rights", "UN High Commissioner for Refugees"])
def test_the_name_after_a_portfolio_title_is_the_accuser(title: str) -> None:
    found = read(f"{title} Ana Ruiz accused Peru of torture.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Ana Ruiz",), ("Peru",))}
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "United Nations")}


def test_a_minister_for_a_portfolio_meets_as_a_person() -> None:
    found = read("Minister for Foreign Affairs Ana Ruiz met Marta Vidal in Lima.", "en")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


def test_the_same_words_without_a_title_stay_a_name() -> None:
    found = read("On Monday, Human Rights Watch accused Peru of torture.", "en")
    assert found.events(EventKind.ACCUSATION) == {(("Human Rights Watch",), ("Peru",))}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()


def test_a_body_named_after_the_words_of_the_title_is_no_person() -> None:
    found = read("The U.N. human rights office accused Peru of torture.", "en")
    assert "Ana Ruiz" not in found.entity_names()
    assert found.events(EventKind.ACCUSATION) == {(("United Nations",), ("Peru",))}
