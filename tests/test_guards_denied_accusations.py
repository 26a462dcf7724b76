"""Guards of the denials that name an accusation (issue 9, branch mut12): only the agent preposition ("by", "oleh")
names the accusation's makers ("accusations from Y" does not: Y may be where they came from); a claim noun fronted
before its denier may be followed by a relative word ("a charge that X rejected") and the verb by a predicative
("claims X dismissed as false"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "accuser"), [
    ("Peru rejected accusations by Chile that it had spied.", "en", "Chile"),
    ("Peru membantah tuduhan oleh Chile bahwa pihaknya memata-matai.", "id", "Chili"),
])
def test_the_makers_of_an_accusation_after_the_agent_preposition_accuse_the_denier(
        text: str, lang: str, accuser: str) -> None:
    x = read(text, lang)
    assert x.events(EventKind.DENIAL) == {(("Peru",), ())}
    assert x.events(EventKind.ACCUSATION) == {((accuser,), ("Peru",))}


def test_an_accusation_from_a_place_names_no_accuser() -> None:
    x = read("Peru rejected accusations from Chile that it had spied.", "en")
    assert x.events(EventKind.DENIAL) == {(("Peru",), ())}
    assert x.events(EventKind.ACCUSATION) == set()


@pytest.mark.parametrize("text", [
    "Chile accused Peru of spying, a charge that Peru rejected on Monday.",
    "Chile accused Peru of spying, claims Peru dismissed as false.",
])
def test_a_fronted_claim_past_a_relative_or_before_a_predicative_is_denied(text: str) -> None:
    x = read(text, "en")
    assert x.events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}
    assert x.events(EventKind.DENIAL) == {(("Peru",), ())}


@pytest.mark.parametrize("text", [
    "Chile repeated its claims of spying, a charge Peru rejected on Monday.",  # an earlier claim noun, no name after
    "Chile accused Peru of spying, a charge Peru rejected",  # the verb ends a text cut short (no full stop)
])
def test_a_fronted_claim_is_found_after_another_claim_noun_and_at_the_end(text: str) -> None:
    assert read(text, "en").events(EventKind.DENIAL) == {(("Peru",), ())}
