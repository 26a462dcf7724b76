"""Guards of Indonesian co-agents joined by a comitative (``kg/extract/arguments.py`` ``_comitative_subjects``,
session 12) that no test of the construction noticed when mutated by hand (branch mut17): a comma joins the names
before the comitative as "dan" does ("Amerika Serikat, Inggris bersama Kanada" — all three impose). The negatives (a
comitative after the object, a common noun) are in test_comitative_subjects_id.py. Indonesian: English "together
with" is read by the parse. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

ALL_THREE = ("Amerika Serikat", "Britania Raya", "Kanada")


@pytest.mark.parametrize("text", [
    "Amerika Serikat, Inggris bersama Kanada menjatuhkan sanksi terhadap Iran.",
    "Amerika Serikat dan Inggris bersama Kanada menjatuhkan sanksi terhadap Iran.",
])
def test_names_listed_before_the_comitative_all_impose(text: str) -> None:
    assert read(text, "id").events(EventKind.SANCTION) == {(ALL_THREE, ("Iran",))}

