""""Mr Varnas of the Bank of Japan met …": a name, then the known body it belongs to — the name is read on its own,
and a person cue before it ("Mr", a title) still makes it a person, who meets; with no cue the one unknown word
stays unread. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


@pytest.mark.parametrize("cue", ["Mr", "Governor"])
def test_a_cued_name_before_its_body_is_a_person(cue: str) -> None:
    x = read(f"{cue} Varnas of the Bank of Japan met Ana Ruiz in Lima.", "en")
    assert x.types()["Varnas"] == "Person"
    assert x.events(EventKind.MEETING) == {(("Ana Ruiz", "Varnas"), ())}


def test_a_titled_name_before_its_body_holds_an_office_of_it() -> None:
    x = read("Governor Varnas of the Bank of Japan met Ana Ruiz in Lima.", "en")
    assert x.relations(RelationKind.OFFICIAL_OF) == {("Varnas", "Bank of Japan")}


def test_with_no_cue_the_unknown_word_before_a_body_is_no_person() -> None:
    x = read("Varnas of the Bank of Japan met Ana Ruiz in Lima.", "en")
    assert "Bank of Japan" in x.entity_names()
    assert "Varnas" not in x.entity_names()
