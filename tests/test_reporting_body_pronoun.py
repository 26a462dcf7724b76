"""A body reports its own act with "it" (branch en13s, issue 9): "The Treasury said it had sanctioned X", "Canada said
on Friday that it has imposed sanctions on X" — a body's pronoun right after a speech verb (past a complementiser
and the day) is the body or country that spoke; a report or a person that "said it …" names no imposer so, and an
act under consideration stays none. English: Indonesian "ia" is a person's. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "fact"), [
    ("The Treasury said it had sanctioned the Korea Sobaeksu Trading Company.",
     (("United States Department of the Treasury",), ("Korea Sobaeksu Trading Company",))),
    ("Canada said on Friday that it has imposed sanctions on Jean Dorvil.", (("Canada",), ("Jean Dorvil",))),
    ("South Korea's foreign ministry said Friday it had designated four North Korean officials.",
     (("South Korea",), ("North Korea",))),
])
def test_the_body_that_said_it_acted(text: str, fact: tuple) -> None:
    assert read(text, "en").events(EventKind.SANCTION) == {fact}


@pytest.mark.parametrize(("text", "target"), [
    ("The report said it had sanctioned the Korea Sobaeksu Trading Company.", "Korea Sobaeksu Trading Company"),
    ("The survey said it had sanctioned the Korea Sobaeksu Trading Company.", "Korea Sobaeksu Trading Company"),
])
def test_no_body_speaking_no_imposer(text: str, target: str) -> None:
    sanctions = read(text, "en").events(EventKind.SANCTION)
    assert not any(agents for agents, targets in sanctions if targets == (target,))


def test_an_act_considered_is_no_sanction() -> None:
    found = read("Canada said it was considering sanctions on Jean Dorvil.", "en")
    assert "Jean Dorvil" in found.entity_names()
    assert found.events(EventKind.SANCTION) == set()
