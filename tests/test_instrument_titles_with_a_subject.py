"""A titled instrument goes on past a lowercase topic preposition or "against" (issue 9, session 18, branch en18t):
"the United Nations Convention against Cybercrime", "Nota Kesepahaman tentang Kerja Sama Pertanian" are one name
each — the capitalised subject no gazetteer knows belongs to the title, so the parties are parties to the whole
instrument, not to a name cut at the preposition. A known name after the preposition ("the Lima Agreement against
Bolivia", "Perjanjian Lima tentang Bolivia") or a preposition after no instrument head ("Pernyataan Prabowo tentang
Kerja Sama Pertanian") joins nothing. English and Indonesian; sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import RelationKind


@pytest.mark.parametrize(("text", "lang", "treaty", "parties"), [
    ("Chile and Peru signed the United Nations Convention against Cybercrime in Hanoi on Saturday.", "en",
     "United Nations Convention against Cybercrime", ("Chile", "Peru")),
    ("Chile and Peru signed the Convention concerning Forced Labour in Geneva on Monday.", "en",
     "Convention concerning Forced Labour", ("Chile", "Peru")),
    ("Chili dan Peru menandatangani Nota Kesepahaman tentang Kerja Sama Pertanian di Lima, Senin.", "id",
     "Nota Kesepahaman tentang Kerja Sama Pertanian", ("Chili", "Peru")),
    ("Chili dan Peru menandatangani Deklarasi Bersama mengenai Kemitraan Strategis, Senin.", "id",
     "Deklarasi Bersama mengenai Kemitraan Strategis", ("Chili", "Peru")),
], ids=["en-against", "en-concerning", "id-tentang", "id-mengenai"])
def test_the_subject_belongs_to_the_title(text: str, lang: str, treaty: str, parties: tuple[str, str]) -> None:
    found = read(text, lang)
    assert treaty in found.entity_names()
    assert {(p, treaty) for p in parties} <= found.relations(RelationKind.TREATY_PARTY)


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Chile and Peru signed the Lima Agreement against Bolivia on Saturday.", "en",
     {"Chile", "Peru", "Lima Agreement", "Bolivia"}),
    ("Chili dan Peru menandatangani Perjanjian Lima tentang Bolivia, Senin.", "id",
     {"Chili", "Peru", "Perjanjian Lima", "Bolivia"}),
    ("Pernyataan Prabowo tentang Kerja Sama Pertanian disambut baik.", "id", {"Prabowo"}),
], ids=["en-known-name", "id-known-name", "id-no-instrument"])
def test_a_known_name_or_no_instrument_joins_nothing(text: str, lang: str, names: set[str]) -> None:
    assert read(text, lang).entity_names() == names
