"""The offline linker's guards as minimal pairs, both through ``kg.link.choose`` and the whole extraction: the
type check (a person never takes a place's link), the namesake rules (the words around a name, the document's
other countries). Each positive links exactly the expected item, each negative abstains while the same entry
links in the positive — so neither passes by linking nothing at all. Sentences written for these tests."""

from __future__ import annotations

import pytest
from facts import read

from kg import gazetteer, link
from kg.link.candidates import Candidate
from kg.link.offline import Cues
from kg.link.ranking import rank
from kg.link.stored import StoredEntity
from kg.model import EntityType

GEORGIA, US, KUALA_LUMPUR, WASHINGTON_DC = "Q230", "Q30", "Q1865", "Q61"


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


# --------------------------------------------------------------------------- type


@pytest.mark.parametrize(("mention_type", "links"), [
    (EntityType.PLACE, True),
    (EntityType.COUNTRY, True),  # a country and a place named alike are one thing for linking
    (EntityType.PERSON, False),
    (EntityType.ORGANIZATION, False),
])
def test_a_place_entry_links_only_a_place_or_country_mention(gaz, mention_type: EntityType, links: bool) -> None:
    city = gaz.by_qid(KUALA_LUMPUR)
    chosen = link.choose(mention_type, ["Kuala Lumpur"], [city], set())
    assert (chosen.entry is city) is links
    assert (chosen.entry is None) is not links


# --------------------------------------------------------------------------- namesakes


@pytest.mark.parametrize(("context", "links"), [
    (set(), True),  # nothing says otherwise: the country
    ({GEORGIA}, True),
    ({US, GEORGIA}, True),  # the document also points at the country itself
    ({US}, False),  # a document about the United States: the US state, which the gazetteer does not list
])
def test_georgia_follows_the_countries_of_the_document(gaz, context: set[str], links: bool) -> None:
    georgia = gaz.by_qid(GEORGIA)
    chosen = link.choose(EntityType.COUNTRY, ["Georgia"], [georgia], context, Cues(lang="en"))
    assert (chosen.entry is georgia) is links


@pytest.mark.parametrize(("cues", "links"), [
    (Cues(lang="en"), True),
    (Cues(lang="en", words=frozenset({"state"})), False),  # "Georgia, a US state"
    (Cues(lang="id", words=frozenset({"bagian"})), False),  # "negara bagian Georgia"
])
def test_a_state_cue_beside_a_namesake_abstains(gaz, cues: Cues, links: bool) -> None:
    georgia = gaz.by_qid(GEORGIA)
    assert (link.choose(EntityType.COUNTRY, ["Georgia"], [georgia], set(), cues).entry is georgia) is links


@pytest.mark.parametrize(("cues", "links"), [(Cues(lang="en"), True), (Cues(lang="en", after_name=True), False)])
def test_a_namesake_after_a_given_name_is_a_person(gaz, cues: Cues, links: bool) -> None:
    city = gaz.by_qid(WASHINGTON_DC)
    assert (link.choose(EntityType.PLACE, ["Washington"], [city], set(), cues).entry is city) is links


@pytest.mark.parametrize(("text", "lang"), [
    ("Voters in Georgia went to the polls on Tuesday as the United States elected a new Congress.", "en"),
    ("Para pemilih di Georgia memberikan suara dalam pemilu Amerika Serikat pada hari Selasa.", "id"),
])
def test_georgia_in_a_document_about_the_united_states_is_left_unlinked(text: str, lang: str) -> None:
    found = read(text, lang)
    assert found.qid("Georgia") is None
    assert US in {e.qid for e in found.extraction.entities}  # the context that decides was linked


@pytest.mark.parametrize(("text", "lang"), [
    ("Georgia and Armenia signed a border deal in Tbilisi on Tuesday.", "en"),
    ("Georgia dan Armenia menandatangani perjanjian perbatasan di Tbilisi.", "id"),
])
def test_georgia_beside_its_capital_is_the_country(text: str, lang: str) -> None:
    assert read(text, lang).qid("Georgia") == GEORGIA


# --------------------------------------------------------------------------- the online linker's ranking


def _candidate(qid: str, classes: set[str], *, sitelinks: int = 10, context: frozenset[str] = frozenset()
               ) -> Candidate:
    return Candidate(qid, ("Kuala Lumpur", "en"), frozenset({"label"}), frozenset(classes), context, sitelinks,
                     "Kuala Lumpur", None)


def _stored(entity_type: EntityType, text: str = "Kuala Lumpur") -> StoredEntity:
    return StoredEntity("https://example.org/e", entity_type, labels={(text, "en")})


@pytest.mark.parametrize(("entity_type", "status"), [
    (EntityType.PLACE, "linked"),
    (EntityType.PERSON, "unlinked"),  # a city is no person, however well its name matches
    (EntityType.ORGANIZATION, "unlinked"),
])
def test_ranking_links_only_a_candidate_of_a_fitting_type(entity_type: EntityType, status: str) -> None:
    decision = rank(_stored(entity_type), [_candidate("Q1865", {"Q515"})], set())
    assert decision.status == status
    assert decision.qid == ("Q1865" if status == "linked" else None)


def test_ranking_prefers_the_candidate_the_document_supports() -> None:
    here, elsewhere = _candidate("Q1865", {"Q515"}, context=frozenset({"Q833"})), _candidate("Q9", {"Q515"})
    assert rank(_stored(EntityType.PLACE), [here, elsewhere], {"Q833"}).qid == "Q1865"
    assert rank(_stored(EntityType.PLACE), [here, elsewhere], set()).status == "ambiguous"  # nothing decides


def test_ranking_confidence_is_a_half_plus_the_margin_up_to_095() -> None:
    """The link's confidence says by how much the best candidate beat the second."""
    city = _stored(EntityType.PLACE)
    alone = rank(city, [_candidate("Q1865", {"Q515"})], set())
    assert (alone.status, alone.confidence) == ("linked", 0.95)  # no second candidate: the cap
    tie = rank(city, [_candidate("Q1865", {"Q515"}), _candidate("Q9", {"Q515"})], set())
    assert (tie.status, tie.confidence) == ("ambiguous", 0.5)  # nothing decides: margin 0
    known = rank(city, [_candidate("Q1865", {"Q515"}, sitelinks=1000), _candidate("Q9", {"Q515"}, sitelinks=0)],
                 set())
    assert known.status == "linked" and known.qid == "Q1865"
    assert known.confidence == pytest.approx(0.8, abs=1e-3)  # the better-known candidate: margin 0.3 (the prior)
