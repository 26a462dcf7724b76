"""Where the linkers draw their lines: the offline linker between two organisations sharing a name (the document's
countries against the small tie-break that keeps an entry without a Wikidata id behind a verified one), and the
online ranking's floor for a lone candidate (how the name matched and how well the type fits). Entries and
candidates are made up for these tests; the QIDs of the countries are real (Indonesia Q252, Malaysia Q833)."""

from __future__ import annotations

import pytest

from kg import link
from kg.gazetteer.entry import GazetteerEntry
from kg.link.candidates import Candidate
from kg.link.ranking import rank
from kg.link.stored import StoredEntity
from kg.model import EntityType

INDONESIA, MALAYSIA = "Q252", "Q833"
COUNTRY_CLASS, CITY_CLASS = "Q6256", "Q515"


def _party(qid: str | None, country: str) -> GazetteerEntry:
    """A party called "Partai Sinar Rakyat" in two countries: one with a verified QID, one from our lexicon."""
    return GazetteerEntry(qid, EntityType.ORGANIZATION, "Partai Sinar Rakyat", acronym="PSR", country=country,
                          prior=0.4)


VERIFIED = _party("Q999000111", MALAYSIA)
LEXICON_ONLY = _party(None, INDONESIA)


def test_the_documents_country_links_the_entry_without_a_qid_over_a_verified_namesake() -> None:
    """Both parties score the same prior and type; the document is about Indonesia (+0.5), the Indonesian party has
    no QID (−0.05): a margin of 0.45, linked with confidence 0.95 (the cap)."""
    chosen = link.choose(EntityType.ORGANIZATION, ["Partai Sinar Rakyat"], [VERIFIED, LEXICON_ONLY], {INDONESIA})
    assert chosen.entry is LEXICON_ONLY
    assert chosen.confidence == pytest.approx(0.95)


def test_the_documents_country_links_the_verified_namesake_when_it_is_that_country_s() -> None:
    chosen = link.choose(EntityType.ORGANIZATION, ["Partai Sinar Rakyat"], [VERIFIED, LEXICON_ONLY], {MALAYSIA})
    assert chosen.entry is VERIFIED
    assert chosen.confidence == pytest.approx(0.95)  # margin 0.55


def test_without_context_two_namesakes_are_too_close_to_link() -> None:
    """Only the missing QID sets them apart (0.05): far below the margin of 0.2, so nothing is linked."""
    chosen = link.choose(EntityType.ORGANIZATION, ["Partai Sinar Rakyat"], [VERIFIED, LEXICON_ONLY], set())
    assert chosen.entry is None
    assert chosen.confidence == pytest.approx(0.55)


# --------------------------------------------------------------------------- the online ranking's floor


def _lone(via: str, classes: frozenset[str], name: str) -> Candidate:
    return Candidate("Q999000222", (name, "en"), frozenset({via}), classes, frozenset(), 40, "Port Selwyn", None)


# the mention is a place named "Port Selwyn", also written "Selwyn Harbour" in the document
HARBOUR = StoredEntity("https://example.org/e/port-selwyn", EntityType.PLACE,
                       labels={("Port Selwyn", "en"), ("Selwyn Harbour", "en")})


@pytest.mark.parametrize(("via", "classes", "name", "status"), [
    ("label", frozenset({CITY_CLASS}), "Port Selwyn", "linked"),  # the preferred name on the label, a city: 1.0
    ("altLabel", frozenset({CITY_CLASS}), "Port Selwyn", "linked"),  # an alias of the item, a city: 0.9
    ("label", frozenset({COUNTRY_CLASS}), "Port Selwyn", "linked"),  # a country for a place: ½·1 + ½·0.5 = 0.75
    ("altLabel", frozenset({COUNTRY_CLASS}), "Port Selwyn", "unlinked"),  # ½·0.8 + ½·0.5 = 0.65 < 0.7
    ("altLabel", frozenset({COUNTRY_CLASS}), "Selwyn", "unlinked"),  # not one of its labels, on an alias: 0.55
])
def test_a_lone_candidate_needs_a_good_name_match_and_type_fit(via: str, classes: frozenset[str], name: str,
                                                               status: str) -> None:
    decision = rank(HARBOUR, [_lone(via, classes, name)], set())
    assert decision.status == status
    assert decision.qid == ("Q999000222" if status == "linked" else None)
    if status == "unlinked":
        assert decision.reason == "the only candidates match the name or type weakly"
