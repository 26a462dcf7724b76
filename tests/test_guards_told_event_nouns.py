"""Guards of an English event noun referring to an act told before (``kg/extract/told_events.py`` ``_referring``,
session 12) that no test of the construction noticed when mutated by hand (branch mut17): a demonstrative before the
noun refers back as "the" does ("These measures target X" after a sanction: its imposer's), past the event-noun
modifiers ("the latest measures"); with no sanction told before, a general noun refers to nothing. English: Indonesian
marks reference after the noun ("sanksi itu", test_told_sanctions_id.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind

EU = "European Union"
TOLD = "The European Union imposed sanctions on Iran on Monday. "
ON_IRAN = ((EU,), ("Iran",))


@pytest.mark.parametrize("text", [
    "These measures target Hezbollah.",
    "Those sanctions also hit Hezbollah.",
    "These latest measures target Hezbollah.",
    "The latest measures target Hezbollah.",
    "Later, these measures also hit Hezbollah.",
])
def test_a_demonstrative_or_article_before_the_noun_refers_to_the_sanction_told_before(text: str) -> None:
    assert read(TOLD + text, "en").events(EventKind.SANCTION) == {ON_IRAN, ((EU,), ("Hezbollah",))}


@pytest.mark.parametrize("text", [
    "Canada met Iran on Monday. These measures target Hezbollah.",
    "Canada met Iran on Monday. The latest measures target Hezbollah.",
])
def test_a_general_noun_with_no_sanction_told_before_refers_to_nothing(text: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.MEETING) == {(("Canada", "Iran"), ())}
    assert x.events(EventKind.SANCTION) == set()
