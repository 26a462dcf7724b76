"""A rank of several words before a name (session 18, en18a): "Major General X", "Lieutenant General X" is one form of
address, though "General" alone is a title — the name's phrase starts at "Major", so an apposition "A spokesman for
the junta, Major General X, denied …" is closed by its comma and X is the subject. Before, the phrase stopped at
"General" and the denial or statement had no subject. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "kind", "agent"), [
    ("A spokesman for the junta, Major General Ana Ruiz, denied that civilians had been targeted.",
     EventKind.DENIAL, "Ana Ruiz"),
    ("The army's spokesman, Lieutenant General Ana Ruiz, told reporters the talks had failed.",
     EventKind.STATEMENT, "Ana Ruiz"),
    ("A spokesman for the army, Brigadier General Ana Ruiz, accused Peru of shelling a village.",
     EventKind.ACCUSATION, "Ana Ruiz"),
])
def test_a_rank_of_several_words_opens_the_name(text: str, kind: EventKind, agent: str) -> None:
    assert {agents for agents, _ in read(text, "en").events(kind)} == {(agent,)}


@pytest.mark.parametrize(("text", "kind", "agent"), [
    # a one-word rank, as before
    ("A spokesman for the junta, General Ana Ruiz, denied that civilians had been targeted.",
     EventKind.DENIAL, "Ana Ruiz"),
    # the rank's words after a name are no part of it: "Major" does not reach back over the comma
    ("Peru's army chief, Ana Ruiz, denied that civilians had been targeted.", EventKind.DENIAL, "Ana Ruiz"),
])
def test_one_word_ranks_are_unchanged(text: str, kind: EventKind, agent: str) -> None:
    assert {agents for agents, _ in read(text, "en").events(kind)} == {(agent,)}


def test_a_rank_with_no_name_names_no_one() -> None:
    r = read("A spokesman for the junta, a major general, denied that civilians had been targeted.", "en")
    assert r.events(EventKind.DENIAL) == set()
