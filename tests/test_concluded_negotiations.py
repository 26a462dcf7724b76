"""Negotiations concluded, and instruments finalised (session 17, the lead): "A and B concluded negotiations on a free
trade agreement", "A completed negotiations with B on a trade deal" say the parties reached the agreement — English
now reads them as Indonesian already read "merampungkan / menuntaskan perundingan"; "finalised a free trade agreement"
is a signing verb of the instrument, as "concluded" was ("treaty_signing"). Not negated, hoped-for or other
finalised things; talks concluded without a deal stay a meeting. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("Chile and Peru concluded negotiations on a free trade agreement on Friday.", "en", ("Chile", "Peru")),
    ("Chile completed negotiations with Peru on a trade deal.", "en", ("Chile", "Peru")),
    ("Chile and Peru wrapped up negotiations on an investment treaty in Lima.", "en", ("Chile", "Peru")),
    ("Chili dan Peru merampungkan perundingan perjanjian perdagangan bebas.", "id", ("Chili", "Peru")),
])
def test_concluded_negotiations_are_an_agreement(text: str, lang: str, parties: tuple[str, str]) -> None:
    assert read(text, lang).events(EventKind.AGREEMENT) == {(parties, ())}


def test_a_finalised_instrument_has_its_parties() -> None:
    result = read("Chile and Peru finalised a free trade agreement.", "en")
    assert result.events(EventKind.AGREEMENT) == {(("Chile", "Peru"), ())}
    assert result.relations(RelationKind.TREATY_PARTY) == {("Chile", "free trade agreement"),
                                                            ("Peru", "free trade agreement")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile and Peru did not conclude negotiations on a trade deal.", "en"),
    ("Chile and Peru hope to conclude negotiations on a trade deal next year.", "en"),
    ("Chile finalized the text of its budget on Friday, Peru said.", "en"),
    ("Chile and Peru concluded talks in Lima without a deal.", "en"),
])
def test_no_agreement_without_a_concluded_deal(text: str, lang: str) -> None:
    result = read(text, lang)
    assert "Chile" in result.entity_names()
    assert result.events(EventKind.AGREEMENT) == set()
