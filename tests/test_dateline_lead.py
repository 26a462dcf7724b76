"""A wire dateline is no part of the clause after its dash (branch en12a, issue 9): in "KINSHASA (Reuters) -
Congolese President Ana Ruiz accused Peru …" the descriptive words before the name open the clause, and the news
agency in the dateline is no subject — not even when the clause's subject names no one ("LIMA (AP) - Officials
accused Chile …, saying"). "Congolese" names no single country (it is no demonym), so only the dash tells where the
clause starts. A pair of dashes around an aside is no dateline. Sentences written for these tests."""

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



@pytest.mark.parametrize("text", [
    "LIMA (AP) \u2014 Officials on Monday accused Chile of spying, saying the evidence was clear.",
    "GENEVA, March 20 (Reuters) - Several governments condemned the strikes, telling the council they were crimes.",
])
def test_an_unnamed_subject_after_the_dateline_leaves_no_speaker(text: str) -> None:
    x = read(text, "en")
    assert {"AP", "Reuters"} & x.entity_names()
    assert x.events(EventKind.STATEMENT) == set()
    assert x.events(EventKind.ACCUSATION) == set()


def test_dashes_around_an_aside_are_no_dateline() -> None:
    x = read("Ana Ruiz \u2013 who arrived on Monday \u2013 accused Chile of spying.", "en")
    assert x.events(EventKind.ACCUSATION) == {(("Ana Ruiz",), ("Chile",))}
