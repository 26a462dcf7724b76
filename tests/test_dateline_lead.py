"""A wire dateline is no part of the clause after its dash (branch en12a, issue 9): in "KINSHASA (Reuters) -
Congolese President Ana Ruiz accused Peru …" the descriptive words before the name open the clause, and the news
agency in the dateline is no subject. "Congolese" names no single country (it is no demonym), so only the dash tells
where the clause starts. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize("text", [
    "KINSHASA, Jan 27 (Reuters) - Congolese President Ana Ruiz on Monday accused Peru of sending troops.",
    "KINSHASA (Reuters) - Congolese President Ana Ruiz accused Peru of sending troops.",
    "LIMA (AP) \u2014 Veteran opposition leader Ana Ruiz on Monday accused Peru of sending troops.",
])
def test_the_name_after_the_dateline_dash_is_the_subject(text: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.ACCUSATION) == {(("Ana Ruiz",), ("Peru",))}


@pytest.mark.parametrize("text", [
    "KINSHASA (Reuters) - Congolese President Ana Ruiz accused Peru of sending troops.",
    # a coordinated verb shares the clause's subject, not the dateline's agency
    "KINSHASA (Reuters) - Congolese President Ana Ruiz accused Peru of sending troops to help rebels seize the city"
    " of Goma, and said Lima would cut ties.",
])
def test_the_agency_of_the_dateline_says_nothing(text: str) -> None:
    x = read(text, "en")
    assert "Reuters" in x.entity_names()
    assert x.events(EventKind.STATEMENT) == {(("Ana Ruiz",), ())}

