"""The gazetteer matches a name only where every word it writes with a capital is capitalised in the text too:
"New Zealand", "Korea Selatan" are countries; "New zealand", "Korea selatan" (a capital only on the first word)
are not read from the gazetteer. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Japan and Brazil discussed New Zealand in Tokyo.", "en", "New Zealand"),
    ("Jepang dan Brasil membahas Korea Selatan di Tokyo.", "id", "Korea Selatan"),
])
def test_a_name_capitalised_as_the_gazetteer_writes_it_is_matched(text: str, lang: str, country: str) -> None:
    assert read(text, lang).types().get(country) == "Country"


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Japan and Brazil discussed New zealand in Tokyo.", "en", "New Zealand"),
    ("Japan and Brazil discussed the United states in Tokyo.", "en", "United States of America"),
    ("Jepang dan Brasil membahas Korea selatan di Tokyo.", "id", "Korea Selatan"),
])
def test_a_later_word_in_lower_case_is_no_gazetteer_name(text: str, lang: str, country: str) -> None:
    found = read(text, lang)
    assert {"Tokyo"} <= found.entity_names()
    assert country not in found.entity_names()
