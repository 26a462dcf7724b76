""" "Tokyo praised X and accused her of …": a verb after a coordination shares the main clause's subject — resolved
as an agent, so a national capital acts for its country named in the text (``ReferredObjects.
_coordinated_verb_subjects``, mut18, seed 193: 27); a city that is no capital stays itself. Both languages (an
Indonesian object pronoun written apart: "menuduh dia"). Names and sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

TEXT = {
    "en": "Japan hosted the talks. {} praised Marta Vidal and accused her of fraud.",
    "id": "Jepang menjadi tuan rumah. {} memuji Marta Vidal dan menuduh dia melakukan kecurangan.",
}
JAPAN = {"en": "Japan", "id": "Jepang"}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_capital_accuses_for_its_country(lang: str) -> None:
    assert read(TEXT[lang].format("Tokyo"), lang).events(EventKind.ACCUSATION) == {((JAPAN[lang],), ("Marta Vidal",))}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_city_that_is_no_capital_accuses_as_itself(lang: str) -> None:
    assert read(TEXT[lang].format("Osaka"), lang).events(EventKind.ACCUSATION) == {(("Ōsaka",), ("Marta Vidal",))}
