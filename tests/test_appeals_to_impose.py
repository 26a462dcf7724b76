"""An appeal to impose sanctions asserts none (branch en12s, issue 9): "X urged the United States to impose sanctions
on Cuba" — the appeal verb governs the infinitive clause however far it stands from the sanction noun (past the
object and a time phrase) and however the parse attaches the clause; a purpose clause after an imposed sanction
("imposed sanctions on Cuba to punish …") leaves it asserted. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

US = "United States of America"
EU = "European Union"


@pytest.mark.parametrize("text", [
    "Mexico's foreign minister urged the United States to impose sanctions on Cuba.",
    "Mexico's foreign minister urged the United States on Monday to impose sanctions on Cuba.",
    "Poland has repeatedly called on the European Union to impose sanctions on Belarus.",
    "Britain asked Canada to impose sanctions on Iran.",
])
def test_an_appeal_to_impose_sanctions_is_no_sanction(text: str) -> None:
    x = read(text, "en")
    assert len(x.entity_names()) == 3
    assert x.events(EventKind.SANCTION) == set()


@pytest.mark.parametrize(("text", "fact"), [
    ("The United States imposed sanctions on Cuba to punish the government.", ((US,), ("Cuba",))),
    ("The European Union imposed new sanctions on Belarus to raise the pressure.", ((EU,), ("Belarus",))),
])
def test_a_purpose_clause_leaves_the_sanction_asserted(text: str, fact: tuple) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {fact}


def test_an_appeal_in_indonesian_is_no_sanction() -> None:
    x = read("Menteri Luar Negeri Meksiko mendesak Amerika Serikat untuk menjatuhkan sanksi terhadap Kuba.", "id")
    assert {"Amerika Serikat", "Kuba"} <= x.entity_names()
    assert x.events(EventKind.SANCTION) == set()


def test_an_imposed_sanction_in_indonesian_is_asserted() -> None:
    x = read("Amerika Serikat menjatuhkan sanksi terhadap Kuba untuk menghukum pemerintah.", "id")
    assert x.events(EventKind.SANCTION) == {(("Amerika Serikat",), ("Kuba",))}
