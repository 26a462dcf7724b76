"""A one-word person name after a leader's title (``kg.link.offline.choose`` → ``kg.link.people.titled_leader``):
linked to the one leader of the document's countries who bears it, with the titled link's confidence 0.7; with no
such leader, or no title before it, the linker abstains with confidence 0 (the entity keeps its own IRI). Entries
are the gazetteer's; sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg import gazetteer, link
from kg.link.cues import Cues
from kg.link.offline import TITLED_CONFIDENCE
from kg.model import EntityType

USA, JAPAN = "Q30", "Q17"


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


def test_a_titled_surname_links_the_leader_of_a_country_the_document_names(gaz: gazetteer.Gazetteer) -> None:
    chosen = link.choose(EntityType.PERSON, ["Biden"], [], {USA}, Cues(lang="en", after_leader_title=True), gaz)
    assert chosen.entry is not None and chosen.entry.name_en == "Joe Biden"
    assert chosen.confidence == TITLED_CONFIDENCE == 0.7


@pytest.mark.parametrize(("context", "titled"), [
    ({JAPAN}, True),  # no leader of Japan bears the name
    ({USA}, False),  # no title before it: a surname could be anyone's
])
def test_a_surname_without_a_fitting_titled_leader_is_not_linked(gaz: gazetteer.Gazetteer, context: set[str],
                                                                 titled: bool) -> None:
    chosen = link.choose(EntityType.PERSON, ["Biden"], [], context, Cues(lang="en", after_leader_title=titled), gaz)
    assert (chosen.entry, chosen.confidence) == (None, 0.0)


@pytest.mark.parametrize(("text", "linked"), [
    ("The United States and Japan held talks. President Biden arrived in Tokyo.", ("Joe Biden", 0.7)),
    ("Chile and Japan held talks. President Biden arrived in Tokyo.", ("Biden", None)),
])
def test_a_titled_surname_carries_its_link_into_the_graph(text: str, linked: tuple[str, float | None]) -> None:
    people = {(e.name, e.link_confidence) for e in read(text, "en").extraction.entities if e.type is EntityType.PERSON}
    assert people == {linked}
