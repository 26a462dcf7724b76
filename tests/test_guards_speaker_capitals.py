"""A capital named as the speaker after a quotation ("…," said Bangkok) speaks for its country when that country
is named in the text (``ArgumentSearch._speaker_after`` resolves the speaker as an agent); a city that is no
capital stays the speaker. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang"), [
    ('Thailand criticised the tariffs. "We reject the plan," said Bangkok on Monday.', "en"),
    ('Thailand mengkritik tarif itu. "Kami menolak rencana itu," kata Bangkok pada Senin.', "id"),
])
def test_a_capital_speaking_after_a_quote_is_its_country(text: str, lang: str) -> None:
    assert read(text, lang).events(EventKind.STATEMENT) == {(("Thailand",), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ('Thailand criticised the tariffs. "We reject the plan," said Shanghai on Monday.', "en"),
    ('Thailand mengkritik tarif itu. "Kami menolak rencana itu," kata Shanghai pada Senin.', "id"),
])
def test_a_city_that_is_no_capital_speaks_for_itself(text: str, lang: str) -> None:
    facts = read(text, lang)
    # Thailand's criticism of what no one named did is its own statement (branch en13a); the quotation is Shanghai's
    assert facts.events(EventKind.STATEMENT) == {(("Shanghai",), ()), (("Thailand",), ())}
    assert {"Thailand", "Shanghai"} <= facts.entity_names()
