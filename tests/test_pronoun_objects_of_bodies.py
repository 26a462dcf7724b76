"""A pronoun of a body or of several as the object of a participle or a coordinated verb — "imposed sanctions on
A and B, accusing them of …", "… dan menuduh mereka melakukan …" (``pronouns.other_object``) — is what the act told
just before in the sentence was done to, and its doer accuses. Not a pronoun with no complement ("criticised them":
the sanctions, maybe), not after a new subject ("…, and C accused it of …": "it" may be either), not after a
meeting (two-sided acts have no targets)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "agent", "targets"), [
    ("Britain imposed sanctions on Chile and Peru, accusing them of fraud.", "en", "United Kingdom", ("Chile", "Peru")),
    ("Britain imposed sanctions on Chile, and accused it of fraud.", "en", "United Kingdom", ("Chile",)),
    ("Britain sanctioned four generals of Peru's army, accusing them of torture.", "en", "United Kingdom", ("Peru",)),
    ("Jepang menjatuhkan sanksi terhadap Chile dan Peru, dan menuduh mereka melakukan kecurangan.", "id", "Jepang",
     ("Chili", "Peru")),
])
def test_the_targets_of_the_act_told_before_are_accused(text: str, lang: str, agent: str,
                                                          targets: tuple[str, ...]) -> None:
    assert read(text, lang).events(EventKind.ACCUSATION) == {((agent,), targets)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Britain imposed sanctions on Chile and Peru, and criticised them.", "en"),
    ("Britain imposed sanctions on Chile, and France accused it of hypocrisy.", "en"),
    ("Britain met Chile and Peru, accusing them of fraud.", "en"),
    ("Jepang menjatuhkan sanksi terhadap Chile dan Peru dan mengkritik mereka.", "id"),
])
def test_no_act_or_no_complement_names_no_one_accused(text: str, lang: str) -> None:
    accused = {targets for _, targets in read(text, lang).events(EventKind.ACCUSATION)}
    assert not accused & {("Chile",), ("Chile", "Peru"), ("Chili", "Peru")}
