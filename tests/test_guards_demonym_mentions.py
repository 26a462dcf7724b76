"""A nationality before a title and a name, or before its government, is a mention of the country found by the
``demonym`` method (the evidence of the mention says how it was read); a nationality before a common noun names
no country. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read


def _countries(text: str) -> dict[str, list[tuple[str, str]]]:
    return {e.name: [(m.text, m.method) for m in e.mentions]
            for e in read(text, "en").extraction.entities if e.type.value == "Country"}


@pytest.mark.parametrize(("text", "country", "mention"), [
    ("Chilean President Gabriel Boric arrived in Lima on Monday.", "Chile", "Chilean"),
    ("The Sudanese government rejected the report.", "Sudan", "Sudanese government"),
])
def test_a_nationality_naming_its_country_is_a_demonym_mention(text: str, country: str, mention: str) -> None:
    assert _countries(text) == {country: [(mention, "demonym")]}


def test_a_nationality_before_a_common_noun_is_no_country() -> None:
    assert _countries("Chilean wine is popular in Lima.") == {}
