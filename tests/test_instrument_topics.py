"""An instrument named by what it is about (branch en10, issue 9): "signed an agreement on defence cooperation",
"a memorandum of understanding on energy cooperation", "nota kesepahaman tentang kerja sama energi" — the topic
after the head names one instrument, whose signers are its parties; "on Thursday" or "on the sidelines" names
none. "The presidents" after a meeting are its two parties. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize(("text", "lang", "treaty"), [
    ("Kenya and Ghana signed an agreement on defence industry cooperation on Thursday.", "en",
     "agreement on defence industry cooperation"),
    ("Kenya and Ghana signed a memorandum of understanding on energy cooperation.", "en",
     "memorandum of understanding on energy cooperation"),
    ("Kenya dan Ghana menandatangani nota kesepahaman tentang kerja sama energi.", "id",
     "nota kesepahaman tentang kerja sama energi"),
])
def test_a_topic_names_the_instrument_its_signers_are_parties_to(text: str, lang: str, treaty: str) -> None:
    x = read(text, lang)
    assert x.types()[treaty] == "Treaty"
    assert x.relations(RelationKind.TREATY_PARTY) == {("Kenya", treaty), ("Ghana", treaty)}
    assert x.events(EventKind.AGREEMENT) == {(("Ghana", "Kenya"), ())}


@pytest.mark.parametrize("text", [
    "Kenya and Ghana signed an agreement on Thursday.",
    "Kenya and Ghana signed the agreement on the sidelines of the summit.",
])
def test_a_time_or_place_after_on_names_no_instrument(text: str) -> None:
    x = read(text, "en")
    assert {"Kenya", "Ghana"} <= x.entity_names()
    assert x.relations(RelationKind.TREATY_PARTY) == set()
    assert "Treaty" not in x.types().values()


def test_the_presidents_after_a_meeting_are_its_parties() -> None:
    x = read("President Ana Ruiz of Chile met President Marta Vidal of Peru on Tuesday. The presidents discussed "
             "migration and signed a trade agreement.", "en")
    assert x.events(EventKind.AGREEMENT) == {(("Ana Ruiz", "Marta Vidal"), ())}
    assert x.relations(RelationKind.TREATY_PARTY) == {("Ana Ruiz", "trade agreement"),
                                                       ("Marta Vidal", "trade agreement")}


def test_the_presidents_of_named_countries_are_those_countries() -> None:
    x = read("President Ana Ruiz of Chile met President Marta Vidal of Peru on Tuesday. The presidents of Bolivia "
             "and Ecuador met on Friday.", "en")
    assert x.events(EventKind.MEETING) == {(("Ana Ruiz", "Marta Vidal"), ()), (("Bolivia", "Ecuador"), ())}
