"""A nationality before a lowercase ministry, office or embassy of a state — "the Chilean foreign ministry", "the
Peruvian embassy" (the lexicon's ``state_bodies``) — is that state acting, as "the Chinese coast guard" is. Not
when its people follow ("a Chilean foreign ministry spokesman", "defence ministry officials": unnamed, they speak
for nobody named), and not capitalised ("the Chilean Foreign Ministry" is a body's name)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "kind", "state"), [
    ("The Chilean foreign ministry said Santiago opposed the plan.", EventKind.STATEMENT, "Chile"),
    ("The Peruvian embassy in Santiago denied the report.", EventKind.DENIAL, "Peru"),
    ("The Bolivian defence ministry accused Chile of spying.", EventKind.ACCUSATION, "Bolivia"),
])
def test_a_national_ministry_is_its_state(text: str, kind: EventKind, state: str) -> None:
    assert any(agents == (state,) for agents, _ in read(text, "en").events(kind))


@pytest.mark.parametrize("text", [
    "A Chilean foreign ministry spokesman said Santiago opposed the plan.",
    "Chilean defence ministry officials said the plan was dangerous.",
])
def test_its_unnamed_people_speak_for_no_one_named(text: str) -> None:
    assert read(text, "en").events(EventKind.STATEMENT) == set()


def test_a_capitalised_ministry_is_a_body_of_its_own() -> None:
    found = read("The Chilean Foreign Ministry said Santiago opposed the plan.", "en")
    assert found.events(EventKind.STATEMENT) == {(("Chilean Foreign Ministry",), ())}  # named with its owner (en14a)
