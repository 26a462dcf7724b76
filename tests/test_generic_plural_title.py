"""A generic plural title refers to any pair (session 18, the lead, at the merge): "the two leaders", "kedua
pemimpin" are said of ministers heading their delegations as well as of heads of state — en18t's title classes
("the two ministers" skip leaders, "kedua kepala negara" takes leaders first) no longer apply to the generic word
(``titles.generic``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ("Secretary of State Ana Ruiz met Foreign Minister Marta Vidal in Lima. The leaders committed to working "
     "together.", "en"),
    ("Menteri Luar Negeri Ana Ruiz bertemu Menteri Luar Negeri Marta Vidal di Lima. Kedua pemimpin sepakat "
     "memperkuat kerja sama.", "id"),
])
def test_the_generic_title_refers_to_two_ministers(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.AGREEMENT) == {(("Ana Ruiz", "Marta Vidal"), ())}


def test_a_specific_title_still_keeps_to_its_class() -> None:
    text = ("Presiden Joko Widodo dan Ibu Negara Iriana disambut Presiden William Ruto. Kedua kepala negara sepakat "
            "memperkuat kerja sama.")
    assert read(text, "id").events(EventKind.AGREEMENT) == {(("Joko Widodo", "William Ruto"), ())}
