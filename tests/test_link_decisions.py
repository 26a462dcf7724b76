"""What a link says about itself: the confidence the offline linker gives a name with a single fitting entry (the
``link_confidence`` an entity carries into the graph), and the reason the online ranking gives the linking report
when it links nothing. Entries are the gazetteer's; candidates are built as the endpoint describes them. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg import gazetteer, link
from kg.link.candidates import Candidate
from kg.link.ranking import rank
from kg.link.stored import StoredEntity
from kg.model import EntityType

KUALA_LUMPUR, VIETNAM = "Q1865", "Q881"
CITY, ORGANISATION = "Q515", "Q43229"


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


# --------------------------------------------------------------------------- the offline linker


@pytest.mark.parametrize(("mention_type", "names", "qid"), [
    (EntityType.COUNTRY, ["Vietnam"], VIETNAM),
    (EntityType.PLACE, ["Kuala Lumpur"], KUALA_LUMPUR),
])
def test_a_single_fitting_entry_links_with_confidence_09(gaz, mention_type: EntityType, names: list[str],
                                                         qid: str) -> None:
    chosen = link.choose(mention_type, names, [gaz.by_qid(qid)], set())
    assert chosen.entry is gaz.by_qid(qid)
    assert chosen.confidence == 0.9


@pytest.mark.parametrize(("text", "lang"), [
    ("Anthony Albanese arrived in Hanoi on Monday.", "en"),
    ("Anthony Albanese tiba di Hanoi pada hari Senin.", "id"),
])
def test_a_full_name_and_a_city_with_one_entry_each_carry_confidence_09_into_the_graph(text: str,
                                                                                        lang: str) -> None:
    linked = {(e.name, e.type.value, e.link_confidence) for e in read(text, lang).extraction.entities}
    assert linked == {("Anthony Albanese", "Person", 0.9), ("Hanoi", "Place", 0.9)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Albanese arrived in Hanoi on Monday.", "en"),
    ("Albanese tiba di Hanoi pada hari Senin.", "id"),
])
def test_a_surname_alone_is_not_linked_and_has_no_confidence(text: str, lang: str) -> None:
    linked = {(e.name, e.type.value, e.qid, e.link_confidence) for e in read(text, lang).extraction.entities}
    assert linked == {("Albanese", "Person", None, None), ("Hanoi", "Place", "Q1858", 0.9)}


# --------------------------------------------------------------------------- the online ranking's reasons


def _candidate(qid: str, classes: set[str]) -> Candidate:
    return Candidate(qid, ("Kalmar", "en"), frozenset({"label"}), frozenset(classes), frozenset(), 10, "Kalmar",
                     None)


def _stored(entity_type: EntityType, text: str) -> StoredEntity:
    return StoredEntity("https://example.org/e/kalmar", entity_type, labels={(text, "en")})


def test_no_candidate_of_a_fitting_type_is_the_reason_a_name_stays_unlinked() -> None:
    decision = rank(_stored(EntityType.PERSON, "Kalmar Rivera"), [_candidate("Q1", {CITY}),
                                                                 _candidate("Q2", {ORGANISATION})], set())
    assert (decision.status, decision.qid, decision.candidates) == ("unlinked", None, [])
    assert decision.reason == "no candidate of a fitting type"


def test_a_fitting_candidate_is_ranked_and_linked_without_that_reason() -> None:
    decision = rank(_stored(EntityType.PLACE, "Kalmar"), [_candidate("Q1", {CITY}),
                                                          _candidate("Q2", {ORGANISATION})], set())
    assert (decision.status, decision.qid) == ("linked", "Q1")
    assert [s.candidate.qid for s in decision.candidates] == ["Q1"]
    assert decision.reason != "no candidate of a fitting type"


def test_a_person_named_by_one_word_is_ambiguous_for_that_reason() -> None:
    person = Candidate("Q3", ("Kalmar", "en"), frozenset({"label"}), frozenset({"Q5"}), frozenset(), 10, "Kalmar",
                       None)
    decision = rank(_stored(EntityType.PERSON, "Kalmar"), [person], set())
    assert (decision.status, decision.qid) == ("ambiguous", None)
    assert decision.reason == "a person named by one word only"
