"""The countries a document is about, as the offline linker reads them from its people (``kg.extract.entities``): a
person named in full and linked supports the country they serve; a surname alone links nobody and supports nothing.
Here that decides "Georgia": beside a US leader named in full it may be the US state the gazetteer does not list,
so it is left unlinked; beside the bare surname it is the country. Names are the gazetteer's; sentences written for
these tests."""

from __future__ import annotations

import pytest
from facts import read

GEORGIA = "Q230"


def linked(text: str, lang: str) -> dict[str, str | None]:
    return {e.name: e.qid for e in read(text, lang).extraction.entities}


@pytest.mark.parametrize(("text", "lang", "russia"), [
    ("Joe Biden spoke on Monday. Georgia accused Russia of spying.", "en", "Russia"),
    ("Joe Biden berbicara pada hari Senin. Georgia menuduh Rusia melakukan spionase.", "id", "Rusia"),
])
def test_a_leader_named_in_full_makes_georgia_possibly_his_country_s_state(text: str, lang: str,
                                                                            russia: str) -> None:
    assert linked(text, lang) == {"Joe Biden": "Q6279", "Georgia": None, russia: "Q159"}


@pytest.mark.parametrize(("text", "lang", "russia"), [
    ("Biden spoke on Monday. Georgia accused Russia of spying.", "en", "Russia"),
    ("Biden berbicara pada hari Senin. Georgia menuduh Rusia melakukan spionase.", "id", "Rusia"),
])
def test_a_surname_alone_supports_no_country_and_georgia_is_the_country(text: str, lang: str, russia: str) -> None:
    assert linked(text, lang) == {"Biden": None, "Georgia": GEORGIA, russia: "Q159"}
