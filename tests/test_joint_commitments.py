"""A joint commitment is an agreement (session 18, the lead): "The leaders committed to working together", "Kedua
menteri berkomitmen memperkuat kerja sama" — a pair that commits itself to one course has agreed on it, as "agreed
to" already read. The verb names no second party itself (an intransitive frame): one party's commitment is none,
nor is the partner inside what it commits to ("committed to expanding trade with Peru"), nor a negated one.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Ana Ruiz met Marta Vidal in Lima. The two ministers committed to working together on trade.", "en",
     ("Ana Ruiz", "Marta Vidal")),
    ("Chile and Peru committed to expanding trade.", "en", ("Chile", "Peru")),
    ("Ana Ruiz bertemu Marta Vidal di Lima. Kedua menteri berkomitmen memperkuat kerja sama perdagangan.", "id",
     ("Ana Ruiz", "Marta Vidal")),
    ("Chili dan Peru berkomitmen untuk memperluas perdagangan.", "id", ("Chili", "Peru")),
])
def test_a_pair_committing_itself_agrees(text: str, lang: str, pair: tuple) -> None:
    assert read(text, lang).events(EventKind.AGREEMENT) == {(pair, ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile committed to expanding trade with Peru.", "en"),
    ("Chile and Peru did not commit to a ceasefire.", "en"),
    ("Chili berkomitmen memperluas perdagangan dengan Peru.", "id"),
    ("Chili dan Peru tidak berkomitmen untuk gencatan senjata.", "id"),
])
def test_one_party_or_a_negated_commitment_is_no_agreement(text: str, lang: str) -> None:
    r = read(text, lang)
    assert {"Peru"} <= r.entity_names()
    assert r.events(EventKind.AGREEMENT) == set()
