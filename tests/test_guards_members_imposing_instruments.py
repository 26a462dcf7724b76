""""Officials of the EU targeted Belarus with new sanctions": unnamed members of a body that impose sanctions stand
for it — the EU sanctions Belarus — as a sanction's kind says; unnamed members who accuse make no accusation of
their body. Sentences written for these tests."""

from __future__ import annotations

from facts import read

from kg.model import EventKind


def test_members_targeting_with_sanctions_stand_for_their_body() -> None:
    x = read("Officials of the EU targeted Belarus with new sanctions.", "en")
    assert x.events(EventKind.SANCTION) == {(("European Union",), ("Belarus",))}


def test_members_accusing_stand_for_no_one() -> None:
    x = read("Officials of the EU accused Belarus of spying.", "en")
    assert {"European Union", "Belarus"} <= x.entity_names()
    assert x.events(EventKind.ACCUSATION) == set()
