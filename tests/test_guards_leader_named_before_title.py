""" "The President of Chile met X" after "President Ana Ruiz of Chile arrived": a leader's title before a country,
with no name after it, is the leader named before (``ArgumentSearch._resolve``, mut18: siblings of seed 193's 84 —
the test that no name or comma follows the country, and the bounds at a text's end, where the country is the last
word). Both languages; names and sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

BEFORE = {
    "en": "President Ana Ruiz of Chile arrived on Monday. ",
    "id": "Presiden Chile Ana Ruiz tiba pada Senin. ",
}


def test_the_title_of_the_country_is_its_leader_named_before() -> None:
    text = BEFORE["en"] + "The President of Chile met Marta Vidal."
    assert read(text, "en").events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


def test_with_no_leader_named_before_the_title_meets_no_one() -> None:
    x = read("The President of Chile met Marta Vidal.", "en")
    assert {"Chile", "Marta Vidal"} <= x.entity_names()
    assert x.events(EventKind.MEETING) == set()


@pytest.mark.parametrize(("lang", "last"), [
    ("en", "Marta Vidal met the President of Chile"), ("id", "Marta Vidal bertemu Presiden Chile")])
def test_a_leaders_title_and_country_last_in_a_text_are_the_leader(lang: str, last: str) -> None:
    assert read(BEFORE[lang] + last, lang).events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ())}


@pytest.mark.parametrize(("lang", "text", "party"), [
    ("en", "Foreign Minister Ana Ruiz of Chile arrived on Monday. Marta Vidal met the Foreign Minister of Chile",
     "Chile"),
    # Indonesian writes a definite title bare: the owned title with no name is the minister named before (id14)
    ("id", "Menteri Luar Negeri Chile Ana Ruiz tiba pada Senin. Marta Vidal bertemu Menteri Luar Negeri Chile",
     "Ana Ruiz"),
])
def test_a_ministers_title_and_country_last_in_a_text_are_read_to_the_end(lang: str, text: str, party: str) -> None:
    """The title and its country end the text: read to the end, whoever they are taken for."""
    assert read(text, lang).events(EventKind.MEETING) == {((party, "Marta Vidal"), ())}
