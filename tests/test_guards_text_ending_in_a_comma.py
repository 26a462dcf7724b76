"""A text cut short right after a comma (a snippet, a feed's truncated lead): the clause reading that dates events
looks at the word after a comma only inside the sentence, so the text is read to its end and gives what it says.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("Chile met Peru on Monday and Bolivia on Tuesday,", "en", ("Chile", "Peru")),
    ("Chile bertemu Peru pada Senin dan Bolivia pada Selasa,", "id", ("Chili", "Peru")),
    ("Chile met Peru on Monday and Bolivia on Tuesday.", "en", ("Chile", "Peru")),
])
def test_a_text_ending_in_a_comma_is_read_to_its_end(text: str, lang: str, parties: tuple[str, str]) -> None:
    x = read(text, lang)
    assert "Bolivia" in x.entity_names()
    assert x.events(EventKind.MEETING) == {(parties, ())}
