""""PERSON, the HOLDER TITLE, …" is an apposition giving her office; "PERSON, the HOLDER, X and Y" is a list of
names, and the body after the comma holds no office of hers. A genitive title cut short at the end of a text
("…, Chile's foreign") gives no office either, and the rest of the text is still read. Sentences written for
these tests (English: the apposition opens with an article or a genitive)."""

from __future__ import annotations

import pytest
from facts import read

from kg.model import EventKind, RelationKind


def test_a_holder_and_title_in_apposition_give_the_office() -> None:
    found = read("Ana Ruiz, the UN special envoy, visited Chile.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "United Nations")}


@pytest.mark.parametrize("text", [
    "Chile thanked Ana Ruiz, the UN, Peru and Bolivia for the talks.",
    "Chile thanked Ana Ruiz, the United Nations, and Peru.",
])
def test_a_body_listed_after_a_person_is_no_office_of_hers(text: str) -> None:
    found = read(text, "en")
    assert {"Ana Ruiz", "United Nations", "Peru"} <= found.entity_names()
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
    assert found.relations(RelationKind.LEADER_OF) == set()


def test_a_genitive_title_in_apposition_gives_the_office() -> None:
    found = read("Ana Ruiz, Chile's deputy foreign minister, visited Peru.", "en")
    assert found.relations(RelationKind.OFFICIAL_OF) == {("Ana Ruiz", "Chile")}


@pytest.mark.parametrize("text", ["Lula met Ana Ruiz, Chile's foreign", "Lula met Ana Ruiz, Chile's new"])
def test_a_genitive_title_cut_short_at_the_end_gives_no_office(text: str) -> None:
    found = read(text, "en")
    assert found.events(EventKind.MEETING) == {(("Ana Ruiz", "Lula"), ())}
    assert found.relations(RelationKind.OFFICIAL_OF) == set()
