"""A text whose last sentence has no full stop (a headline, a cut-off feed item): a title after a comma that runs
to the very end ("X, the visiting prime minister") is read up to the text's end and no further
(``RoleFinder._after``); with or without the stop the facts are the same. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

ALBANESE = "Anthony Albanese"
TEXT = {
    "en": "Thailand welcomed Anthony Albanese, the visiting prime minister",
    "id": "Thailand menyambut Anthony Albanese, perdana menteri yang berkunjung",
}


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("stop", ["", "."])
def test_a_title_running_to_the_text_end_keeps_the_meeting(lang: str, stop: str) -> None:
    facts = read(TEXT[lang] + stop, lang)
    assert facts.events(EventKind.MEETING) == {((ALBANESE, "Thailand"), ())}
    assert facts.types() == {"Thailand": "Country", ALBANESE: "Person"}
