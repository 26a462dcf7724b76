"""Indonesian constructions of ordinary news that the word windows missed (issue 9, unseen-news work): each a
class of sentences, tested with sentences written for the purpose, positive and negative, by the exact fact."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

EU, BELARUS, US, CUBA = "Uni Eropa", "Belarus", "Amerika Serikat", "Kuba"


# --------------------------------------------------------------------------- sanksi sebagai kata benda


@pytest.mark.parametrize(("text", "imposer", "target"), [
    # a relative passive clause: its agent right after the verb, or after "oleh"
    ("Sanksi yang dijatuhkan Uni Eropa kepada Belarus diperpanjang.", EU, BELARUS),
    ("Sanksi yang diberlakukan oleh Amerika Serikat terhadap Kuba sudah berlangsung puluhan tahun.", US, CUBA),
    ("Embargo yang diberlakukan Amerika Serikat terhadap Kuba dikritik banyak negara.", US, CUBA),
    # a possessor right after the noun, a capital standing for its government
    ("Sanksi Washington terhadap Moskwa mulai berlaku pekan lalu.", "Washington", "Moscow"),
    ("Sanksi Amerika Serikat atas Kuba diperluas.", US, CUBA),
])
def test_a_nominal_sanction_names_its_imposer_and_target(text: str, imposer: str, target: str) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == {((imposer,), (target,))}


def test_a_sanction_imposed_by_no_one_named_has_no_imposer() -> None:
    assert read("Sanksi yang dijatuhkan kepada Belarus diperpanjang.", "id").events(
        EventKind.SANCTION) == {((), (BELARUS,))}


@pytest.mark.parametrize("text", [
    "Uni Eropa mencabut sanksi yang dijatuhkan kepada Belarus.",  # lifted
    "Uni Eropa mengancam akan menjatuhkan sanksi kepada Belarus.",  # threatened
])
def test_lifted_or_negated_nominal_sanctions_are_not_asserted(text: str) -> None:
    found = read(text, "id")
    assert found.events(EventKind.SANCTION) == set()
    assert {EU, BELARUS} <= found.entity_names()

