"""An instrument told only again after the sentence where two parties agreed (branch en17t, issue 9): "Chile and Peru
reached an agreement in Lima … Brazil said the deal was fragile", "Chili dan Peru sepakat menghentikan operasi
militer … Brasil menengahi gencatan senjata tersebut", "… Kesepakatan itu dimediasi oleh Brasil" — the definite
instrument head is a Treaty whose parties are the agreement's. No agreement before it ("discussed"), a negated one,
or a treaty named before it (which "the deal" refers to) makes none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    ("Chile and Peru reached an agreement in Lima on Tuesday on resuming border trade. Brazil said the deal was "
     "fragile.", "en", "deal"),
    ("Chili dan Peru sepakat menghentikan seluruh operasi militer mulai Sabtu. Brasil mengklaim telah menengahi "
     "gencatan senjata tersebut.", "id", "gencatan senjata"),
    ("Chili dan Peru menyepakati tahap pertama gencatan senjata di perbatasan. Kesepakatan itu dimediasi oleh "
     "Brasil.", "id", "Kesepakatan"),
])
def test_the_instrument_told_again_has_the_agreement_s_parties(text: str, lang: str, treaty: str) -> None:
    x = read(text, lang)
    chile = "Chile" if lang == "en" else "Chili"
    assert x.types()[treaty] == "Treaty"
    assert x.relations(RelationKind.TREATY_PARTY) == {(chile, treaty), ("Peru", treaty)}
    assert x.events(EventKind.AGREEMENT) == {((chile, "Peru"), ())}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile and Peru discussed border trade in Lima on Tuesday. Brazil said the deal was fragile.", "en"),
    ("Chile and Peru did not reach an agreement in Lima on Tuesday. Brazil said the deal was dead.", "en"),
    ("Chili dan Peru membahas perdagangan di Lima. Kesepakatan itu belum tercapai.", "id"),
    ("Chili dan Peru tidak sepakat menghentikan operasi militer. Brasil menyebut gencatan senjata tersebut gagal.",
     "id"),
])
def test_no_agreement_before_names_no_instrument(text: str, lang: str) -> None:
    x = read(text, lang)
    assert "Peru" in x.entity_names()
    assert "Treaty" not in x.types().values()
    assert x.relations(RelationKind.TREATY_PARTY) == set()


def test_a_treaty_named_before_is_what_the_deal_refers_to() -> None:
    x = read("Chile and Peru reached an agreement in Lima on Tuesday. Brazil welcomed the Treaty of Lima. Bolivia "
             "said the deal was fragile.", "en")
    assert {name for name, kind in x.types().items() if kind == "Treaty"} == {"Treaty of Lima"}
    assert x.relations(RelationKind.TREATY_PARTY) == set()
